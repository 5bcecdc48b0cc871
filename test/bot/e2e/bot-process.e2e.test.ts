import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, removeTempDbs, spawnBot, tempDbFile } from '../../support/bot-harness.js';
import { FakeDiscord } from '../../support/fake-discord/fake-discord.js';

// `node dist/main.js` (what `npm start` runs) as a process of its own: start-up failures and
// shutdown are about the process, its output and its exit code.
describe('the bot as a process', { timeout: 90_000 }, () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.stop();
    removeTempDbs();
  });

  it('a token Discord rejects (401 at login) gives a clear error and exit code 1, without echoing the token', async () => {
    const badToken = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gx-wrong.token-that-is-not-valid';
    // One bot process, and the sharding manager (which checks the token before starting shards).
    const bots = [undefined, '2'].map((shards) =>
      spawnBot(botEnv(fake, tempDbFile(), { DISCORD_TOKEN: badToken, ...(shards ? { FACTBOT_SHARDS: shards } : {}) })),
    );
    for (const bot of bots) {
      expect(await bot.exited).toBe(1);
      const stderr = bot.logs.items.map((l) => l.raw).join('\n');
      expect(stderr).toContain('factbot: Discord rejected the bot token (401 Unauthorized). Check DISCORD_TOKEN');
      expect(stderr).not.toContain(badToken);
    }
    const gatewayCalls = fake.rest.calls.filter((c) => c.path === '/gateway/bot');
    expect(gatewayCalls.length).toBeGreaterThanOrEqual(2);
    expect(gatewayCalls.every((c) => c.status === 401)).toBe(true);
    expect(fake.gateway.events.filter((e) => e.type === 'identify')).toEqual([]);
  });

  it('a missing or malformed variable is named at start-up (exit code 2), its value not echoed', async () => {
    const bot = spawnBot(botEnv(fake, tempDbFile(), { DISCORD_TOKEN: 'short-secret', FACTBOT_CHANNELS: 'general', FACTBOT_RATE_LIMIT: 'lots' }));
    expect(await bot.exited).toBe(2);
    const stderr = bot.logs.items.map((l) => l.raw).join('\n');
    expect(stderr).toContain('Configuration error');
    for (const name of ['DISCORD_TOKEN', 'FACTBOT_CHANNELS', 'FACTBOT_RATE_LIMIT']) expect(stderr).toContain(name);
    expect(stderr).not.toContain('short-secret');
  });

  it('SIGTERM with a reply in flight: the reply is finished, then the bot exits with code 0', async () => {
    const bot = spawnBot(botEnv(fake, tempDbFile()));
    await bot.logs.waitFor((l) => l.json?.msg === 'bot ready', 'bot ready', 60_000);
    const author = fake.createUser('late-asker');
    let target = '';
    const held = fake.rest.hold((c) => c.method === 'POST' && c.body?.message_reference?.message_id === target);
    const msg = fake.postMessage({ author, guild: fake.guilds[0], content: fake.mention('Did the train carry horses?'), mentions: [fake.botUser] });
    target = msg.id;
    await held.arrived; // the bot has sent its reply; Discord has not answered yet
    bot.child.kill('SIGTERM');
    const shuttingDown = await bot.logs.waitFor((l) => l.json?.msg === 'shutting down', 'the shutdown log');
    expect(shuttingDown.json).toMatchObject({ reason: 'SIGTERM', repliesInFlight: 1 });
    expect(bot.child.exitCode).toBeNull();
    held.release();
    expect(await bot.exited).toBe(0);
    const reply = await fake.replyTo(msg);
    expect(reply.status).toBe(200);
    expect(bot.logs.find((l) => l.json?.msg === 'answered')).toBeDefined();
    expect(bot.logs.find((l) => l.json?.msg === 'stopped')?.json).toMatchObject({ exitCode: 0 });
    // The socket was closed by the bot (1000), not dropped.
    expect(fake.gateway.events.filter((e) => e.type === 'closed').at(-1)?.code).toBe(1000);
  });
});
