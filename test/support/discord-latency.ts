import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { botEnv, removeTempDbs, spawnBot, startInProcessBot, tempDbFile, type BotUnderTest } from './bot-harness.js';
import { FakeDiscord } from './fake-discord/index.js';

export interface LatencyOptions {
  /** Questions measured (after the warm-up), one at a time. */
  count?: number;
  warmup?: number;
  /**
   * Least time between two questions being sent. discord.js holds a bot to Discord's global limit
   * of 50 REST requests per second, so sending faster measures that queue, not the bot: the
   * default, 25 ms, is 40 questions per second. 0 sends each as soon as the previous is answered.
   */
  intervalMs?: number;
  /** 'process': the bot as `node dist/main.js` (as in production); 'in-process': in this process. */
  mode?: 'process' | 'in-process';
  /**
   * Also measure the floor: a bare discord.js bot replying a fixed embed (bench/floor-bot.ts,
   * compiled to bench/.build), against the same local Discord, half of `count` before factbot and
   * half after, so both see the same machine.
   */
  floor?: boolean;
  log?: (line: string) => void;
}

export interface LatencyFigures {
  questions: number;
  /** From the fake sending MESSAGE_CREATE to it receiving the reply's POST. */
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export interface LatencyResult extends LatencyFigures {
  mode: 'process' | 'in-process';
  intervalMs: number;
  /** The bot's own view (its `latencyMs` log field: event handled to reply acknowledged). */
  botP50Ms?: number;
  botP99Ms?: number;
  /** The bare discord.js bot in the same run, and factbot's p50 and p99 as multiples of its. */
  floor?: LatencyFigures & { p50Ratio: number; p99Ratio: number };
}

export const FLOOR_BOT = path.join(PROJECT_ROOT, 'bench', '.build', 'bench', 'floor-bot.js');

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number) => Math.round(n * 100) / 100;

function figures(samples: number[]): LatencyFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    questions: samples.length,
    p50Ms: round(percentile(sorted, 50)),
    p90Ms: round(percentile(sorted, 90)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? NaN),
    meanMs: round(samples.reduce((a, b) => a + b, 0) / samples.length),
  };
}

/** The evaluation set's questions (both languages, many phrasings), repeated as needed. */
function questions(): string[] {
  const file = path.join(PROJECT_ROOT, 'test', 'eval', 'questions.jsonl');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q)
    .filter((q) => q.trim());
}

/**
 * Message event to REST reply, through the fake Discord with the real discord.js client, engine
 * and SQLite file: each question is a mention in a guild channel (every one gets a reply), sent
 * after the previous reply arrived and at least `intervalMs` after the previous question.
 * Reports percentiles; nothing here is pass or fail.
 */
export async function measureDiscordLatency(options: LatencyOptions = {}): Promise<LatencyResult> {
  const { count = 500, warmup = 30, intervalMs = 25, mode = 'process', floor = false, log = () => {} } = options;
  const fake = await FakeDiscord.start();
  const pool = questions();
  const users = Array.from({ length: 40 }, (_, i) => fake.createUser(`latency-${i}`));
  let asked = 0;
  /** `n` questions (after `warmup` unmeasured ones) to the bot connected now; the samples in ms. */
  const measure = async (n: number, label: string): Promise<number[]> => {
    const guild = fake.guilds[0];
    const samples: number[] = [];
    let last = -Infinity;
    for (let i = 0; i < warmup + n; i++) {
      const wait = last + intervalMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const started = (last = performance.now());
      const msg = fake.postMessage({
        author: users[asked % users.length]!,
        guild,
        content: fake.mention(pool[asked % pool.length]!),
        mentions: [fake.botUser],
      });
      asked += 1;
      const reply = await fake.replyTo(msg);
      if (i >= warmup) samples.push(reply.receivedAt - started);
      if ((i + 1) % 100 === 0) log(`  ${label} ${i + 1}/${warmup + n}`);
    }
    return samples;
  };
  const floorSamples = async (n: number): Promise<number[]> => {
    const bare = spawnBot(botEnv(fake, tempDbFile()), 'in-process', FLOOR_BOT);
    try {
      await bare.logs.waitFor((l) => l.json?.msg === 'bot ready', 'floor bot ready', 60_000);
      return await measure(n, 'floor');
    } finally {
      await bare.stop();
    }
  };
  let bot: BotUnderTest | undefined;
  try {
    if (floor && !fs.existsSync(FLOOR_BOT)) throw new Error(`${FLOOR_BOT} is missing: run tsc -p bench/tsconfig.json`);
    const before = floor ? await floorSamples(Math.ceil(count / 2)) : [];
    const env = { FACTBOT_RATE_LIMIT: '1000', FACTBOT_RATE_WINDOW_SECONDS: '1' };
    if (mode === 'in-process') bot = await startInProcessBot(fake, env);
    else {
      // LATENCY_BOT: another build's main.js (e.g. before a change), measured the same way against the same floor.
      const spawned = spawnBot(botEnv(fake, tempDbFile(), env), 'in-process', process.env.LATENCY_BOT || undefined);
      await spawned.logs.waitFor((l) => l.json?.msg === 'bot ready', 'bot ready', 60_000);
      bot = spawned;
    }
    const samples = await measure(count, 'factbot');
    const botSide = bot.logs
      .filter((l) => l.json?.msg === 'answered')
      .slice(warmup)
      .map((l) => Number(l.json!.latencyMs))
      .sort((a, b) => a - b);
    await bot.stop();
    bot = undefined;
    const after = floor ? await floorSamples(Math.floor(count / 2)) : [];
    const own = figures(samples);
    const bare = floor ? figures([...before, ...after]) : undefined;
    return {
      mode,
      intervalMs,
      ...own,
      ...(botSide.length ? { botP50Ms: round(percentile(botSide, 50)), botP99Ms: round(percentile(botSide, 99)) } : {}),
      ...(bare ? { floor: { ...bare, p50Ratio: round(own.p50Ms / bare.p50Ms), p99Ratio: round(own.p99Ms / bare.p99Ms) } } : {}),
    };
  } finally {
    await bot?.stop();
    await fake.stop();
    removeTempDbs();
  }
}
