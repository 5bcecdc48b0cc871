import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import type { HealthReport } from '../../src/ops/health.js';
import { botEnv, removeTempDbs, spawnBot, startShardedBot, tempDbFile, type SpawnedBot } from '../support/bot-harness.js';
import { FakeDiscord, type FakeGuild } from '../support/fake-discord/index.js';

interface Reply {
  status: number;
  type: string;
  body: string;
}

async function get(port: number, path: string, method = 'GET'): Promise<Reply> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { method });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

/** The value of one Prometheus sample line, e.g. `factbot_questions_total{surface="mention",…}`; 0 when absent. */
function sample(metrics: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = metrics.split('\n').find((l) => {
    if (!l.startsWith(`${name}{`) && !l.startsWith(`${name} `)) return false;
    const labelText = l.startsWith(`${name}{`) ? l.slice(name.length + 1, l.indexOf('}')) : '';
    const have = labelText ? labelText.split(',') : [];
    return wanted.every((w) => have.includes(w)) && have.length === wanted.length;
  });
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

/** `node dist/ops/healthcheck.js` as the container runs it; its exit code. */
function healthcheck(port: number): Promise<number | null> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'ops', 'healthcheck.js')], {
    env: { PATH: process.env.PATH ?? '', FACTBOT_HTTP_PORT: String(port), FACTBOT_HTTP_HOST: '0.0.0.0' },
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.on('close', resolve));
}

async function portOf(bot: SpawnedBot): Promise<number> {
  const line = await bot.logs.waitFor((l) => l.json?.msg === 'health and metrics listening', 'the health server', 60_000);
  expect(line.json!.host).toBe('127.0.0.1');
  return line.json!.port as number;
}

// The real bot (`node dist/main.js`) against the fake Discord, with FACTBOT_HTTP_PORT=0 (a free
// port, read from its log), asked over real HTTP.
describe('health and metrics over HTTP', { timeout: 120_000 }, () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.stop();
    removeTempDbs();
  });

  const mention = (guild: FakeGuild, name: string, text: string) =>
    fake.postMessage({ author: fake.createUser(name), guild, content: fake.mention(text), mentions: [fake.botUser] });

  it('one process: /healthz is 200 when all is well, 503 naming the database when it is gone, and recovers; /metrics counts questions, latency, rate limits, reconnects', async () => {
    const bot = spawnBot(botEnv(fake, tempDbFile(), { FACTBOT_HTTP_PORT: '0', FACTBOT_RATE_LIMIT: '2', FACTBOT_BACKUP_EVERY: '2h', FACTBOT_BACKUP_KEEP: '5' }));
    try {
      const port = await portOf(bot);
      // The backup schedule is started with the bot (its ticks are tested in test/admin/backup-schedule.test.ts).
      expect((await bot.logs.waitFor((l) => l.json?.msg === 'backups scheduled', 'the backup schedule')).json).toMatchObject({ everyMinutes: 120, keep: 5 });
      await bot.logs.waitFor((l) => l.json?.msg === 'bot ready', 'bot ready', 60_000);

      const healthy = await get(port, '/healthz');
      expect(healthy.status).toBe(200);
      expect(healthy.type).toContain('application/json');
      const report = JSON.parse(healthy.body) as HealthReport;
      expect(report).toMatchObject({
        status: 'ok',
        reasons: [],
        database: { ok: true, revision: expect.any(Number) },
        engine: { ok: true, revision: expect.any(Number) },
        gateway: { ok: true, shards: [{ id: 0, status: 'Ready', connected: true }] },
      });

      const guild = fake.guilds[0];
      const answered = mention(guild, 'asker-1', 'Did the train carry horses?');
      await fake.replyTo(answered);
      const declined = mention(guild, 'asker-2', 'What is the capital of Australia?');
      await fake.replyTo(declined);
      // The third question within the window from one member is refused (FACTBOT_RATE_LIMIT=2).
      const limited = fake.createUser('asker-3');
      for (const text of ['Hvem tok satellittbildene?', 'Hva sier Nord-Korea?', 'Hvem er John Kirby?'])
        await fake.replyTo(fake.postMessage({ author: limited, guild, content: fake.mention(text), mentions: [fake.botUser] }));

      // A dropped connection: discord.js resumes, and the reconnect is counted.
      const session = fake.gateway.session(0)!;
      const before = fake.gateway.events.items.length;
      fake.gateway.disconnect(0, 4000);
      await fake.gateway.events.waitFor((e) => e.type === 'resume' && e.sessionId === session.id && fake.gateway.events.items.indexOf(e) >= before, 'a resume');
      await bot.logs.waitFor((l) => l.json?.msg === 'shard resumed', 'the resumed log');

      const metrics = await get(port, '/metrics');
      expect(metrics.status).toBe(200);
      expect(metrics.type).toContain('text/plain');
      const m = metrics.body;
      expect(sample(m, 'factbot_questions_total', { surface: 'mention', lang: 'en', outcome: 'answered' })).toBe(1);
      expect(sample(m, 'factbot_questions_total', { surface: 'mention', lang: 'en', outcome: 'declined' })).toBe(1);
      expect(sample(m, 'factbot_questions_total', { surface: 'mention', lang: 'nb', outcome: 'answered' })).toBe(2);
      expect(sample(m, 'factbot_answer_seconds_count', { surface: 'mention' })).toBe(4);
      expect(sample(m, 'factbot_answer_seconds_bucket', { surface: 'mention', le: '+Inf' })).toBe(4);
      expect(sample(m, 'factbot_rate_limited_total', { surface: 'mention' })).toBe(1);
      expect(sample(m, 'factbot_gateway_reconnects_total', { shard: '0' })).toBe(1);
      expect(sample(m, 'factbot_gateway_connected', { shard: '0' })).toBe(1);
      expect(sample(m, 'factbot_kb_revision')).toBe(report.engine.revision);
      expect(m).toContain('# TYPE factbot_engine_rebuild_seconds histogram');
      expect(m).toContain('# TYPE factbot_errors_total counter');
      expect(m).toContain('factbot_process_resident_memory_bytes');

      // The database file goes away (a lost volume): 503 naming it; back: 200.
      const moved = `${bot.dbFile}.away`;
      fs.renameSync(bot.dbFile, moved);
      const broken = await get(port, '/healthz');
      expect(broken.status).toBe(503);
      expect(JSON.parse(broken.body)).toMatchObject({ status: 'unavailable', database: { ok: false }, reasons: [expect.stringMatching(/^database: /)] });
      fs.renameSync(moved, bot.dbFile);
      expect((await get(port, '/healthz')).status).toBe(200);

      expect((await get(port, '/')).status).toBe(404);
      expect((await get(port, '/healthz', 'POST')).status).toBe(405);
      expect((await get(port, '/healthz', 'HEAD')).status).toBe(200);

      // The container's health check (Dockerfile, compose.yaml) agrees.
      expect(await healthcheck(port)).toBe(0);

      // SIGTERM still ends the bot cleanly, server and all.
      await bot.stop();
      expect(await bot.exited).toBe(0);
      await expect(get(port, '/healthz')).rejects.toThrow();
      expect(await healthcheck(port)).toBe(1);
    } finally {
      await bot.stop();
    }
  });

  it('sharded: the manager answers for every shard, adding up their metrics', async () => {
    const bot = await startShardedBot(fake, { FACTBOT_HTTP_PORT: '0' });
    try {
      const port = await portOf(bot);
      const health = JSON.parse((await get(port, '/healthz')).body) as HealthReport;
      expect(health).toMatchObject({ status: 'ok', database: { ok: true }, engine: { ok: true } });
      expect(health.gateway.shards.map((s) => [s.id, s.connected]).sort()).toEqual([
        [0, true],
        [1, true],
      ]);

      // One question on each shard's guild: the manager's /metrics holds both.
      expect(fake.shardOfGuild(fake.guilds[0])).not.toBe(fake.shardOfGuild(fake.guilds[1]));
      for (const [i, guild] of fake.guilds.entries()) await fake.replyTo(mention(guild, `sharded-${i}`, 'Did the train carry horses?'));
      const m = (await get(port, '/metrics')).body;
      expect(sample(m, 'factbot_questions_total', { surface: 'mention', lang: 'en', outcome: 'answered' })).toBe(2);
      expect(sample(m, 'factbot_answer_seconds_count', { surface: 'mention' })).toBe(2);
      expect(sample(m, 'factbot_gateway_connected', { shard: '0' })).toBe(1);
      expect(sample(m, 'factbot_gateway_connected', { shard: '1' })).toBe(1);
      expect(sample(m, 'factbot_kb_revision')).toBe(health.engine.revision);

      // A reconnect in one shard process shows, under that shard's label, in the manager's view.
      const shard = fake.shardOfGuild(fake.guilds[1]);
      const session = fake.gateway.session(shard)!;
      const before = fake.gateway.events.items.length;
      fake.gateway.disconnect(shard, 4000);
      await fake.gateway.events.waitFor((e) => e.type === 'resume' && e.sessionId === session.id && fake.gateway.events.items.indexOf(e) >= before, 'a resume');
      await bot.logs.waitFor((l) => l.json?.msg === 'shard resumed', 'the resumed log');
      const after = (await get(port, '/metrics')).body;
      expect(sample(after, 'factbot_gateway_reconnects_total', { shard: String(shard) })).toBe(1);
      expect(sample(after, 'factbot_gateway_reconnects_total', { shard: String(1 - shard) })).toBe(0);
    } finally {
      await bot.stop();
    }
  });
});
