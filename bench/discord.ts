/**
 * The Discord path: message event to REST reply through the local Discord, p50/p99 over 500
 * questions. The measurement is the bot's own (issue 4): test/support/discord-latency.ts, run by
 * test/bench/discord-latency.measure.ts under vitest (`npm run latency:discord`), with the real
 * discord.js client, the bot as `node dist/main.js` and a real SQLite file, one question at a time,
 * each a mention that always gets a reply. The same run measures the floor: a bare discord.js bot
 * that replies a fixed embed (bench/floor-bot.ts), half the questions before factbot and half
 * after, so factbot's p50 and p99 are read as multiples of what discord.js itself costs here and
 * now. The bench runs it in a child process (bot in production mode only) and reads its JSON
 * result line; until the bot and its harness exist the row says "not measured".
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.js';

export interface DiscordResult {
  status: 'measured' | 'not-measured';
  note: string;
  questions?: number;
  p50Ms?: number;
  p90Ms?: number;
  p99Ms?: number;
  maxMs?: number;
  meanMs?: number;
  /** The bot's own view (its log's latencyMs: event handled to reply acknowledged). */
  botP50Ms?: number;
  botP99Ms?: number;
  /** The bare discord.js bot in the same run; p50Ratio and p99Ratio are factbot's figures over its. */
  floor?: { questions: number; p50Ms: number; p90Ms: number; p99Ms: number; maxMs: number; meanMs: number; p50Ratio: number; p99Ratio: number };
}

const MEASURE = 'test/bench/discord-latency.measure.ts';
const CONFIG = 'test/bench/vitest.latency.config.ts';
const VITEST = 'node_modules/vitest/vitest.mjs';

export function discordReadiness(): { botBuilt: boolean; harness: boolean } {
  const startBot = path.join(ROOT, 'src', 'bot', 'start-bot.ts');
  const botBuilt = fs.existsSync(startBot) && !/not built yet/.test(fs.readFileSync(startBot, 'utf8')) && fs.existsSync(path.join(ROOT, 'dist', 'main.js'));
  const harness = [MEASURE, CONFIG, VITEST, 'test/support/discord-latency.ts', 'bench/.build/bench/floor-bot.js'].every((f) =>
    fs.existsSync(path.join(ROOT, f)),
  );
  return { botBuilt, harness };
}

export async function measureDiscord(log: (msg: string) => void, questions = 500): Promise<DiscordResult> {
  const { botBuilt, harness } = discordReadiness();
  if (!botBuilt || !harness) {
    log(`Discord path: ${!botBuilt ? 'the bot is not built yet' : 'no local-Discord latency harness (test/support/discord-latency.ts) yet'}: not measured`);
    return { status: 'not-measured', note: 'not measured (bot not built yet)' };
  }
  log(`Discord path: ${MEASURE} (local Discord + \`node dist/main.js\`), ${questions} questions…`);
  const env = { ...process.env, LATENCY_QUESTIONS: String(questions), LATENCY_MODES: 'process', LATENCY_FLOOR: '1' };
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [VITEST, 'run', '--config', CONFIG], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve({ code: c, stdout: out, stderr: err });
    });
  });
  const result = stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('{') && line.includes('"mode"'))
    .map((line) => {
      try {
        return JSON.parse(line) as Omit<DiscordResult, 'status' | 'note'> & { mode: string };
      } catch {
        return undefined;
      }
    })
    .find((r) => r?.mode === 'process');
  if (!result || result.p99Ms === undefined) {
    const why = `${MEASURE} gave no result (exit ${code}): ${(stderr || stdout).trim().split('\n').slice(-3).join(' | ')}`;
    log(`Discord path: ${why}`);
    return { status: 'not-measured', note: `not measured: ${why}` };
  }
  const floor = result.floor
    ? `; floor bot p50 ${result.floor.p50Ms} ms, p99 ${result.floor.p99Ms} ms: ${result.floor.p50Ratio}× / ${result.floor.p99Ratio}×`
    : '';
  log(`Discord path: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms over ${result.questions} questions${floor}`);
  const { mode: _mode, ...figures } = result;
  return {
    status: 'measured',
    note: `message event to REST reply, ${result.questions} questions one at a time, bot as \`node dist/main.js\`; the floor (a bare discord.js bot replying a fixed embed, bench/floor-bot.ts) ${result.floor?.questions ?? 0} questions in the same run, half before and half after (${MEASURE})`,
    ...figures,
  };
}
