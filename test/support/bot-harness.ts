import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { createApp, type FactbotApp } from '../../src/app/factbot-app.js';
import { FactBot } from '../../src/bot/factbot-bot.js';
import { loadConfig } from '../../src/config/env.js';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { createLogger } from '../../src/logging/logger.js';
import type { FakeDiscord } from './fake-discord/fake-discord.js';
import { WaitableLog } from './fake-discord/waitable-log.js';

/** One log line of the bot: pino's JSON, or plain text (operator messages). */
export interface LogLine {
  raw: string;
  json?: { level: number; msg: string; [key: string]: unknown };
}

/** The bot running against a fake Discord, in this process or as `node dist/main.js`. */
export interface BotUnderTest {
  readonly mode: 'in-process' | 'sharded';
  readonly dbFile: string;
  readonly logs: WaitableLog<LogLine>;
  /** Opens the bot's database read-only, to check what it stored. */
  readDb(): Database;
  stop(): Promise<void>;
}

/** Env for a bot against `fake`: everything DISCORD_/FACTBOT_ from the caller's env left out. */
export function botEnv(fake: FakeDiscord, dbFile: string, extra: Record<string, string> = {}): Record<string, string> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v !== undefined && !/^(DISCORD_|FACTBOT_|LOG_LEVEL$)/.test(k))) as Record<
    string,
    string
  >;
  return {
    ...clean,
    LANG: 'C',
    LC_ALL: '',
    LC_MESSAGES: '',
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_APPLICATION_ID: fake.applicationId,
    FACTBOT_DB: dbFile,
    FACTBOT_CHANNELS: fake.guilds.map((g) => g.channels.factcheck).join(','),
    FACTBOT_RATE_LIMIT: '5',
    FACTBOT_RATE_WINDOW_SECONDS: '600',
    FACTBOT_SHARD_SPAWN_DELAY_MS: '0',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

const tempDirs = new Set<string>();

/** A database path in a new temp folder (removed by `removeTempDbs`). */
export function tempDbFile(prefix = 'factbot-bot-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return path.join(dir, 'factbot.db');
}

/** Removes the temp folders made by `tempDbFile` (call once the bots using them have stopped). */
export function removeTempDbs(): void {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

function openReadOnly(file: string): Database {
  return new BetterSqlite3(file, { readonly: true, fileMustExist: true });
}

function pushLine(logs: WaitableLog<LogLine>, raw: string): void {
  if (!raw.trim()) return;
  let json: LogLine['json'];
  try {
    json = JSON.parse(raw) as LogLine['json'];
  } catch {
    json = undefined;
  }
  logs.push({ raw, ...(json ? { json } : {}) });
}

/** The bot in this process: the real FactBot, engine and SQLite file, logs captured in memory. */
export async function startInProcessBot(fake: FakeDiscord, extraEnv: Record<string, string> = {}): Promise<BotUnderTest & { bot: FactBot; app: FactbotApp }> {
  const dbFile = tempDbFile();
  const config = loadConfig(botEnv(fake, dbFile, extraEnv));
  const logs = new WaitableLog<LogLine>();
  const logger = createLogger(config.LOG_LEVEL, { write: (line: string) => pushLine(logs, line) });
  const app = createApp(config, { engine: { prepare: true } });
  const bot = new FactBot({ config, app, logger });
  try {
    await bot.start();
  } catch (error) {
    await bot.stop(0);
    app.close();
    throw error;
  }
  return {
    mode: 'in-process',
    dbFile,
    logs,
    bot,
    app,
    readDb: () => openReadOnly(dbFile),
    async stop() {
      await bot.stop(5000);
      app.close();
    },
  };
}

export interface SpawnedBot extends BotUnderTest {
  readonly child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  readonly exited: Promise<number | string>;
  readonly stdout: () => string;
}

/** `node dist/main.js` (what `npm start` runs; or another bot `script`) with the given env; logs parsed from stderr. */
export function spawnBot(
  env: Record<string, string>,
  mode: BotUnderTest['mode'] = 'in-process',
  script = path.join(PROJECT_ROOT, 'dist', 'main.js'),
): SpawnedBot {
  const child = spawn(process.execPath, [script], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs = new WaitableLog<LogLine>();
  let pending = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) pushLine(logs, line);
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      if (pending) pushLine(logs, pending);
      resolve(code ?? signal ?? -1);
    });
  });
  const dbFile = env.FACTBOT_DB!;
  return {
    mode,
    dbFile,
    logs,
    child,
    exited,
    stdout: () => out,
    readDb: () => openReadOnly(dbFile),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The bot under ShardingManager with two shards, ready once every shard is. */
export async function startShardedBot(fake: FakeDiscord, extraEnv: Record<string, string> = {}): Promise<SpawnedBot> {
  const bot = spawnBot(botEnv(fake, tempDbFile(), { FACTBOT_SHARDS: '2', ...extraEnv }), 'sharded');
  await Promise.race([
    bot.logs.waitFor((l) => l.json?.msg === 'all shards ready', 'all shards ready', 85_000),
    bot.exited.then((code) => {
      throw new Error(`the sharded bot exited (${code}) before it was ready:\n${bot.logs.items.map((l) => l.raw).join('\n')}`);
    }),
  ]);
  return bot;
}
