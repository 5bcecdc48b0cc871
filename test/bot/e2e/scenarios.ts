import type { APIEmbed } from 'discord-api-types/v10';
import { eventually } from '../../support/eventually.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type FactbotApp } from '../../../src/app/factbot-app.js';
import { STATUS_STYLE } from '../../../src/bot/status-style.js';
import type { EngineAnswer } from '../../../src/engine/answer.js';
import type { Lang } from '../../../src/kb/languages.js';
import { removeTempDbs, tempDbFile, type BotUnderTest } from '../../support/bot-harness.js';
import { FakeDiscord, type FakeGuild, type FakeMessage, type FakeUser } from '../../support/fake-discord/fake-discord.js';
import type { RestCall, SentComponent, SentMessage } from '../../support/fake-discord/fake-rest.js';

const EPHEMERAL = 64;
const STRING = 3;
const BOOLEAN = 5;

/** The contract's Discord command names (English defaults). */
const FACTCHECK = 'factcheck';
const FACT_CHECK_MESSAGE = 'Fact-check this message';

export interface ScenarioContext {
  fake: FakeDiscord;
  bot: BotUnderTest;
  /** The same engine and seed as the bot's, on a database of its own: what answers should be. */
  reference: FactbotApp;
}

/**
 * Everything a member or admin does with the bot, end to end: the real discord.js client (in
 * this process, or in shard processes under the ShardingManager), the real engine and a real
 * SQLite file, against the fake Discord. One fake and one bot for the whole file.
 */
export function describeBotScenarios(
  title: string,
  start: (fake: FakeDiscord) => Promise<BotUnderTest>,
  /** Tests only this mode can run, on the same fake and bot. */
  extra?: (ctx: () => ScenarioContext) => void,
): () => ScenarioContext {
  const ctx = {} as ScenarioContext;

  describe(title, () => {
    beforeAll(async () => {
      ctx.fake = await FakeDiscord.start();
      ctx.reference = createApp({ FACTBOT_DB: tempDbFile('factbot-reference-') });
      ctx.bot = await start(ctx.fake);
    }, 90_000);
    afterAll(async () => {
      await ctx.bot?.stop();
      await ctx.fake?.stop();
      ctx.reference?.close();
      removeTempDbs();
    }, 60_000);

    const expected = (question: string, lang: Lang = 'en'): EngineAnswer => ctx.reference.engine.current().ask(question, { fallbackLang: lang });
    const user = (name: string): FakeUser => ctx.fake.createUser(name);
    const ask = (author: FakeUser, text: string, guild: FakeGuild | undefined, extra: Partial<Parameters<FakeDiscord['postMessage']>[0]> = {}) =>
      ctx.fake.postMessage({
        author,
        content: guild ? ctx.fake.mention(text) : text,
        ...(guild ? { guild, mentions: [ctx.fake.botUser] } : {}),
        ...extra,
      });

    /** Checks a reply holds the engine's answer to `question` as an embed with status, sources, credit. */
    function expectAnswerEmbed(embed: APIEmbed, question: string, lang: Lang): void {
      const answer = expected(question, lang);
      expect(answer.kind).toBe('entry');
      expect(embed.author!.name).toContain(answer.entry!.statusLabel);
      expect(embed.color).toBe(STATUS_STYLE[answer.status!].color);
      expect(embed.title).toBe(answer.entry!.title);
      // A word on how the entry answers (an exact quote asked, and none given) stands before its text.
      expect(embed.description).toBe(answer.entry!.note ? `${answer.entry!.note}\n\n${answer.entry!.body}` : answer.entry!.body);
      const sources = embed.fields!.find((f) => f.name === (lang === 'nb' ? 'Kilder' : 'Sources'));
      expect(sources?.value).toBe(answer.sources.join(', '));
      expect(embed.footer!.text).toContain('Planet Labs PBC');
    }

    function expectNoPings(call: RestCall): void {
      const body: SentMessage = call.body.data ?? call.body;
      expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }

    /** The buttons in a message's rows; the bot's buttons all have a label and a custom id (no link buttons). */
    const buttonsOf = (body: SentMessage | undefined) =>
      (body?.components ?? []).flatMap((row) => row.components ?? []) as Array<SentComponent & { label: string; custom_id: string }>;

    /** Proves nothing answered `messages`: a later question in the same channel is answered first. */
    async function expectNoReplies(messages: FakeMessage[], sentinelGuild: FakeGuild | undefined, channelId?: string): Promise<void> {
      const sentinel = ask(user('sentinel'), 'Did the train carry horses?', sentinelGuild, channelId ? { channelId } : {});
      await ctx.fake.replyTo(sentinel);
      for (const m of messages) expect(ctx.fake.repliesTo(m)).toEqual([]);
    }

    describe('questions in plain words', () => {
      it('answers a mention in English with an embed reply: status label, answer, sources, credit, buttons, no pings', async () => {
        const question = 'Is North Korea sending weapons to Russia?';
        const msg = ask(user('ada'), question, ctx.fake.guilds[0]);
        const reply = await ctx.fake.replyTo(msg);
        expect(reply.path).toBe(`/channels/${msg.channel_id}/messages`);
        expect(reply.body.message_reference!.message_id).toBe(msg.id);
        const embed = reply.body.embeds![0]!;
        expectAnswerEmbed(embed, question, 'en');
        expect(embed.author!.name).toContain('Unproven');
        expectNoPings(reply);
        expect(buttonsOf(reply.body).map((b) => b.label)).toEqual(['Sources', 'Useful', 'Not useful']);
      });

      it('answers a mention in Norwegian, in Norwegian', async () => {
        const question = 'Sender Nord-Korea våpen til Russland?';
        const reply = await ctx.fake.replyTo(ask(user('bjørn'), question, ctx.fake.guilds[1]));
        expectAnswerEmbed(reply.body.embeds![0]!, question, 'nb');
        expect(reply.body.embeds![0]!.author!.name).toContain('Ubekreftet');
        expect(buttonsOf(reply.body).map((b) => b.label)).toEqual(['Kilder', 'Nyttig', 'Ikke nyttig']);
        expect(reply.body.embeds![0]!.footer!.text).toContain('november 2022');
      });

      it("shows the entry's English text beside the Norwegian answer to a question for a word of the story in English", async () => {
        const question = 'hva heter vennskapsbroen på engelsk?';
        const reply = await ctx.fake.replyTo(ask(user('oversetter'), question, ctx.fake.guilds[1]));
        const embed = reply.body.embeds![0]!;
        expectAnswerEmbed(embed, question, 'nb');
        expect(embed.fields!.find((f) => f.name === 'På engelsk')?.value).toContain('Friendship Bridge');
      });

      it("says before the entry that it is no exact quote, when someone's exact words are asked and the entry reports them", async () => {
        const question = 'Hva sa Nord-Korea ordrett da de nektet for våpensalget?';
        const reply = await ctx.fake.replyTo(ask(user('student'), question, ctx.fake.guilds[1]));
        const embed = reply.body.embeds![0]!;
        expectAnswerEmbed(embed, question, 'nb');
        expect(embed.description).toMatch(/^Dette er det artikkelen forteller, oppsummert: ikke et ordrett sitat\.\n\n/);
      });

      it('answers direct messages in both languages', async () => {
        const dmUser = user('dm-user');
        const en = ask(dmUser, 'Who took the satellite pictures?', undefined);
        const enReply = await ctx.fake.replyTo(en);
        expect(en.guild_id).toBeUndefined();
        expect(enReply.path).toBe(`/channels/${en.channel_id}/messages`);
        expectAnswerEmbed(enReply.body.embeds![0]!, 'Who took the satellite pictures?', 'en');
        const nb = ask(dmUser, 'Fraktet toget hester?', undefined);
        expectAnswerEmbed((await ctx.fake.replyTo(nb)).body.embeds![0]!, 'Fraktet toget hester?', 'nb');
        expectNoPings(enReply);
      });

      it('answers questions in a fact-check channel without a mention, in both languages', async () => {
        for (const [question, lang, guild] of [
          ['Did the train carry horses?', 'en', ctx.fake.guilds[0]],
          ['Hvor langt fra grensen er Khasan stasjon?', 'nb', ctx.fake.guilds[1]],
        ] as const) {
          const msg = ctx.fake.postMessage({ author: user('channel-asker'), guild, channelId: guild.channels.factcheck, content: question });
          expectAnswerEmbed((await ctx.fake.replyTo(msg)).body.embeds![0]!, question, lang);
        }
      });

      it('stays quiet on chatter in a fact-check channel, and on messages elsewhere that do not mention it', async () => {
        const guild = ctx.fake.guilds[0];
        const chatter = ['lol nice weather today', 'hei alle sammen', 'kan noen hente kaffe?'].map((content) =>
          ctx.fake.postMessage({ author: user('chatty'), guild, channelId: guild.channels.factcheck, content }),
        );
        await expectNoReplies(chatter, guild, guild.channels.factcheck);
        const elsewhere = ctx.fake.postMessage({ author: user('chatty'), guild, content: 'Is North Korea sending weapons to Russia?' });
        await expectNoReplies([elsewhere], guild);
      });

      it('ignores other bots and its own messages', async () => {
        const guild = ctx.fake.guilds[0];
        const otherBot = ctx.fake.createUser('otherbot', { bot: true });
        const fromBot = ask(otherBot, 'Is North Korea sending weapons to Russia?', guild);
        const fromItself = ctx.fake.postMessage({
          author: ctx.fake.botUser,
          guild,
          channelId: guild.channels.factcheck,
          content: 'Did the train carry horses?',
        });
        await expectNoReplies([fromBot], guild);
        await expectNoReplies([fromItself], guild, guild.channels.factcheck);
      });

      it('answers a question containing @everyone and a role mention without pinging anyone', async () => {
        const guild = ctx.fake.guilds[1];
        const msg = ctx.fake.postMessage({
          author: user('pinger'),
          guild,
          content: `<@${ctx.fake.botUser.id}> @everyone <@&${guild.roles.members}> @here is North Korea sending weapons to Russia?`,
          mentions: [ctx.fake.botUser],
          mentionRoles: [guild.roles.members],
          mentionEveryone: true,
        });
        const reply = await ctx.fake.replyTo(msg);
        expectNoPings(reply);
        expect(reply.body.content ?? '').not.toMatch(/@everyone|@here|<@&/);
        expectAnswerEmbed(reply.body.embeds![0]!, 'is North Korea sending weapons to Russia?', 'en');
      });

      it('answers a 4,000-character question within Discord limits, and stores it cut to 4,000', async () => {
        const question = `Is North Korea sending weapons to Russia? ${'Please explain in detail. '.repeat(200)}`.slice(0, 4000);
        const reply = await ctx.fake.replyTo(ask(user('verbose'), question, ctx.fake.guilds[0]));
        const embed = reply.body.embeds![0]!;
        expect(embed.description!.length).toBeLessThanOrEqual(4096);
        for (const f of embed.fields!) expect(f.value.length).toBeLessThanOrEqual(1024);

        const slash = ctx.fake.slashCommand(user('verbose-slash'), FACTCHECK, [{ name: 'question', type: STRING, value: question }], {
          guild: ctx.fake.guilds[0],
        });
        const callback = await ctx.fake.callbackOf(slash);
        const echo = callback.body.data!.embeds![0]!.fields!.find((f) => f.name === 'Question');
        expect(echo!.value.length).toBeLessThanOrEqual(1024);
        expect(echo!.value.endsWith('…')).toBe(true);
        const db = ctx.bot.readDb();
        try {
          const longest = db.prepare(`SELECT MAX(LENGTH(question)) AS n FROM asked_questions`).get() as { n: number };
          expect(longest.n).toBeLessThanOrEqual(4000);
        } finally {
          db.close();
        }
      });

      it('records a declined question as unanswered and says honestly that the article does not say', async () => {
        const question = 'What is the capital of Australia?';
        expect(expected(question).kind).toBe('declined');
        const reply = await ctx.fake.replyTo(ask(user('curious'), question, ctx.fake.guilds[0]));
        const embed = reply.body.embeds![0]!;
        expect(embed.author!.name).toContain('Not in the article');
        expect(embed.description).toBe(expected(question).answer);
        expect(buttonsOf(reply.body).map((b) => b.label)).toEqual(['Useful', 'Not useful']);
        const db = ctx.bot.readDb();
        try {
          const row = await eventually(
            () => db.prepare(`SELECT * FROM asked_questions WHERE question = ?`).get(question) as Record<string, unknown> | undefined,
            (r) => r !== undefined,
          );
          expect(row).toMatchObject({ kind: 'declined', intent: null, lang: 'en', surface: 'mention', guild_id: ctx.fake.guilds[0].id });
          expect(String(row!.asked_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        } finally {
          db.close();
        }
      });
    });

    describe('slash commands, autocomplete and the context menu', () => {
      it('/factcheck answers with the question echoed, publicly or only to the asker', async () => {
        const asker = user('slasher');
        const question = 'Did the train carry horses?';
        const open = await ctx.fake.callbackOf(
          ctx.fake.slashCommand(asker, FACTCHECK, [{ name: 'question', type: STRING, value: question }], { guild: ctx.fake.guilds[1] }),
        );
        expect(open.body.type).toBe(4);
        expect(open.body.data!.flags ?? 0).toBe(0);
        expectAnswerEmbed(open.body.data!.embeds![0]!, question, 'en');
        expect(open.body.data!.embeds![0]!.fields![0]).toEqual({ name: 'Question', value: question });
        expectNoPings(open);
        const hidden = await ctx.fake.callbackOf(
          ctx.fake.slashCommand(
            asker,
            FACTCHECK,
            [
              { name: 'question', type: STRING, value: question },
              { name: 'private', type: BOOLEAN, value: true },
            ],
            { guild: ctx.fake.guilds[1] },
          ),
        );
        expect(hidden.body.data!.flags).toBe(EPHEMERAL);
      });

      it("/factcheck works in DMs and answers in the question's language whatever the locale", async () => {
        const callback = await ctx.fake.callbackOf(
          ctx.fake.slashCommand(user('dm-slasher'), FACTCHECK, [{ name: 'question', type: STRING, value: 'Hvem tok satellittbildene?' }], { locale: 'en-US' }),
        );
        expectAnswerEmbed(callback.body.data!.embeds![0]!, 'Hvem tok satellittbildene?', 'nb');
      });

      it("/fact autocompletes titles in the user's language and shows the entry with status and sources", async () => {
        const reader = user('reader');
        const en = await ctx.fake.callbackOf(
          ctx.fake.autocomplete(reader, 'fact', { name: 'entry', type: STRING, value: 'horse' }, { guild: ctx.fake.guilds[0] }),
        );
        expect(en.body.type).toBe(8);
        const horse = ctx.reference.engine.current().describe('horse-train', 'en')!;
        expect(en.body.data!.choices!).toContainEqual({ name: horse.entry!.title, value: 'horse-train' });
        expect(en.body.data!.choices!.length).toBeLessThanOrEqual(25);

        const nb = await ctx.fake.callbackOf(
          ctx.fake.autocomplete(reader, 'fact', { name: 'entry', type: STRING, value: '' }, { guild: ctx.fake.guilds[0], locale: 'no' }),
        );
        const titlesNb = ctx.reference.engine
          .current()
          .listEntries()
          .map((e) => e.title.nb);
        expect(nb.body.data!.choices!.length).toBe(Math.min(25, titlesNb.length));
        for (const c of nb.body.data!.choices!) expect(titlesNb).toContain(c.name);

        const shown = await ctx.fake.callbackOf(
          ctx.fake.slashCommand(reader, 'fact', [{ name: 'entry', type: STRING, value: 'horse-train' }], { guild: ctx.fake.guilds[0], locale: 'no' }),
        );
        const embed = shown.body.data!.embeds![0]!;
        const horseNb = ctx.reference.engine.current().describe('horse-train', 'nb')!;
        expect(embed.title).toBe(horseNb.entry!.title);
        expect(embed.author!.name).toContain(horseNb.entry!.statusLabel);
        expect(embed.fields!.find((f) => f.name === 'Kilder')?.value).toBe(horseNb.sources.join(', '));
        expect(buttonsOf(shown.body.data).map((b) => b.label)).toEqual(['Kilder']);
      });

      it('/fact with something that is not an entry says so, only to the user', async () => {
        const callback = await ctx.fake.callbackOf(
          ctx.fake.slashCommand(user('typo'), 'fact', [{ name: 'entry', type: STRING, value: 'qwxz zzkq' }], { guild: ctx.fake.guilds[0] }),
        );
        expect(callback.body.data!.flags).toBe(EPHEMERAL);
        expect(callback.body.data!.content).toContain("couldn't find that fact");
      });

      it('/sources lists the sources, autocompletes them, and shows one with what it is cited for', async () => {
        const reader = user('source-reader');
        const list = await ctx.fake.callbackOf(ctx.fake.slashCommand(reader, 'sources', [], { guild: ctx.fake.guilds[1] }));
        const names = list.body.data!.embeds![0]!.fields!.map((f) => f.name);
        expect(names).toEqual(expect.arrayContaining(['38 North', 'Planet Labs PBC', 'White House', 'North Korea']));
        const suggest = await ctx.fake.callbackOf(
          ctx.fake.autocomplete(reader, 'sources', { name: 'source', type: STRING, value: 'plan' }, { guild: ctx.fake.guilds[1] }),
        );
        expect(suggest.body.data!.choices![0]).toEqual({ name: 'Planet Labs PBC', value: 'planet-labs' });
        const one = await ctx.fake.callbackOf(
          ctx.fake.slashCommand(reader, 'sources', [{ name: 'source', type: STRING, value: 'planet-labs' }], { guild: ctx.fake.guilds[1], locale: 'no' }),
        );
        const embed = one.body.data!.embeds![0]!;
        expect(embed.title).toBe('Planet Labs PBC');
        expect(embed.fields![0]!.name).toBe('Brukt som kilde til');
        expect(embed.fields![0]!.value).toContain(ctx.reference.engine.current().describe('image-analysis', 'nb')!.entry!.title);
      });

      it("/about tells what the article is and gives the credits; /help explains, in the user's locale", async () => {
        const reader = user('about-reader');
        const about = await ctx.fake.callbackOf(ctx.fake.slashCommand(reader, 'about', [], { guild: ctx.fake.guilds[0] }));
        const embed = about.body.data!.embeds![0]!;
        expect(embed.title).toBe('About the article');
        const credits = embed.fields!.find((f) => f.name === 'Credits')?.value;
        for (const credit of ['Planet Labs PBC', 'Truls Aagedal/TV 2', 'KCNA via AFP']) expect(credits).toContain(credit);
        expect(embed.fields!.find((f) => f.name === 'Published')?.value).toContain('November 2022');

        const help = await ctx.fake.callbackOf(ctx.fake.slashCommand(reader, 'help', [], { locale: 'no' }));
        expect(help.body.data!.flags).toBe(EPHEMERAL);
        expect(help.body.data!.embeds![0]!.title).toBe('Slik bruker du factbot');
        expect(help.body.data!.embeds![0]!.fields!.map((f) => f.name)).toContain('Faktasjekk-kanaler');
        const helpEn = await ctx.fake.callbackOf(ctx.fake.slashCommand(reader, 'help', [], { guild: ctx.fake.guilds[0], locale: 'en-GB' }));
        expect(helpEn.body.data!.embeds![0]!.title).toBe('How to use factbot');
      });

      it('a command the bot does not know (not deployed by this version) gets a short private notice', async () => {
        const callback = await ctx.fake.callbackOf(ctx.fake.slashCommand(user('early-adopter'), 'poll', [], { guild: ctx.fake.guilds[0] }));
        expect(callback.body.data!.flags).toBe(EPHEMERAL);
        expect(callback.body.data!.content).toContain("I don't know that command");
      });

      it('the context menu "Fact-check this message" answers the selected message', async () => {
        const guild = ctx.fake.guilds[1];
        const claim = ctx.fake.postMessage({ author: user('claimant'), guild, content: 'North Korea is sending artillery shells to Russia!' });
        const callback = await ctx.fake.callbackOf(ctx.fake.messageCommand(user('checker'), FACT_CHECK_MESSAGE, claim, { guild }));
        expect(callback.body.type).toBe(4);
        const embed = callback.body.data!.embeds![0]!;
        expectAnswerEmbed(embed, 'North Korea is sending artillery shells to Russia!', 'en');
        const checked = embed.fields!.find((f) => f.name === 'Checked message');
        expect(checked?.value).toContain('North Korea is sending artillery shells to Russia!');
        expect(checked?.value).toContain(`/channels/${guild.id}/${claim.channel_id}/${claim.id}`);
        expectNoPings(callback);

        const empty = ctx.fake.postMessage({ author: user('claimant'), guild, content: '' });
        const emptyCallback = await ctx.fake.callbackOf(ctx.fake.messageCommand(user('checker'), FACT_CHECK_MESSAGE, empty, { guild }));
        expect(emptyCallback.body.data!.flags).toBe(EPHEMERAL);
        expect(emptyCallback.body.data!.content).toContain('no text');
      });
    });

    describe('buttons and feedback', () => {
      it('"Sources" expands who said what; "Useful"/"Not useful" are stored once per user', async () => {
        const guild = ctx.fake.guilds[0];
        const question = 'Is North Korea sending weapons to Russia?';
        const reply = await ctx.fake.replyTo(ask(user('asker'), question, guild));
        const answerMessage = ctx.fake.messageFrom(reply);
        const [sources, useful, notUseful] = buttonsOf(reply.body);

        const alice = user('alice');
        const detail = await ctx.fake.callbackOf(ctx.fake.clickButton(alice, answerMessage, sources!.custom_id, { guild }));
        expect(detail.body.data!.flags).toBe(EPHEMERAL);
        const answer = expected(question);
        expect(detail.body.data!.embeds![0]!.title).toBe(`Who said what: ${answer.entry!.title}`);
        expect(detail.body.data!.embeds![0]!.fields).toEqual(answer.entry!.sources.map((s) => ({ name: s.name, value: s.description })));

        const vote = async (who: FakeUser, button: { custom_id: string }) =>
          (await ctx.fake.callbackOf(ctx.fake.clickButton(who, answerMessage, button.custom_id, { guild }))).body.data!;
        const first = await vote(alice, useful!);
        expect(first.flags).toBe(EPHEMERAL);
        expect(first.content).toBe('Thanks for your feedback!');
        expect((await vote(alice, useful!)).content).toContain('counts once');
        expect((await vote(alice, notUseful!)).content).toContain('changed');
        const bob = user('bob');
        expect((await vote(bob, useful!)).content).toBe('Thanks for your feedback!');
        expect((await vote(bob, useful!)).content).toContain('counts once');

        const questionId = Number(useful!.custom_id.split(':')[2]);
        const db = ctx.bot.readDb();
        try {
          const rows = db
            .prepare(
              `SELECT f.user_id, f.useful, q.question, q.intent FROM answer_feedback f JOIN asked_questions q ON q.id = f.question_id
               WHERE f.question_id = ? ORDER BY f.created_at, f.user_id`,
            )
            .all(questionId) as Array<{ user_id: string; useful: number; question: string; intent: string }>;
          expect(rows).toHaveLength(2);
          expect(rows.find((r) => r.user_id === alice.id)).toMatchObject({ useful: 0, question, intent: answer.intent });
          expect(rows.find((r) => r.user_id === bob.id)).toMatchObject({ useful: 1, question, intent: answer.intent });
        } finally {
          db.close();
        }
      });

      it('a declined question offers the entries it may mean as buttons; a click shows the entry privately and stores the pick', async () => {
        const guild = ctx.fake.guilds[0];
        const question = 'kim and the train';
        const answer = expected(question);
        expect(answer.kind).toBe('declined');
        expect(answer.suggestions.length).toBeGreaterThan(0);
        const reply = await ctx.fake.replyTo(ask(user('unsure-asker'), question, guild));
        const embed = reply.body.embeds![0]!;
        expect(embed.description).toBe(answer.answer);
        expect(embed.description).not.toMatch(/doesn't say/);
        expect(embed.author!.name).toContain('Not sure what you mean');
        const [picks, votes] = reply.body.components as Array<{ components: Array<{ label: string; custom_id: string }> }>;
        expect(picks!.components.map((b) => b.label)).toEqual(answer.suggestions.map((s, i) => `${i + 1}. ${s.title}`));
        expect(votes!.components.map((b) => b.label)).toEqual(['Useful', 'Not useful']);
        expectNoPings(reply);

        const chosen = answer.suggestions[0]!;
        const clicked = await ctx.fake.callbackOf(
          ctx.fake.clickButton(user('picker'), ctx.fake.messageFrom(reply), picks!.components[0]!.custom_id, { guild }),
        );
        expect(clicked.body.data!.flags).toBe(EPHEMERAL);
        expect(clicked.body.data!.embeds![0]!.title).toBe(chosen.title);
        expect(clicked.body.data!.allowed_mentions).toEqual({ parse: [], replied_user: false });

        // The pick is stored right after the entry is shown (the question, written after the reply, with it).
        const stored = (): Record<string, unknown> | undefined => {
          const db = ctx.bot.readDb();
          try {
            return db.prepare(`SELECT suggestions, picked_intent FROM asked_questions WHERE question = ?`).get(question) as Record<string, unknown> | undefined;
          } finally {
            db.close();
          }
        };
        const row = (await eventually(stored, (r) => r !== undefined && r.picked_intent !== null))!;
        expect(JSON.parse(String(row.suggestions))).toEqual(answer.suggestions.map((s) => s.id));
        expect(row.picked_intent).toBe(chosen.id);
      });

      it('a button the bot no longer knows gets a short localized notice', async () => {
        const guild = ctx.fake.guilds[0];
        const reply = await ctx.fake.replyTo(ask(user('asker2'), 'Did the train carry horses?', guild));
        const callback = await ctx.fake.callbackOf(
          ctx.fake.clickButton(user('clicker'), ctx.fake.messageFrom(reply), 'factbot:vote:999999999:1', { guild, locale: 'no' }),
        );
        expect(callback.body.data!.flags).toBe(EPHEMERAL);
        expect(callback.body.data!.content).toContain('virker ikke lenger');
      });
    });

    describe('safety and operation', () => {
      it('rate-limits a user politely: one notice, then silence; slash commands get the notice privately', async () => {
        const guild = ctx.fake.guilds[1];
        const eager = user('eager');
        const messages = Array.from({ length: 7 }, (_, i) => ask(eager, `Did the train carry horses? (${i + 1})`, guild));
        for (const m of messages.slice(0, 5)) expect((await ctx.fake.replyTo(m)).body.embeds).toHaveLength(1);
        const notice = await ctx.fake.replyTo(messages[5]!);
        expect(notice.body.embeds ?? []).toEqual([]);
        expect(notice.body.content).toMatch(/Please wait \d+ seconds/);
        expectNoPings(notice);
        await expectNoReplies([messages[6]!], guild);
        const slash = await ctx.fake.callbackOf(
          ctx.fake.slashCommand(eager, FACTCHECK, [{ name: 'question', type: STRING, value: 'Hva viste bildene?' }], { guild, locale: 'no' }),
        );
        expect(slash.body.data!.flags).toBe(EPHEMERAL);
        expect(slash.body.data!.content).toMatch(/Vent \d+ sekunder/);
      });

      it('honours a REST 429 with retry_after and then delivers the reply', async () => {
        const guild = ctx.fake.guilds[1];
        const msg = ask(user('patient'), 'Did the train carry horses?', guild);
        const isReply = (c: RestCall) => c.method === 'POST' && c.body?.message_reference?.message_id === msg.id;
        ctx.fake.rest.rateLimitOnce(isReply, 0.3);
        // The override is in place before the bot can reply: the message was posted just before, on
        // the same tick, and its reply needs at least one round trip.
        const reply = await ctx.fake.replyTo(msg);
        const attempts = ctx.fake.rest.calls.filter(isReply);
        expect(attempts.map((c) => c.status)).toEqual([429, 200]);
        expect(reply.receivedAt - attempts[0]!.respondedAt!).toBeGreaterThanOrEqual(290);
      });

      for (const code of [4000, 1006]) {
        it(`resumes after the gateway closes with ${code} and answers the message sent meanwhile`, async () => {
          const guild = ctx.fake.guilds[1];
          const shard = ctx.fake.shardOfGuild(guild);
          const session = ctx.fake.gateway.session(shard)!;
          const events = ctx.fake.gateway.events;
          const identifies = events.filter((e) => e.type === 'identify').length;
          const before = events.items.length;
          ctx.fake.gateway.disconnect(shard, code);
          // Posted while the bot is disconnected: Discord keeps it for the session and replays it.
          const msg = ask(user(`resumer-${code}`), 'Fraktet toget hester?', guild);
          const resume = await events.waitFor(
            (e) => e.type === 'resume' && e.sessionId === session.id && events.items.indexOf(e) >= before,
            `a RESUME after close ${code}`,
          );
          expect(resume.replayed).toBeGreaterThanOrEqual(1);
          expectAnswerEmbed((await ctx.fake.replyTo(msg)).body.embeds![0]!, 'Fraktet toget hester?', 'nb');
          expect(events.filter((e) => e.type === 'identify')).toHaveLength(identifies);
        });
      }

      it('does not register commands on start-up, and never logs the token or message contents', () => {
        expect(ctx.fake.rest.calls.filter((c) => c.method === 'PUT')).toEqual([]);
        const text = ctx.bot.logs.items.map((l) => l.raw).join('\n');
        expect(text).not.toContain(ctx.fake.token);
        expect(text).not.toContain('Is North Korea sending weapons');
        expect(text).not.toContain('capital of Australia');
        const answered = ctx.bot.logs.items.filter((l) => l.json?.msg === 'answered');
        expect(answered.length).toBeGreaterThan(5);
        expect(answered[0]!.json).toMatchObject({ surface: expect.any(String), guild: expect.any(String), latencyMs: expect.any(Number) });
        const handled = ctx.bot.logs.items.find((l) => l.json?.msg === 'interaction handled');
        expect(handled?.json).toMatchObject({ command: expect.any(String), latencyMs: expect.any(Number) });
      });
    });

    extra?.(() => ctx);
  });

  return () => ctx;
}
