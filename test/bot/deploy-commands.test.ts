import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands, DeployNotConfiguredError } from '../../src/bot/deploy-commands.js';
import { BOT_PERMISSIONS, inviteUrl } from '../../src/bot/invite-url.js';
import { isTokenRejected } from '../../src/bot/run-bot.js';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { botEnv, removeTempDbs, tempDbFile } from '../support/bot-harness.js';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import type { RestCall } from '../support/fake-discord/fake-rest.js';

/** A command or option as the bot registers it, with the fields these tests read (subcommands nest options). */
interface Registered {
  name: string;
  type: number;
  options?: Registered[];
}

/** The commands a PUT registers (the one request whose body is an array). */
const commandsOf = (call: RestCall): Registered[] => call.body as unknown as Registered[];

const t = createTranslator();

function run(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'bot', script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('deploy-commands', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.stop();
    removeTempDbs();
  });
  const config = (guildId?: string, adminGuilds: string[] = []) => ({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_GUILD_ID: guildId,
    DISCORD_API_BASE: fake.apiBase,
    FACTBOT_ADMIN_GUILDS: adminGuilds,
  });
  const puts = () => fake.rest.calls.filter((c) => c.method === 'PUT');

  it('PUTs the localized commands to one guild when DISCORD_GUILD_ID is set; /kb only to an admin server', async () => {
    const guild = fake.guilds[0];
    expect(await deployCommands(config(guild.id, [guild.id]), t)).toEqual([{ scope: 'guild', guildId: guild.id, count: 7 }]);
    const call = fake.rest.calls.items.at(-1)!;
    expect(call.method).toBe('PUT');
    expect(call.path).toBe(`/applications/${fake.applicationId}/guilds/${guild.id}/commands`);
    expect(call.authorization).toBe(`Bot ${fake.token}`);
    const factcheck = commandsOf(call).find((c) => c.name === 'factcheck');
    expect(factcheck).toMatchObject({
      type: 1,
      name_localizations: { no: 'faktasjekk' },
      description_localizations: { no: expect.stringContaining('Faktasjekk') },
      options: [
        { name: 'question', name_localizations: { no: 'spørsmål' }, type: 3, required: true },
        { name: 'private', name_localizations: { no: 'privat' }, type: 5, required: false },
      ],
    });
    expect(commandsOf(call).find((c) => c.type === 3)).toMatchObject({
      name: 'Fact-check this message',
      name_localizations: { no: 'Faktasjekk denne meldingen' },
    });
    expect(commandsOf(call).find((c) => c.name === 'fact')?.options?.[0]).toMatchObject({ name: 'entry', autocomplete: true });
    // The admins' group: Manage Server by default (the bot checks again), servers only, in Norwegian too.
    const kb = commandsOf(call).find((c) => c.name === 'kb');
    expect(kb).toMatchObject({
      type: 1,
      default_member_permissions: '32',
      contexts: [0],
      name_localizations: { no: 'kunnskapsbase' },
      description_localizations: { no: expect.stringContaining('kunnskapsbasen') },
    });
    const entries = kb?.options?.find((o) => o.name === 'entries');
    expect(entries).toMatchObject({ type: 2, name_localizations: { no: 'oppføringer' } });
    expect(entries?.options?.map((o) => o.name)).toEqual(['list', 'show', 'add', 'edit', 'retire', 'restore']);
    expect(entries?.options?.find((o) => o.name === 'edit')?.options).toEqual([
      expect.objectContaining({ name: 'entry', name_localizations: { no: 'oppføring' }, autocomplete: true, required: true }),
      expect.objectContaining({
        name: 'status',
        required: false,
        choices: expect.arrayContaining([{ name: 'Unproven', name_localizations: { no: 'Ubekreftet' }, value: 'unproven' }]),
      }),
      expect.objectContaining({ name: 'sources', required: false }),
    ]);
    expect(kb?.options?.find((o) => o.name === 'import')?.options?.[0]).toMatchObject({ type: 11, name: 'file', name_localizations: { no: 'fil' } });
  });

  it("PUTs the members' commands globally and /kb only to the admin servers; without FACTBOT_ADMIN_GUILDS /kb goes nowhere", async () => {
    const [newsroom, readers] = fake.guilds;
    const before = puts().length;
    expect(await deployCommands(config(undefined, [newsroom.id]), t)).toEqual([
      { scope: 'global', count: 6 },
      { scope: 'guild', guildId: newsroom.id, count: 1 },
    ]);
    const [global, admin] = puts().slice(before);
    expect(global!.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(commandsOf(global!).map((c) => c.name)).not.toContain('kb');
    expect(admin!.path).toBe(`/applications/${fake.applicationId}/guilds/${newsroom.id}/commands`);
    expect(commandsOf(admin!).map((c) => c.name)).toEqual(['kb']);
    expect(
      puts()
        .slice(before)
        .some((c) => c.path.includes(readers.id)),
    ).toBe(false);
    // Development: members' commands to one server, /kb to it and to the admin servers.
    const dev = await deployCommands(config(readers.id, [newsroom.id]), t);
    expect(dev).toEqual([
      { scope: 'guild', guildId: readers.id, count: 6 },
      { scope: 'guild', guildId: newsroom.id, count: 1 },
    ]);
    expect(await deployCommands(config(), t)).toEqual([{ scope: 'global', count: 6 }]);
    expect(commandsOf(puts().at(-1)!).map((c) => c.name)).not.toContain('kb');
  });

  it('needs the application id and token', async () => {
    await expect(deployCommands({ ...config(), DISCORD_APPLICATION_ID: undefined }, t)).rejects.toBeInstanceOf(DeployNotConfiguredError);
    const refused = await deployCommands({ ...config(), DISCORD_TOKEN: 'x'.repeat(40) }, t).catch((e: unknown) => e);
    expect(isTokenRejected(refused)).toBe(true);
  });

  it('runs as `npm run deploy-commands` (dist/bot/deploy-commands.js): deploys and prints the invite link', async () => {
    const env = botEnv(fake, tempDbFile(), { DISCORD_GUILD_ID: fake.guilds[1].id });
    const ok = await run('deploy-commands.js', env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`Deployed 6 commands to the server ${fake.guilds[1].id}.`);
    expect(ok.stdout).toContain('/kb was deployed nowhere: set FACTBOT_ADMIN_GUILDS');
    const admins = await run('deploy-commands.js', { ...env, FACTBOT_ADMIN_GUILDS: fake.guilds[0].id });
    expect(admins.stdout).toContain(`Deployed 1 commands to the server ${fake.guilds[0].id}.`);
    expect(admins.stdout).not.toContain('deployed nowhere');
    expect(ok.stdout).toContain(inviteUrl(fake.applicationId));
  });
});

describe('the invite link', () => {
  it('asks for exactly the bot and applications.commands scopes and the five permissions the bot uses', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channel 1024 + Send Messages 2048 + Embed Links 16384 + Read Message History 65536
    // + Send Messages in Threads 274877906944
    expect(url.searchParams.get('permissions')).toBe(String(1024 + 2048 + 16384 + 65536 + 274877906944));
    expect(Object.keys(BOT_PERMISSIONS)).toHaveLength(5);
  });
});
