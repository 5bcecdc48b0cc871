import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskAccess } from '../../src/desk/auth/desk-access.js';
import { DiscordOAuthClient } from '../../src/desk/auth/discord-oauth-client.js';
import { FakeDiscord, type FakeUser } from '../support/fake-discord/index.js';
import { MANAGE_GUILD } from '../support/fake-discord/fake-discord.js';

const ADMIN_ROLE = '515151515151515151';
const ADMINISTRATOR = String(1 << 3);

/** Who may use the desk, decided from Discord's OAuth2 answers (the test Discord's). */
describe('desk access rule', () => {
  let discord: FakeDiscord;
  let client: DiscordOAuthClient;
  const redirectUri = 'http://127.0.0.1:9/auth/discord/callback';

  beforeEach(async () => {
    discord = await FakeDiscord.start();
    client = new DiscordOAuthClient({ apiBase: discord.apiBase, clientId: discord.applicationId, clientSecret: discord.oauth.clientSecret, redirectUri });
  });
  afterEach(async () => {
    await discord.stop();
  });

  /** Logs `user` in as a browser would: authorize page, then the code for a token. */
  const tokenOf = async (user: FakeUser): Promise<string> => {
    discord.oauth.authorizeAs(user);
    const approve = await fetch(client.authorizeUrl('s'), { redirect: 'manual' });
    const code = new URL(approve.headers.get('location')!).searchParams.get('code')!;
    return client.exchangeCode(code);
  };
  const access = async (user: FakeUser, adminRole?: string) =>
    deskAccess(client, await tokenOf(user), { adminGuilds: [discord.guilds[0].id], adminRoleId: adminRole });

  it('grants Manage Server or Administrator in an admin server, and the admin role there', async () => {
    const manager = discord.createUser('manager');
    discord.oauth.setMembership(manager, { guild: discord.guilds[0], permissions: MANAGE_GUILD, roles: [] });
    expect(await access(manager)).toBe(discord.guilds[0].id);

    const administrator = discord.createUser('administrator');
    discord.oauth.setMembership(administrator, { guild: discord.guilds[0], permissions: ADMINISTRATOR, roles: [] });
    expect(await access(administrator)).toBe(discord.guilds[0].id);

    const moderator = discord.createUser('moderator');
    discord.oauth.setMembership(moderator, { guild: discord.guilds[0], permissions: '0', roles: [ADMIN_ROLE] });
    expect(await access(moderator, ADMIN_ROLE)).toBe(discord.guilds[0].id);
    expect(await access(moderator)).toBeNull();
  });

  it('refuses rights held only in other servers, and plain members', async () => {
    const elsewhere = discord.createUser('elsewhere');
    discord.oauth.setMembership(elsewhere, { guild: discord.guilds[1], permissions: MANAGE_GUILD, roles: [ADMIN_ROLE] });
    expect(await access(elsewhere, ADMIN_ROLE)).toBeNull();

    const member = discord.createUser('member');
    discord.oauth.setMembership(member, { guild: discord.guilds[0], permissions: '1115136', roles: [] });
    expect(await access(member, ADMIN_ROLE)).toBeNull();
  });

  it('does not exchange a code with the wrong secret', async () => {
    const user = discord.createUser('someone');
    discord.oauth.authorizeAs(user);
    const approve = await fetch(client.authorizeUrl('s'), { redirect: 'manual' });
    const code = new URL(approve.headers.get('location')!).searchParams.get('code')!;
    const wrong = new DiscordOAuthClient({ apiBase: discord.apiBase, clientId: discord.applicationId, clientSecret: 'not-the-secret', redirectUri });
    await expect(wrong.exchangeCode(code)).rejects.toThrow(/HTTP 401/);
  });
});
