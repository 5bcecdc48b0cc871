import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator.js';
import { removeTempDbs, startInProcessBot } from '../../support/bot-harness.js';
import { FakeDiscord, MANAGE_GUILD, type FakeInteraction, type FakeUser, type Where } from '../../support/fake-discord/fake-discord.js';

// Who may use /kb, end to end, in the configurations the admin-access rule must hold in: the
// default (no admin role), an admin role among other roles, servers that are not admin servers,
// and no FACTBOT_ADMIN_GUILDS at all. Every entry point: command, form, autocomplete.

const EPHEMERAL = 64;
const SUBCOMMAND = 1;
const GROUP = 2;
const INTEGER = 4;
const PARTIAL_PERMISSIONS = 1115136;
const t = createTranslator();

let fake: FakeDiscord;
let stopBot: (() => Promise<void>) | undefined;

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterEach(async () => {
  await stopBot?.();
  stopBot = undefined;
});
afterAll(async () => {
  await fake?.stop();
  removeTempDbs();
});

async function start(env: Record<string, string>) {
  const bot = await startInProcessBot(fake, env);
  stopBot = () => bot.stop();
  return bot;
}

const manager = (guild = fake.guilds[0]): Where => ({ guild, permissions: String(PARTIAL_PERMISSIONS | Number(MANAGE_GUILD)) });

function entriesList(user: FakeUser, where: Where): FakeInteraction {
  return fake.slashCommand(user, 'kb', [{ name: 'entries', type: GROUP, options: [{ name: 'list', type: SUBCOMMAND, options: [] }] }], where);
}

async function content(interaction: FakeInteraction): Promise<{ content: string | undefined; flags: number | undefined; type: number | undefined }> {
  const callback = await fake.callbackOf(interaction);
  return { content: callback.body.data?.content, flags: callback.body.data?.flags, type: callback.body.type };
}

/** The review items /kb offers for `/kb review dismiss item:` to this user (other people's questions). */
async function itemChoices(user: FakeUser, where: Where): Promise<APIApplicationCommandOptionChoice[]> {
  const callback = await fake.callbackOf(
    fake.autocomplete(user, 'kb', { name: 'item', type: INTEGER, value: '' }, where, [
      { name: 'review', type: GROUP },
      { name: 'dismiss', type: SUBCOMMAND },
    ]),
  );
  return callback.body.data!.choices!;
}

async function declinedQuestion(text: string): Promise<void> {
  const guild = fake.guilds[1];
  const msg = fake.postMessage({ author: fake.createUser('asker'), guild, content: fake.mention(text), mentions: [fake.botUser] });
  const reply = await fake.replyTo(msg);
  expect(reply.body.embeds![0]!.author!.name).toMatch(/Not in the article|Not sure what you mean/);
}

const forgedForm = (user: FakeUser, where: Where) =>
  fake.submitModal(user, 'factbot-kb:entry-edit:00000000:horse-train', { 'title.nb': 'x', 'answer.nb': 'x', 'title.en': 'x', 'answer.en': 'x' }, where);

describe('/kb access', () => {
  it("default configuration (no admin role): members with roles are refused everywhere; the admin server's managers are not; other servers are refused", async () => {
    const [newsroom, readers] = fake.guilds;
    const bot = await start({ FACTBOT_ADMIN_GUILDS: newsroom.id });
    expect(bot.logs.find((l) => l.json?.msg === '/kb is on in the admin servers')?.json).toMatchObject({ adminGuilds: [newsroom.id] });
    await declinedQuestion('Who painted the locomotive green and why?');

    // A member with several roles (one of them the guild's "members" role) and no admin role configured.
    const member = fake.createUser('roleful-member');
    const withRoles: Where = { guild: newsroom, roles: [newsroom.roles.members, newsroom.roles.bot, fake.ids.next()] };
    expect(await content(entriesList(member, withRoles))).toMatchObject({ flags: EPHEMERAL, content: t('kb.refused', 'en') });
    expect(await content(forgedForm(member, withRoles))).toMatchObject({ flags: EPHEMERAL, content: t('kb.refused', 'en') });
    // The queue is not empty (the admin sees the question) …
    const editor = fake.createUser('newsroom-editor');
    const seen = await itemChoices(editor, manager(newsroom));
    expect(seen.map((c) => c.name).join('\n')).toContain('painted the locomotive green');
    // … and the member gets nothing of it.
    expect(await itemChoices(member, withRoles)).toEqual([]);

    // Managers of another server the bot is in: refused on every entry point, told why.
    const outsider = fake.createUser('readers-owner');
    const elsewhere = { ...manager(readers), roles: [readers.roles.members] };
    expect(await content(entriesList(outsider, elsewhere))).toMatchObject({ flags: EPHEMERAL, content: t('kb.refusedServer', 'en') });
    expect(await content(forgedForm(outsider, elsewhere))).toMatchObject({ flags: EPHEMERAL, content: t('kb.refusedServer', 'en') });
    expect(await itemChoices(outsider, elsewhere)).toEqual([]);
    const somewhere = fake.postMessage({ author: outsider, guild: readers, content: 'hello' });
    expect(await content(fake.clickButton(outsider, somewhere, 'factbot-kb:undo:1', elsewhere))).toMatchObject({
      flags: EPHEMERAL,
      content: t('kb.refusedServer', 'en'),
    });

    const allowed = await content(entriesList(editor, manager(newsroom)));
    expect(allowed.content ?? '').not.toContain(t('kb.refused', 'en'));
    const refusals = bot.logs.filter((l) => String(l.json?.msg).startsWith('kb refused'));
    expect(refusals.map((l) => l.json!.reason)).toEqual(['notAdmin', 'notAdmin', 'otherServer', 'otherServer', 'otherServer']);
  });

  it('an admin role counts only as itself, only in the admin server', async () => {
    const [newsroom, readers] = fake.guilds;
    const adminRole = newsroom.roles.members;
    await start({ FACTBOT_ADMIN_GUILDS: newsroom.id, FACTBOT_ADMIN_ROLE: adminRole });
    await declinedQuestion('Which orchestra played at the border station?');
    const member = fake.createUser('other-roles');
    const otherRoles: Where = { guild: newsroom, roles: [newsroom.roles.bot, newsroom.roles.everyone] };
    expect(await content(entriesList(member, otherRoles))).toMatchObject({ content: t('kb.refused', 'en') });
    expect(await itemChoices(member, otherRoles)).toEqual([]);
    const roleAdmin = fake.createUser('role-admin');
    const asRoleAdmin: Where = { guild: newsroom, roles: [newsroom.roles.bot, adminRole] };
    expect((await itemChoices(roleAdmin, asRoleAdmin)).map((c) => c.name).join('\n')).toContain('orchestra');
    // The same role id in another server means nothing there.
    expect(await itemChoices(roleAdmin, { guild: readers, roles: [adminRole] })).toEqual([]);
    expect(await content(entriesList(roleAdmin, { guild: readers, roles: [adminRole] }))).toMatchObject({ content: t('kb.refusedServer', 'en') });
  });

  it('without FACTBOT_ADMIN_GUILDS /kb is off: the start-up log says so and even a server owner is refused', async () => {
    const [newsroom] = fake.guilds;
    const bot = await start({ FACTBOT_ADMIN_ROLE: newsroom.roles.members });
    expect(bot.logs.find((l) => String(l.json?.msg).startsWith('/kb is off'))?.json).toMatchObject({ level: 40 });
    const owner = fake.createUser('owner');
    const everything: Where = { guild: newsroom, permissions: '2251799813685247', roles: [newsroom.roles.members] };
    expect(await content(entriesList(owner, everything))).toMatchObject({ flags: EPHEMERAL, content: t('kb.refusedServer', 'en') });
    expect(await content(forgedForm(owner, everything))).toMatchObject({ content: t('kb.refusedServer', 'en') });
    expect(await itemChoices(owner, everything)).toEqual([]);
  });
});
