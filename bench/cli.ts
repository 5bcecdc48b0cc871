/**
 * Whole-process figures for the command line, `ask` as a user runs it (compiled, from dist/), and
 * the same cold start for each contender through bench/cold.ts for comparison.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readEvaluationSet } from '../src/evaluation/evaluation-set.js';
import { CONTENDER_IDS, type ContenderId } from './contenders/index.js';
import { median } from './measure.js';
import { BUILD_DIR, CLI_MAIN, EVAL_DEV, EVAL_TEST, ROOT } from './paths.js';

export interface ProcessTiming {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export interface CliResult {
  /** `node -e 0`: the floor every Node.js process pays on this machine. */
  nodeFloor: ProcessTiming;
  /** `factbot ask --json "…"` with a database that does not exist yet (created, migrated, seeded). */
  askFirstRunMs: number;
  /** `factbot ask --json "…"` on an existing database: the cold start users see. */
  askCold: ProcessTiming;
  /** 1,000 questions on stdin to `factbot ask --json`. */
  batch: { questions: number; wallMs: number; qps: number };
  /** The same cold start and batch for each contender (bench/cold.ts: load, build on data/, answer). */
  contenders: Record<string, { cold: ProcessTiming; batchMs: number } | { error: string }>;
}

const QUESTION = 'Hvem tok satellittbildene av toget?';

export async function measureCli(log: (msg: string) => void, only: readonly ContenderId[] = CONTENDER_IDS): Promise<CliResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbot-bench-cli-'));
  try {
    const db = path.join(dir, 'factbot.db');
    const env = { ...process.env, FACTBOT_DB: db, LOG_LEVEL: 'silent' };
    const questions = batchQuestions(1000);
    const questionFile = path.join(dir, 'questions.txt');
    fs.writeFileSync(questionFile, `${questions.join('\n')}\n`);

    log('node -e 0 (the floor of any Node.js process) ×5…');
    const nodeFloor = await repeat(5, () => run(process.execPath, ['-e', '0'], env));

    log('factbot ask, first run (creates and seeds the database)…');
    const first = await run(process.execPath, [CLI_MAIN, 'ask', '--json', QUESTION], env);
    checkJsonLines(first.stdout, 1, 'factbot ask');
    log(`factbot ask --json "${QUESTION}" from a cold start ×10…`);
    const askCold = await repeat(10, async () => {
      const r = await run(process.execPath, [CLI_MAIN, 'ask', '--json', QUESTION], env);
      checkJsonLines(r.stdout, 1, 'factbot ask');
      return r;
    });

    log(`factbot ask --json with ${questions.length} questions on stdin…`);
    const batchRun = await run(process.execPath, [CLI_MAIN, 'ask', '--json'], env, `${questions.join('\n')}\n`);
    checkJsonLines(batchRun.stdout, questions.length, 'factbot ask (batch)');

    const contenders: CliResult['contenders'] = {};
    for (const id of only) {
      log(`${id}: cold start (load, build on data/, one answer) ×3, then ${questions.length} questions…`);
      try {
        const cold = await repeat(3, async () => {
          const r = await run(process.execPath, [path.join(BUILD_DIR, 'bench', 'cold.js'), id, questionFile, '1'], env);
          checkJsonLines(r.stdout, 1, `${id} cold`);
          return r;
        });
        const batch = await run(process.execPath, [path.join(BUILD_DIR, 'bench', 'cold.js'), id, questionFile, String(questions.length)], env);
        checkJsonLines(batch.stdout, questions.length, `${id} batch`);
        contenders[id] = { cold, batchMs: batch.ms };
      } catch (error) {
        contenders[id] = { error: (error as Error).message };
      }
    }
    return {
      nodeFloor,
      askFirstRunMs: first.ms,
      askCold,
      batch: { questions: questions.length, wallMs: batchRun.ms, qps: questions.length / (batchRun.ms / 1000) },
      contenders,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The evaluation questions (test then dev), repeated until there are `n`. */
function batchQuestions(n: number): string[] {
  const pool = [...readEvaluationSet(EVAL_TEST), ...readEvaluationSet(EVAL_DEV)].map((i) => i.q.replace(/[\r\n]+/g, ' ')).filter((q) => q.trim());
  return Array.from({ length: n }, (_, i) => pool[i % pool.length]!);
}

interface Run {
  ms: number;
  stdout: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0)
        reject(new Error(`${path.basename(args[0] ?? cmd)} exited ${code}: ${Buffer.concat(err).toString().trim().split('\n').slice(-3).join(' | ')}`));
      else resolve({ ms, stdout: Buffer.concat(out).toString() });
    });
    child.stdin.end(stdin ?? '');
  });
}

async function repeat(n: number, once: () => Promise<Run>): Promise<ProcessTiming> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) ms.push((await once()).ms);
  return { runs: n, medianMs: median(ms), minMs: Math.min(...ms), maxMs: Math.max(...ms) };
}

function checkJsonLines(stdout: string, expected: number, what: string): void {
  const lines = stdout.split('\n').filter(Boolean);
  if (lines.length !== expected) throw new Error(`${what}: expected ${expected} JSON lines on stdout, got ${lines.length}`);
  for (const line of lines) JSON.parse(line);
}
