/**
 * `npm run bench`: factbot's engine against natural's BayesClassifier, NLP.js and SQLite FTS5 BM25
 * on the article's knowledge base and on synthetic archives of 1,000, 10,000 and 100,000 entries; then the
 * command line's whole-process figures and the Discord path. One process per configuration;
 * progress on stderr; the tables on stdout; results in bench/results/latest.json and BENCHMARKS.md.
 *
 * Options (for working on the bench; a partial run writes nothing unless --write):
 *   --scales=article,synthetic-1k,synthetic-10k,synthetic-100k   --contenders=engine,natural-bayes,nlpjs,fts5-bm25
 *   --skip-cli   --skip-discord   --skip-profile   --write
 *   --quick   (the article scale in one process per contender, factbot's own cold `ask`, and the Discord
 *              path with its floor bot over 300 questions; no profile: under 3 minutes, to check a
 *              change; the full run is the record)
 *   --render-only   (re-render BENCHMARKS.md from bench/results/latest.json, e.g. after editing bench/NOTES.md)
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseKnowledgeBase } from '../src/kb/knowledge-base.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import type { EvaluationItem } from '../src/evaluation/evaluation-set.js';
import { measureCli, type CliResult } from './cli.js';
import { CONTENDER_IDS, type ContenderId } from './contenders/index.js';
import { measureDiscord, type DiscordResult } from './discord.js';
import type { WorkerResult } from './measure.js';
import { BUILD_DIR, DATA_DIR, EVAL_DEV, EVAL_TEST, packageVersion, RESULTS_DIR, ROOT } from './paths.js';
import {
  combineRepeats,
  renderMarkdown,
  renderConsole,
  checkTargets,
  type BenchResults,
  type BuiltFigures,
  type ConfigOutcome,
  type Machine,
  type ScaleResult,
} from './report.js';
import { generateArchive } from './synthetic/generate.js';
import type { EngineProfile, ProfileJob } from './profile.js';
import type { WorkerJob } from './worker.js';

interface Scale {
  id: string;
  label: string;
  entries?: number;
  dev?: { answerable: number; declines: number };
  test?: { answerable: number; declines: number };
  /** Test-set rounds per configuration: the article's 396 questions are asked 3 times for enough samples. */
  rounds: number;
  /**
   * Processes per configuration, interleaved across contenders (a, b, c, d, a, b, …) so the shared
   * machine's load falls on all alike; timing and memory figures are the median of the repeats.
   */
  repeats: number;
  /** A configuration still running after this is stopped and reported as not finished. */
  timeoutSec: number;
  /** A shorter limit for the other contenders, where they cannot finish in any useful time. */
  contenderTimeoutSec?: number;
  /** Also time LiveEngine's rebuild after an edit (default: yes). */
  liveRebuild?: boolean;
  /** Also profile the engine here (default: yes). */
  profile?: boolean;
}

const SCALES: readonly Scale[] = [
  { id: 'article', label: 'article (the project’s knowledge base)', rounds: 3, repeats: 3, timeoutSec: 300 },
  {
    id: 'synthetic-1k',
    label: 'synthetic archive, 1,000 entries',
    entries: 1000,
    rounds: 2,
    repeats: 1,
    timeoutSec: 600,
    dev: { answerable: 250, declines: 125 },
    test: { answerable: 700, declines: 350 },
    profile: false,
  },
  {
    id: 'synthetic-10k',
    label: 'synthetic archive, 10,000 entries',
    entries: 10000,
    rounds: 1,
    repeats: 1,
    timeoutSec: 420,
    dev: { answerable: 300, declines: 150 },
    test: { answerable: 800, declines: 400 },
  },
  {
    // The engine gets 15 minutes; the others 2 (at 10,000 entries natural's Bayes took 25 s to train and
    // 40 ms a question, FTS5 28 ms a question, and NLP.js did not finish training in 7 minutes).
    id: 'synthetic-100k',
    label: 'synthetic archive, 100,000 entries',
    entries: 100_000,
    rounds: 1,
    repeats: 1,
    timeoutSec: 900,
    contenderTimeoutSec: 120,
    liveRebuild: false,
    profile: false,
    dev: { answerable: 150, declines: 75 },
    test: { answerable: 800, declines: 400 },
  },
];

const log = (msg: string): void => void process.stderr.write(`${msg}\n`);

function parseArgs(argv: readonly string[]) {
  const get = (name: string) =>
    argv
      .find((a) => a.startsWith(`--${name}=`))
      ?.split('=')[1]
      ?.split(',')
      .filter(Boolean);
  const quick = argv.includes('--quick');
  if (quick) argv = [...argv, '--skip-profile'];
  const scales = get('scales') ?? (quick ? ['article'] : SCALES.map((s) => s.id));
  const contenders = (get('contenders') ?? [...CONTENDER_IDS]) as ContenderId[];
  for (const s of scales) if (!SCALES.some((x) => x.id === s)) throw new Error(`unknown scale ${s}`);
  for (const c of contenders) if (!CONTENDER_IDS.includes(c)) throw new Error(`unknown contender ${c}`);
  const skipCli = argv.includes('--skip-cli');
  const skipDiscord = argv.includes('--skip-discord');
  const full = !quick && scales.length === SCALES.length && contenders.length === CONTENDER_IDS.length && !skipCli && !skipDiscord;
  return {
    argv,
    quick,
    scales,
    contenders,
    skipCli,
    skipDiscord,
    write: full || argv.includes('--write'),
    full,
    // Quick: one process per configuration, the contenders' cold starts left out, fewer Discord questions.
    repeats: (s: Scale) => (quick ? 1 : s.repeats),
    cliContenders: quick ? [] : contenders,
    discordQuestions: quick ? 300 : 500,
  };
}

async function main(): Promise<void> {
  if (process.argv.includes('--render-only')) {
    // Re-renders BENCHMARKS.md from the last results (after editing bench/NOTES.md), running nothing.
    const results = JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, 'latest.json'), 'utf8')) as BenchResults;
    fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), renderMarkdown(results));
    log('re-rendered BENCHMARKS.md from bench/results/latest.json');
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const machine = describeMachine();
  log(`factbot bench on ${machine.cpu} ×${machine.cores}, ${machine.memoryGb} GB, Node ${machine.node}; load average ${machine.loadAverageStart.join(' ')}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factbot-bench-'));
  const chosen = SCALES.filter((s) => args.scales.includes(s.id));
  const configs = chosen.reduce((sum, s) => sum + args.repeats(s) * args.contenders.length, 0);
  let n = 0;
  const scales: ScaleResult[] = [];
  const prepared = new Map<string, ScaleFiles>();
  try {
    for (const scale of chosen) {
      const files = prepareScale(scale, tmp);
      prepared.set(scale.id, files);
      const runs = new Map<ContenderId, ConfigOutcome[]>(args.contenders.map((c) => [c, []]));
      const repeats = args.repeats(scale);
      for (let repeat = 1; repeat <= repeats; repeat++)
        for (const contender of args.contenders) {
          n += 1;
          log(`[${n}/${configs}] ${scale.id} · ${contender}${repeats > 1 ? ` (run ${repeat}/${repeats})` : ''}`);
          const job: WorkerJob = {
            contender,
            scale: scale.id,
            ...(files.kbFile ? { kbFile: files.kbFile } : {}),
            devFile: files.devFile,
            testFile: files.testFile,
            liveRebuild: contender === 'engine' && scale.liveRebuild !== false,
            liveRebuildRuns: scale.entries && scale.entries >= 10_000 ? 3 : 5,
            rounds: scale.rounds,
          };
          const limit = contender === 'engine' ? scale.timeoutSec : (scale.contenderTimeoutSec ?? scale.timeoutSec);
          runs.get(contender)!.push(await runWorker(job, limit));
        }
      const outcomes = args.contenders.map((c) => combineRepeats(runs.get(c)!));
      scales.push({
        id: scale.id,
        label: scale.label,
        entries: files.entries,
        devQuestions: files.dev,
        testQuestions: files.test,
        rounds: scale.rounds,
        repeats,
        outcomes,
      });
    }

    let cli: CliResult | { error: string } | undefined;
    if (!args.skipCli) {
      log('command line: whole-process figures');
      try {
        cli = await measureCli((m) => log(`    ${m}`), args.cliContenders);
      } catch (error) {
        cli = { error: (error as Error).message };
        log(`    failed: ${(error as Error).message}`);
      }
    }
    const discord: DiscordResult = args.skipDiscord
      ? { status: 'not-measured', note: 'not measured (--skip-discord)' }
      : await measureDiscord((m) => log(`    ${m}`), args.discordQuestions);

    const profiles: EngineProfile[] = [];
    if (args.contenders.includes('engine') && !args.argv.includes('--skip-profile')) {
      for (const scale of chosen.filter((s) => s.profile !== false)) {
        log(`profiling the engine (${scale.id}): CPU profile of the build and of the questions (not timed figures)…`);
        const files = prepared.get(scale.id)!;
        const job: ProfileJob = {
          scale: scale.id,
          ...(files.kbFile ? { kbFile: files.kbFile } : {}),
          devFile: files.devFile,
          testFile: files.testFile,
          rounds: scale.entries ? 1 : 10,
        };
        const profile = await runProfile(job, scale.timeoutSec);
        if (profile) profiles.push(profile);
      }
    }

    machine.loadAverageEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
    const results: BenchResults = {
      generatedAt: new Date().toISOString(),
      durationSec: Math.round((Date.now() - started) / 1000),
      complete: args.full,
      machine,
      versions: {
        factbot: packageVersion('factbot'),
        natural: packageVersion('natural'),
        '@nlpjs/basic': packageVersion('@nlpjs/basic'),
        '@nlpjs/lang-no': packageVersion('@nlpjs/lang-no'),
        'better-sqlite3': packageVersion('better-sqlite3'),
      },
      scales,
      profiles,
      ...(cli ? { cli } : {}),
      discord,
      targets: [],
    };
    results.targets = checkTargets(results);
    process.stdout.write(renderConsole(results));
    if (args.write) {
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
      fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), renderMarkdown(results));
      log(`wrote bench/results/latest.json and BENCHMARKS.md (${results.durationSec} s)`);
    } else log(`partial run: nothing written (add --write to write anyway) (${results.durationSec} s)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

interface ScaleFiles {
  kbFile?: string;
  devFile: string;
  testFile: string;
  entries: number;
  dev: number;
  test: number;
}

/** The article uses data/ and test/eval/; a synthetic scale is generated, validated and written to temp files. */
function prepareScale(scale: Scale, tmp: string): ScaleFiles {
  const base = loadSeedFiles(DATA_DIR);
  if (!scale.entries) {
    const count = (f: string) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length;
    return { devFile: EVAL_DEV, testFile: EVAL_TEST, entries: base.entries.length, dev: count(EVAL_DEV), test: count(EVAL_TEST) };
  }
  const t0 = performance.now();
  const archive = generateArchive(base, { entries: scale.entries, ...(scale.dev ? { dev: scale.dev } : {}), ...(scale.test ? { test: scale.test } : {}) });
  parseKnowledgeBase(archive.kb); // the archive is a valid knowledge base (what `kb import` would accept)
  const kbFile = path.join(tmp, `${scale.id}.json`);
  const devFile = path.join(tmp, `${scale.id}-dev.jsonl`);
  const testFile = path.join(tmp, `${scale.id}-test.jsonl`);
  fs.writeFileSync(kbFile, JSON.stringify(archive.kb));
  const jsonl = (items: EvaluationItem[]) => `${items.map((i) => JSON.stringify(i)).join('\n')}\n`;
  fs.writeFileSync(devFile, jsonl(archive.dev));
  fs.writeFileSync(testFile, jsonl(archive.test));
  log(
    `${scale.id}: generated and validated ${scale.entries} entries, ${archive.dev.length} dev and ${archive.test.length} test questions in ${Math.round(performance.now() - t0)} ms`,
  );
  return { kbFile, devFile, testFile, entries: archive.kb.entries.length, dev: archive.dev.length, test: archive.test.length };
}

type WorkerMessage =
  { type: 'phase'; phase: string } | { type: 'built'; built: BuiltFigures } | { type: 'result'; result: WorkerResult } | { type: 'error'; error: string };

/** One configuration in a fresh Node.js process (--expose-gc for clean memory figures). */
function runWorker(job: WorkerJob, timeoutSec: number): Promise<ConfigOutcome> {
  return new Promise((resolve) => {
    const child = fork(path.join(BUILD_DIR, 'bench', 'worker.js'), [JSON.stringify(job)], {
      cwd: ROOT,
      // --no-warnings: NLP.js's bundled pino prints a deprecation warning on load.
      execArgv: ['--expose-gc', '--no-warnings', '--max-old-space-size=8192'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let phase = 'start';
    let built: BuiltFigures | undefined;
    let settled = false;
    const done = (outcome: ConfigOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      log(`    stopped after ${timeoutSec} s (in ${phase})`);
      child.kill('SIGKILL');
      done({ contender: job.contender, status: 'timeout', phase, timeoutSec, ...(built ? { built } : {}) });
    }, timeoutSec * 1000);
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'phase') phase = m.phase;
      else if (m.type === 'built') built = m.built;
      else if (m.type === 'result') done({ contender: job.contender, status: 'ok', result: m.result });
      else done({ contender: job.contender, status: 'error', phase, error: m.error });
    });
    child.on('exit', (code, signal) => done({ contender: job.contender, status: 'error', phase, error: `exited (${signal ?? code}) without a result` }));
  });
}

function runProfile(job: ProfileJob, timeoutSec: number): Promise<EngineProfile | undefined> {
  return new Promise((resolve) => {
    const child = fork(path.join(BUILD_DIR, 'bench', 'profile.js'), [JSON.stringify(job)], {
      cwd: ROOT,
      execArgv: ['--no-warnings', '--max-old-space-size=8192'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => {
      log(`    profile stopped after ${timeoutSec} s`);
      child.kill('SIGKILL');
    }, timeoutSec * 1000);
    let result: EngineProfile | undefined;
    child.on('message', (m: { type: string; result?: EngineProfile }) => {
      if (m.type === 'result') result = m.result;
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}

function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.versions.node,
    v8: process.versions.v8,
    loadAverageStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    loadAverageEnd: [],
  };
}

main().catch((error: unknown) => {
  log(`bench failed: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
});
