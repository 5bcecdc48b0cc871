import fs from 'node:fs';
import { eventually } from '../../support/eventually.js';
import path from 'node:path';
import {
  type APIApplicationCommandOption,
  type APIEmbed,
  ApplicationCommandOptionType,
  InteractionResponseType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../src/bot/commands/index.js';
import { DATA_DIR } from '../../../src/config/project-paths.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import type { Lang } from '../../../src/kb/languages.js';
import { removeTempDbs, startInProcessBot, type BotUnderTest } from '../../support/bot-harness.js';
import {
  FakeDiscord,
  MANAGE_GUILD,
  type CommandResolved,
  type FakeCommandOption,
  type FakeInteraction,
  type FakeUser,
  type Where,
} from '../../support/fake-discord/fake-discord.js';
import type { RestCall, SentCallbackData } from '../../support/fake-discord/fake-rest.js';
import type { ClaimReviewJson, KbFileJson } from '../../support/kb-file-json.js';

// The admins' /kb group end to end: the real discord.js client against the local Discord, the real
// engine and admin service, a SQLite file in a temp folder. One fake and one bot for the file.

const EPHEMERAL = 64;
const SUBCOMMAND = ApplicationCommandOptionType.Subcommand;
const GROUP = ApplicationCommandOptionType.SubcommandGroup;
const STRING = ApplicationCommandOptionType.String;
const INTEGER = ApplicationCommandOptionType.Integer;
const BOOLEAN = ApplicationCommandOptionType.Boolean;
const USER = ApplicationCommandOptionType.User;
const ATTACHMENT = ApplicationCommandOptionType.Attachment;
const MODAL = InteractionResponseType.Modal;
const DEFERRED = InteractionResponseType.DeferredChannelMessageWithSource;
const PARTIAL_PERMISSIONS = 1115136;

const t = createTranslator();
const REFUSED_EN = t('kb.refused', 'en');
const REFUSED_NB = t('kb.refused', 'nb');

let fake: FakeDiscord;
let bot: BotUnderTest;
let admin: FakeUser;
let roleAdmin: FakeUser;
let asAdmin: Where;
let asRoleAdmin: Where;

/** What the bot answered to an interaction: the message (immediate or, after a deferral, the edit), or a form. */
interface Reply {
  /** The message ({} for a form). */
  data: SentCallbackData;
  files: RestCall['files'];
  modal?: SentCallbackData;
  deferred: boolean;
}

async function replyOf(interaction: FakeInteraction): Promise<Reply> {
  const callback = await fake.callbackOf(interaction);
  if (callback.body.type === MODAL) return { data: {}, files: [], modal: callback.body.data, deferred: false };
  if (callback.body.type !== DEFERRED) return { data: callback.body.data ?? {}, files: callback.files, deferred: false };
  expect(callback.body.data!.flags).toBe(EPHEMERAL);
  const edit = await fake.rest.waitFor(
    (c) => c.method === 'PATCH' && c.path.startsWith(`/webhooks/${fake.applicationId}/${interaction.token}/messages/`),
    `the deferred reply to ${interaction.id}`,
  );
  return { data: edit.body, files: edit.files, deferred: true };
}

/** `/kb <leaf> …` with the options nested as Discord sends them. */
function kb(user: FakeUser, leaf: string, options: FakeCommandOption[], where: Where, resolved?: CommandResolved): FakeInteraction {
  const [first, second] = leaf.split(' ');
  const nested = second
    ? [{ name: first!, type: GROUP, options: [{ name: second, type: SUBCOMMAND, options }] }]
    : [{ name: first!, type: SUBCOMMAND, options }];
  return fake.slashCommand(user, 'kb', nested, where, resolved);
}

const str = (name: string, value: string): FakeCommandOption => ({ name, type: STRING, value });
const int = (name: string, value: number): FakeCommandOption => ({ name, type: INTEGER, value });

async function kbReply(leaf: string, options: FakeCommandOption[] = [], where: Where = asAdmin, user: FakeUser = admin): Promise<Reply> {
  return replyOf(kb(user, leaf, options, where));
}

/** Submits a form the bot showed with its pre-filled values, some replaced. */
async function submit(modal: SentCallbackData | undefined, changes: Record<string, string>, where: Where = asAdmin, user: FakeUser = admin): Promise<Reply> {
  const values = Object.fromEntries(modal!.components!.map((c): [string, string] => [c.component!.custom_id!, c.component!.value ?? '']));
  return replyOf(fake.submitModal(user, modal!.custom_id!, { ...values, ...changes }, where));
}

/** The answer to a question asked by mention, as a member sees it. */
async function answer(question: string): Promise<APIEmbed> {
  const guild = fake.guilds[0];
  const msg = fake.postMessage({ author: fake.createUser('reader'), guild, content: fake.mention(question), mentions: [fake.botUser] });
  return (await fake.replyTo(msg)).body.embeds![0]!;
}

function changeNumber(content: string | undefined): number {
  const match = /#(\d+) /.exec(content ?? '');
  expect(match, content).toBeTruthy();
  return Number(match![1]);
}

function historyCount(): number {
  const db = bot.readDb();
  try {
    return (db.prepare(`SELECT count(*) AS n FROM kb_changes`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const horse = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'entries', 'horse-train.json'), 'utf8')) as {
  title: Record<Lang, string>;
  answer: Record<Lang, string>;
};

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const guild = fake.guilds[0];
  // The admin role is the guild's "members" role; the rate limit stays the members' one (5 per 10 min).
  bot = await startInProcessBot(fake, {
    FACTBOT_ADMIN_GUILDS: guild.id,
    FACTBOT_ADMIN_ROLE: guild.roles.members,
    FACTBOT_PUBLIC_URL: 'https://factbot.example.org',
  });
  admin = fake.createUser('editor');
  roleAdmin = fake.createUser('desk-editor');
  asAdmin = { guild, permissions: String(PARTIAL_PERMISSIONS | Number(MANAGE_GUILD)) };
  asRoleAdmin = { guild, roles: [guild.roles.members] };
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  removeTempDbs();
}, 30_000);

describe('/kb: the admins in Discord', () => {
  it('refuses a non-admin on every /kb subcommand, autocomplete and form, even when Discord shows them the command', async () => {
    const definition = commandDefinitions(t).find((d) => d.name === 'kb') as RESTPostAPIChatInputApplicationCommandsJSONBody;
    const leaves: Array<{ leaf: string; options: APIApplicationCommandOption[] }> = [];
    for (const option of definition.options ?? []) {
      if (option.type === GROUP) for (const sub of option.options ?? []) leaves.push({ leaf: `${option.name} ${sub.name}`, options: sub.options ?? [] });
      else if (option.type === SUBCOMMAND) leaves.push({ leaf: option.name, options: option.options ?? [] });
    }
    expect(leaves).toHaveLength(24);
    expect(leaves.map((l) => l.leaf)).toContain('restore');
    const before = historyCount();
    const guild = fake.guilds[0];
    const attachment = fake.attach('kb.json', '{}');
    // Plausible values for every required option (the refusal must come before any of them is used).
    const valueFor = (o: APIApplicationCommandOption): FakeCommandOption => {
      if (o.type === STRING) return str(o.name, o.name === 'status' ? 'refuted' : o.name === 'language' ? 'en' : 'horse-train');
      if (o.type === INTEGER) return int(o.name, 1);
      if (o.type === BOOLEAN) return { name: o.name, type: BOOLEAN, value: true };
      if (o.type === ATTACHMENT) return { name: o.name, type: ATTACHMENT, value: attachment.id };
      return { name: o.name, type: USER, value: admin.id };
    };
    const replies = await Promise.all(
      leaves.map(async ({ leaf, options }, i) => {
        const required = options.filter((o) => 'required' in o && o.required).map(valueFor);
        // A member with no special permission, or with permissions but not Manage Server; one with a Norwegian client.
        const where: Where = { guild, locale: i === 0 ? 'no' : 'en-US', ...(i % 2 ? { permissions: String(PARTIAL_PERMISSIONS | 8192) } : {}) };
        const user = fake.createUser(`member-${i}`);
        return { leaf, reply: await replyOf(kb(user, leaf, required, where, { attachments: { [attachment.id]: attachment } })) };
      }),
    );
    for (const { leaf, reply } of replies) {
      expect(reply.deferred, leaf).toBe(false);
      expect(reply.modal, leaf).toBeUndefined();
      expect(reply.data.flags, leaf).toBe(EPHEMERAL);
      expect(reply.data.allowed_mentions, leaf).toEqual({ parse: [], replied_user: false });
      expect(reply.data.content, leaf).toBe(leaf === leaves[0]!.leaf ? REFUSED_NB : REFUSED_EN);
    }
    // In a DM there are no server permissions at all.
    const dm = await replyOf(kb(fake.createUser('dm-member'), 'entries list', [], {}));
    expect(dm.data.content).toBe(REFUSED_EN);
    // A forged form submit and autocomplete are checked too.
    const form = await replyOf(
      fake.submitModal(
        fake.createUser('forger'),
        'factbot-kb:entry-edit:00000000:horse-train',
        { 'title.nb': 'x', 'answer.nb': 'x', 'title.en': 'x', 'answer.en': 'x' },
        { guild },
      ),
    );
    expect(form.data).toMatchObject({ flags: EPHEMERAL, content: REFUSED_EN });
    const suggest = await fake.callbackOf(
      fake.autocomplete(fake.createUser('peeker'), 'kb', { name: 'item', type: INTEGER, value: '' }, { guild }, [
        { name: 'review', type: GROUP },
        { name: 'dismiss', type: SUBCOMMAND },
      ]),
    );
    expect(suggest.body.data!.choices!).toEqual([]);

    expect(historyCount()).toBe(before);
    const refusals = bot.logs.filter((l) => l.json?.msg === 'kb refused: not an admin');
    expect(refusals).toHaveLength(leaves.length + 2);
    expect(refusals[0]!.json).toMatchObject({ level: 40, command: expect.stringMatching(/^kb /), user: expect.any(String), guild: guild.id });
    expect(refusals.map((l) => l.raw).join('\n')).not.toContain('horse-train');
  });

  it('adds an entry (texts in a form), adds training questions with the answer shown, and the next answers use it in both languages', async () => {
    // Asked what the train held, of entries that do not say it: the detail is not in the article.
    expect((await answer('Were there camels on the train?')).author!.name).toMatch(/Not in the article|Detail not in the article|Not sure what you mean/);

    const opened = await kbReply('entries add', [str('id', 'camel-rumour'), str('status', 'unproven'), str('sources', 'tv2')]);
    expect(opened.modal!.custom_id).toBe('factbot-kb:entry-add:3:camel-rumour');
    expect(opened.modal!.title).toBe('New entry: camel-rumour');
    expect(opened.modal!.components!.map((c) => [c.type, c.component!.custom_id])).toEqual([
      [18, 'title.nb'],
      [18, 'answer.nb'],
      [18, 'title.en'],
      [18, 'answer.en'],
      [18, 'sources'],
    ]);
    expect(opened.modal!.components![4]!.component!.value).toBe('tv2');
    // A source that does not exist: nothing added, the problem named, the typed texts handed back.
    const typo = await submit(opened.modal, {
      'title.en': 'Camels?',
      'title.nb': 'Kameler?',
      'answer.en': 'Typed with care.',
      'answer.nb': 'Skrevet med omhu.',
      sources: 'tv2, tv3',
    });
    expect(typo.data.content).toContain('entry "camel-rumour", field sources.1: unknown source "tv3"');
    expect(JSON.parse(typo.files[0]!.text)).toMatchObject({ 'answer.en': 'Typed with care.', sources: 'tv2, tv3' });
    const added = await submit(opened.modal, {
      'title.nb': 'Kameler på toget',
      'answer.nb': 'Et rykte sier at toget fraktet kameler. Artikkelen sier ingenting om kameler.',
      'title.en': 'Camels on the train',
      'answer.en': 'A rumour says the train carried camels. The article says nothing about camels.',
    });
    expect(added.deferred).toBe(true);
    expect(added.data.content).toContain(`discord:${admin.id} added entry camel-rumour (created)`);
    expect(added.data.content).toContain('The engine was retrained in');

    const en = await kbReply('questions add', [str('entry', 'camel-rumour'), str('language', 'en'), str('question', 'Were there camels on the train?')]);
    expect(en.data.content).toContain('The bot now answers this question with camel-rumour');
    expect(en.data.embeds![0]!.title).toBe('Camels on the train');
    const nb = await kbReply('questions add', [str('entry', 'camel-rumour'), str('language', 'nb'), str('question', 'Var det kameler på toget?')], {
      ...asAdmin,
      locale: 'no',
    });
    expect(nb.data.content).toContain('Boten svarer nå på dette spørsmålet med camel-rumour');
    expect(nb.data.embeds![0]!.title).toBe('Kameler på toget');

    expect((await answer('Were there camels on the train?')).title).toBe('Camels on the train');
    const nbAnswer = await answer('Var det kameler på toget?');
    expect(nbAnswer.title).toBe('Kameler på toget');
    expect(nbAnswer.author!.name).toContain('Ubekreftet');
  });

  let textEdit = 0;

  it('edits the texts in a form pre-filled with the current ones, and the status by option; the next answers show both', async () => {
    const opened = await kbReply('entries edit', [str('entry', 'horse-train')]);
    expect(opened.modal!.custom_id).toMatch(/^factbot-kb:entry-edit:[0-9a-f]{8}:horse-train$/);
    const prefilled = Object.fromEntries(opened.modal!.components!.map((c) => [c.component!.custom_id, c.component!.value]));
    expect(prefilled).toEqual({ 'title.nb': horse.title.nb, 'answer.nb': horse.answer.nb, 'title.en': horse.title.en, 'answer.en': horse.answer.en });

    const edited = await submit(opened.modal, {
      'answer.nb': 'RETTET: Russiske veterinærmyndigheter rapporterte at et tog med hester kjørte fra Russland til Nord-Korea.',
      'answer.en': 'CORRECTED: Russian veterinary authorities reported that a train carrying horses went from Russia to North Korea.',
    });
    expect(edited.data.content).toContain('edited entry horse-train (answer.nb, answer.en)');
    textEdit = changeNumber(edited.data.content);
    expect((await answer('Did the train carry horses?')).description).toMatch(/^CORRECTED: /);
    expect((await answer('Fraktet toget hester?')).description).toMatch(/^RETTET: /);

    // The same form again, now out of date: refused, nothing changed.
    const stale = await submit(opened.modal, { 'answer.en': 'An older idea of the text.' });
    expect(stale.data.content).toContain('was changed after you opened the form');
    expect(stale.files.map((f) => f.name)).toEqual(['horse-train-entry-edit.json']);
    expect((JSON.parse(stale.files[0]!.text) as Record<string, string>)['answer.en']).toBe('An older idea of the text.');
    expect((await answer('Did the train carry horses?')).description).toMatch(/^CORRECTED: /);

    const status = await kbReply('entries edit', [str('entry', 'horse-train'), str('status', 'confirmed')]);
    expect(status.data.content).toContain('edited entry horse-train (status)');
    expect((await answer('Did the train carry horses?')).author!.name).toContain('Confirmed');
    expect((await answer('Fraktet toget hester?')).author!.name).toContain('Bekreftet');

    const shown = await kbReply('entries show', [str('entry', 'horse-train')]);
    expect(shown.data.flags).toBe(EPHEMERAL);
    expect(shown.data.embeds!.map((e) => e.description)).toEqual([expect.stringMatching(/^RETTET/), expect.stringMatching(/^CORRECTED/)]);
    // An entry that reviews a claim shows the claim as made, and who made it, per language.
    const claim = await kbReply('entries show', [str('entry', 'dprk-denial')]);
    expect(claim.data.embeds!.map((e) => e.fields!.find((f) => f.name.startsWith('Claim reviewed')))).toEqual([
      { name: 'Claim reviewed (made by north-korea)', value: expect.stringMatching(/^Nord-Korea har aldri solgt/) },
      { name: 'Claim reviewed (made by north-korea)', value: expect.stringMatching(/^North Korea has never sold/) },
    ]);
  });

  it('retires (by the admin role) and restores an entry, and undoes the text edit: each seen in the next answer', async () => {
    const retired = await kbReply('entries retire', [str('entry', 'camel-rumour')], asRoleAdmin, roleAdmin);
    expect(retired.data.content).toContain(`discord:${roleAdmin.id} retired entry camel-rumour (retired)`);
    expect((await answer('Were there camels on the train?')).title).not.toBe('Camels on the train');
    const listed = await kbReply('entries list', [{ name: 'active', type: BOOLEAN, value: true }]);
    expect(listed.data.embeds![0]!.description).not.toContain('camel-rumour');

    await kbReply('entries restore', [str('entry', 'camel-rumour')]);
    expect((await answer('Were there camels on the train?')).title).toBe('Camels on the train');

    const undone = await kbReply('undo', [int('change', textEdit)]);
    expect(undone.data.content).toContain(`undid #${textEdit}: entry horse-train (answer.nb, answer.en)`);
    const en = await answer('Did the train carry horses?');
    expect(en.description).toBe(horse.answer.en);
    expect(en.author!.name).toContain('Confirmed'); // the later status change is kept
    expect((await answer('Fraktet toget hester?')).description).toBe(horse.answer.nb);
  });

  it('shows the history with the Discord user ids, filtered by user, and one change with its before and after', async () => {
    const list = await kbReply('history list');
    const lines: string = list.data.embeds![0]!.description!;
    expect(lines).toContain(`discord:${admin.id} added entry camel-rumour`);
    expect(lines).toContain(`discord:${roleAdmin.id} retired entry camel-rumour`);
    const byRole = await replyOf(
      kb(admin, 'history list', [{ name: 'user', type: USER, value: roleAdmin.id }], asAdmin, { users: { [roleAdmin.id]: roleAdmin } }),
    );
    expect(byRole.data.embeds![0]!.description!.split('\n')).toEqual([expect.stringContaining(`discord:${roleAdmin.id} retired entry camel-rumour`)]);

    const one = await kbReply('history show', [int('change', textEdit)]);
    const embed = one.data.embeds![0]!;
    expect(embed.title).toBe(`Change #${textEdit}`);
    expect(embed.fields![0]!.name).toBe('entry horse-train');
    expect(embed.fields![0]!.value).toContain(`answer.en:\n  before: ${JSON.stringify(horse.answer.en)}\n  after: "CORRECTED:`);
    // full: the raw records as a JSON file.
    const full = await kbReply('history show', [int('change', textEdit), { name: 'full', type: BOOLEAN, value: true }]);
    expect(full.files.map((f) => f.name)).toEqual([`change-${textEdit}.json`]);
    expect((JSON.parse(full.files[0]!.text) as { parts: unknown[] }).parts[0]).toMatchObject({
      kind: 'entry',
      key: 'horse-train',
      after: { answer: { en: expect.stringContaining('CORRECTED:') } },
    });

    const suggest = await fake.callbackOf(
      fake.autocomplete(admin, 'kb', { name: 'change', type: INTEGER, value: String(textEdit) }, asAdmin, [{ name: 'undo', type: SUBCOMMAND }]),
    );
    expect(suggest.body.data!.choices![0]).toMatchObject({ value: textEdit, name: expect.stringContaining(`#${textEdit} `) });
  });

  it('review queues: unanswered questions grouped, promoted to a training question; "not useful" feedback dismissed', async () => {
    const guild = fake.guilds[0];
    for (const question of ['Were the wagons painted green?', 'were the wagons painted green'])
      expect((await answer(question)).author!.name).toMatch(/Not in the article|Not sure what you mean/);
    const queue = await kbReply('review unanswered');
    const line = queue.data.embeds![0]!.description!.split('\n').find((l: string) => l.includes('painted green'));
    expect(line).toMatch(/^\*\*#\d+\*\* asked 2 times/);
    const item = Number(/#(\d+)/.exec(line!)![1]);

    const promoted = await kbReply('review promote', [int('item', item), str('entry', 'train-crossing')]);
    expect(promoted.data.content).toContain('promoted a reviewed question to entry train-crossing');
    expect(promoted.data.content).toContain('The bot now answers this question with train-crossing');
    expect((await answer('Were the wagons painted green?')).title).toBe(promoted.data.embeds![0]!.title);

    const asked = fake.postMessage({
      author: fake.createUser('critic'),
      guild,
      content: fake.mention('Who took the satellite pictures?'),
      mentions: [fake.botUser],
    });
    const reply = await fake.replyTo(asked);
    const notUseful = reply.body.components![0]!.components!.find((b) => b.label === 'Not useful');
    await fake.callbackOf(fake.clickButton(fake.createUser('critic'), fake.messageFrom(reply), notUseful!.custom_id!, { guild }));
    const feedback = await kbReply('review feedback');
    const feedbackLine = feedback.data.embeds![0]!.description!.split('\n')[0];
    expect(feedbackLine).toMatch(/^\*\*#\d+\*\* 1 "not useful" vote on `.+`.*: Who took the satellite pictures\?$/);
    const feedbackItem = Number(/#(\d+)/.exec(feedbackLine!)![1]);
    const dismissed = await kbReply('review dismiss', [int('item', feedbackItem)]);
    expect(dismissed.data.content).toContain('dismissed 1 review item');
    expect((await kbReply('review feedback')).data.embeds![0]!.description).toBe('The queue is empty.');
  });

  it('sources: added through a form, linked and unlinked; the edit form is pre-filled', async () => {
    const opened = await kbReply('sources add', [str('id', 'rumour-mill')]);
    expect(opened.modal!.custom_id).toBe('factbot-kb:source-add:rumour-mill');
    const added = await submit(opened.modal, {
      'name.nb': 'Ryktebørsen',
      'name.en': 'Rumour mill',
      'description.nb': 'Et rykte på nettet.',
      'description.en': 'A rumour online.',
    });
    expect(added.data.content).toContain('added source rumour-mill (created)');
    const linked = await kbReply('sources link', [str('entry', 'camel-rumour'), str('source', 'rumour-mill')]);
    expect(linked.data.content).toContain('linked a source to entry camel-rumour (sources)');
    expect((await answer('Were there camels on the train?')).fields!.find((f) => f.name === 'Sources')?.value).toContain('Rumour mill');
    const unlinked = await kbReply('sources unlink', [str('entry', 'camel-rumour'), str('source', 'tv2')]);
    expect(unlinked.data.content).toContain('unlinked a source from entry camel-rumour (sources)');
    const edit = await kbReply('sources edit', [str('source', 'rumour-mill')]);
    expect(edit.modal!.components!.map((c) => c.component!.value)).toEqual(['Ryktebørsen', 'Rumour mill', 'Et rykte på nettet.', 'A rumour online.']);
  });

  it('exports the knowledge base and ClaimReview JSON-LD as files; an import of a malformed file changes nothing and names the record and field', async () => {
    const exported = await kbReply('export');
    expect(exported.data.flags).toBe(EPHEMERAL);
    expect(exported.files.map((f) => f.name)).toEqual(['factbot-kb.json']);
    const kbFile = JSON.parse(exported.files[0]!.text) as KbFileJson;
    expect(kbFile.entries.find((e) => e.id === 'camel-rumour')?.sources).toEqual(['rumour-mill']);

    const claims = await kbReply('export', [str('format', 'claimreview'), str('language', 'nb')]);
    expect(claims.files[0]!.name).toBe('factbot-claimreview.jsonld');
    const reviews = JSON.parse(claims.files[0]!.text) as ClaimReviewJson[];
    expect(reviews[0]).toMatchObject({
      '@type': 'ClaimReview',
      inLanguage: 'nb',
      url: expect.stringMatching(/^https:\/\/factbot\.example\.org\/verdicts\//),
      reviewRating: { alternateName: expect.any(String) },
    });

    const before = historyCount();
    const wrong = structuredClone(kbFile);
    wrong.entries[2]!.status = 'maybe';
    delete wrong.entries[4]!.answer.en;
    const bad = fake.attach('kb-wrong.json', JSON.stringify(wrong));
    const refused = await replyOf(kb(admin, 'import', [{ name: 'file', type: ATTACHMENT, value: bad.id }], asAdmin, { attachments: { [bad.id]: bad } }));
    expect(refused.data.content).toContain('The import was rejected and nothing was changed (2 problems)');
    expect(refused.data.content).toContain(`entry #3 "${wrong.entries[2]!.id}", field status: must be one of`);
    expect(refused.data.content).toContain(`entry #5 "${wrong.entries[4]!.id}", field answer.en: is missing`);

    const broken = fake.attach('broken.json', '{"entries": [');
    const notJson = await replyOf(
      kb(admin, 'import', [{ name: 'file', type: ATTACHMENT, value: broken.id }], { ...asAdmin, locale: 'no' }, { attachments: { [broken.id]: broken } }),
    );
    expect(notJson.data.content).toContain('broken.json er ikke gyldig JSON');
    // Saved as Latin-1: refused with where the first bad byte is, not imported with U+FFFD for every ø.
    const text = JSON.stringify(kbFile);
    const latin1 = fake.attach('latin1.json', Buffer.from(text, 'latin1'));
    const notUtf8 = await replyOf(
      kb(admin, 'import', [{ name: 'file', type: ATTACHMENT, value: latin1.id }], asAdmin, { attachments: { [latin1.id]: latin1 } }),
    );
    const offset = Buffer.byteLength(
      text.slice(
        0,
        [...text].findIndex((c) => c.charCodeAt(0) > 127),
      ),
    );
    expect(notUtf8.data.content).toContain(`latin1.json is not UTF-8 text: invalid byte at offset ${offset}`);
    // The same knowledge base again: nothing to change, no history.
    const same = fake.attach('same.json', text);
    const unchanged = await replyOf(kb(admin, 'import', [{ name: 'file', type: ATTACHMENT, value: same.id }], asAdmin, { attachments: { [same.id]: same } }));
    expect(unchanged.data.content).toBe(t('kb.reply.nothingChanged', 'en'));
    expect(historyCount()).toBe(before);
    expect((await answer('Were there camels on the train?')).title).toBe('Camels on the train');
  });

  let backupName = '';

  it('backs up the database to a file next to it while the bot runs', async () => {
    const reply = await kbReply('backup');
    const file = /(backups\/factbot-[\dTZ-]+\.db)/.exec(reply.data.content!)?.[1];
    expect(file, reply.data.content).toBeTruthy();
    expect(fs.statSync(path.join(path.dirname(bot.dbFile), file!)).size).toBeGreaterThan(0);
    backupName = path.basename(file!);
    expect(reply.data.content).toContain(`/kb restore backup:${backupName}`);
  });

  it('restores a backup /kb backup made (picked by name, newest first); the next answer uses it and history shows it; paths and unknown names are refused', async () => {
    const newer = await kbReply('backup');
    const newerName = /backups\/(factbot-[\dTZ-]+\.db)/.exec(newer.data.content!)![1]!;
    // Something else in the folder is never offered.
    const backupDir = path.join(path.dirname(bot.dbFile), 'backups');
    fs.writeFileSync(path.join(backupDir, 'notes.db'), 'not a backup');
    const suggest = await fake.callbackOf(
      fake.autocomplete(admin, 'kb', { name: 'backup', type: STRING, value: '' }, asAdmin, [{ name: 'restore', type: SUBCOMMAND }]),
    );
    expect(suggest.body.data!.choices!.map((c) => c.value)).toEqual([newerName, backupName]);

    const opened = await kbReply('entries edit', [str('entry', 'horse-train')]);
    await submit(opened.modal, { 'answer.en': 'AFTER THE BACKUP: a different text.' });
    expect((await answer('What about the horse train?')).description).toMatch(/^AFTER THE BACKUP: /);

    const before = historyCount();
    for (const name of [
      `../backups/${backupName}`,
      `backups/${backupName}`,
      `../${path.basename(bot.dbFile)}`,
      'factbot-20000101-000000-000Z.db',
      'notes.db',
    ]) {
      const refused = await kbReply('restore', [str('backup', name)]);
      expect(refused.deferred, name).toBe(false);
      expect(refused.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining('not a backup made by /kb backup') });
    }
    expect(historyCount()).toBe(before);
    expect((await answer('What about the horse train?')).description).toMatch(/^AFTER THE BACKUP: /);

    const restored = await kbReply('restore', [str('backup', backupName)]);
    expect(restored.deferred).toBe(true); // privately: replyOf checks the deferral's ephemeral flag
    expect(restored.data.content).toContain(`discord:${admin.id} restored a backup into`);
    expect(restored.data.content).toContain(`Restored the knowledge base of backups/${backupName}`);
    expect(historyCount()).toBe(before + 1);
    expect((await answer('What about the horse train?')).description).toBe(horse.answer.en);
    const history = await kbReply('history list', [int('limit', 1)]);
    expect(history.data.embeds![0]!.description).toContain(`#${changeNumber(restored.data.content)} `);
    expect(history.data.embeds![0]!.description).toContain('restored a backup into');

    // A file named like a backup that is not one: refused, and the reply never shows a server path.
    const junk = 'factbot-19990101-000000-000Z.db';
    fs.writeFileSync(path.join(backupDir, junk), 'not sqlite at all'.repeat(200));
    const notBackup = await kbReply('restore', [str('backup', junk)]);
    expect(notBackup.data.content).toContain(`backups/${junk} is not a factbot database backup`);
    expect(notBackup.data.content).not.toContain(path.dirname(bot.dbFile));

    const nb = await kbReply('restore', [str('backup', '../x.db')], { ...asAdmin, locale: 'no' });
    expect(nb.data.content).toContain('Ingenting ble endret');
  });

  it('forget-user erases what a member asked (stored with who asked) on request; the log names the admin, not the member', async () => {
    const member = fake.createUser('private-person');
    const guild = fake.guilds[0];
    const msg = fake.postMessage({ author: member, guild, content: fake.mention('Who painted the bridge purple?'), mentions: [fake.botUser] });
    await fake.replyTo(msg);
    const stored = () => {
      const db = bot.readDb();
      try {
        return (db.prepare(`SELECT count(*) AS n FROM asked_questions WHERE user_id = ?`).get(member.id) as { n: number }).n;
      } finally {
        db.close();
      }
    };
    expect(await eventually(stored, (n) => n === 1)).toBe(1);
    const reply = await replyOf(kb(admin, 'forget-user', [{ name: 'user', type: USER, value: member.id }], asAdmin, { users: { [member.id]: member } }));
    expect(reply.deferred).toBe(true);
    expect(reply.data.content).toBe(t('kb.forgetUser.done', 'en', { questions: 1, votes: 0, historyEntries: 0 }));
    expect(stored()).toBe(0);
    const logged = bot.logs.find((l) => l.json?.msg === "erased one user's data on request")!;
    expect(logged.json).toMatchObject({ actor: admin.id, questions: 1 });
    expect(logged.raw).not.toContain(member.id);
  });

  it('autocompletes entries for admins, and logs no typed text at info', async () => {
    const suggest = await fake.callbackOf(
      fake.autocomplete(admin, 'kb', { name: 'entry', type: STRING, value: 'camel' }, asAdmin, [
        { name: 'entries', type: GROUP },
        { name: 'show', type: SUBCOMMAND },
      ]),
    );
    expect(suggest.body.data!.choices!).toEqual([{ name: 'Camels on the train (camel-rumour)', value: 'camel-rumour' }]);
    const handled = bot.logs.filter((l) => l.json?.msg === 'interaction handled' && String(l.json.command).startsWith('kb '));
    expect(handled.map((l) => l.json!.command)).toContain('kb entries add');
    const forms = handled.filter((l) => l.json!.command === 'kb (form)').map((l) => l.json);
    expect(forms).toContainEqual(expect.objectContaining({ refused: true }));
    expect(forms).toContainEqual(expect.objectContaining({ change: expect.any(Number) }));
    expect(bot.logs.filter((l) => (l.json?.level ?? 0) >= 50).map((l) => l.raw)).toEqual([]);
    const text = bot.logs.items.map((l) => l.raw).join('\n');
    for (const typed of ['Camels on the train', 'painted green', 'RETTET']) expect(text).not.toContain(typed);
  });
  it("an admin's write does not hold members' answers: the engine is rebuilt in a worker while a member asking meanwhile is answered", async () => {
    const write = kb(
      admin,
      'questions add',
      [str('entry', 'image-analysis'), str('language', 'en'), str('question', 'which outfit shot and read the orbital photos')],
      asAdmin,
    );
    expect((await fake.callbackOf(write)).body.type).toBe(DEFERRED);
    const guild = fake.guilds[0];
    const asked = fake.postMessage({
      author: fake.createUser('meanwhile'),
      guild,
      content: fake.mention('Who took the satellite images?'),
      mentions: [fake.botUser],
    });
    const [member, edit] = await Promise.all([
      fake.replyTo(asked),
      fake.rest.waitFor((c) => c.method === 'PATCH' && c.path.startsWith(`/webhooks/${fake.applicationId}/${write.token}/messages/`), "the write's reply"),
    ]);
    // Before, the write retrained on the event loop and the member waited for it (the member's reply came second).
    expect(member.seq).toBeLessThan(edit.seq);
    expect(member.body.embeds![0]!.title).toBeTruthy();
    // The admin's reply still shows the answer from the engine that has the change.
    expect(edit.body.content).toContain('The engine was retrained in');
    expect(edit.body.content).toContain('image-analysis');
  });
});
