import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAdminDb } from '../support/admin-db.js';
import { useBrowser } from '../support/browser.js';
import { recordAsked } from '../support/desk-data.js';
import { CookieClient, freePort, useDeskProcesses, type DeskProcess } from '../support/desk-process.js';
import { FakeDiscord } from '../support/fake-discord/index.js';
import { MANAGE_GUILD } from '../support/fake-discord/fake-discord.js';

const ADMIN_ROLE = '424242424242424242';

/** "Log in with Discord" in a real browser against the test Discord's OAuth2 endpoints. */
describe('desk in the browser: log in with Discord', { timeout: 90_000 /* real processes and browser on two shared cores */ }, () => {
  const db = useAdminDb();
  const startDesk = useDeskProcesses();
  const browser = useBrowser();
  let discord: FakeDiscord;

  beforeEach(async () => {
    discord = await FakeDiscord.start();
  });
  afterEach(async () => {
    await discord.stop();
  });

  const start = async (file: string): Promise<DeskProcess> => {
    const port = await freePort();
    return startDesk(
      {
        FACTBOT_DB: file,
        DISCORD_API_BASE: discord.apiBase,
        DISCORD_APPLICATION_ID: discord.applicationId,
        FACTBOT_DESK_CLIENT_SECRET: discord.oauth.clientSecret,
        FACTBOT_DESK_URL: `http://127.0.0.1:${port}`,
        FACTBOT_ADMIN_GUILDS: discord.guilds[0].id,
        FACTBOT_ADMIN_ROLE: ADMIN_ROLE,
        FACTBOT_DESK_RECHECK_SECONDS: '1',
      },
      port,
    );
  };

  it('lets in a Manage Server member of an admin server, attributes changes to them, and ends the session when the right goes', async () => {
    const file = db.file();
    recordAsked(file, [{ question: 'Was the train painted green?', lang: 'en' }]);
    const desk = await start(file);
    const editor = discord.createUser('editor');
    discord.oauth.setMembership(editor, { guild: discord.guilds[0], permissions: MANAGE_GUILD, roles: [] });
    discord.oauth.authorizeAs(editor);

    const page = await (await browser()).newPage();
    await page.goto(`${desk.base}/review`);
    await page.getByRole('link', { name: 'Log in with Discord' }).click();
    await page.waitForURL(`${desk.base}/review`);
    expect(await page.locator('header .who').textContent()).toBe('editor');

    await page.locator('li.review-item').first().getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('.notice').textContent()).toBe('Dismissed.');
    await page.goto(`${desk.base}/history`);
    const change = page.locator('li.change').first();
    expect(await change.locator('.who').textContent()).toBe(`discord:${editor.id}`);
    expect(await change.locator('.tag').first().textContent()).toBe('desk');
    // The token exchange and lookups went to the (test) Discord API.
    expect(discord.rest.calls.items.some((c) => c.path === '/oauth2/token' && c.status === 200)).toBe(true);

    // Manage Server taken away: at the next check (every second here) the session ends.
    discord.oauth.setMembership(editor, { guild: discord.guilds[0], permissions: '0', roles: [] });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const response = await page.goto(`${desk.base}/entries`);
    expect(response!.status()).toBe(403);
    expect(await page.locator('.message').textContent()).toContain('Your access to the desk has ended');
    await page.goto(`${desk.base}/entries`);
    await page.waitForURL(/\/login/);
  });

  it('lets in the admin role, and refuses Manage Server in a server that is not an admin server', async () => {
    const desk = await start(db.file());
    const context = await browser();
    const page = await context.newPage();

    const outsider = discord.createUser('outsider');
    discord.oauth.setMembership(outsider, { guild: discord.guilds[1], permissions: MANAGE_GUILD, roles: [] });
    discord.oauth.setMembership(outsider, { guild: discord.guilds[0], permissions: '0', roles: [] });
    discord.oauth.authorizeAs(outsider);
    await page.goto(`${desk.base}/login`);
    await page.getByRole('link', { name: 'Log in with Discord' }).click();
    expect(await page.locator('h1').textContent()).toBe('No access');
    expect(await page.locator('.message').textContent()).toContain('outsider, you are logged in with Discord, but this desk is only for');
    expect((await page.goto(`${desk.base}/entries`))!.url()).toMatch(/\/login/);

    const moderator = discord.createUser('moderator');
    discord.oauth.setMembership(moderator, { guild: discord.guilds[0], permissions: '0', roles: [ADMIN_ROLE] });
    discord.oauth.authorizeAs(moderator);
    await page.goto(`${desk.base}/login`);
    await page.getByRole('link', { name: 'Log in with Discord' }).click();
    await page.waitForURL(`${desk.base}/`);
    expect(await page.locator('header .who').textContent()).toBe('moderator');
  });

  it('refuses a callback whose state it did not issue', async () => {
    const desk = await start(db.file());
    const client = new CookieClient(desk.base);
    const forged = await client.get('/auth/discord/callback?code=abc&state=not-mine');
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('could not be verified');
  });
});
