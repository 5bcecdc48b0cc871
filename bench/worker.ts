/**
 * One bench configuration in a process of its own (so its memory figures hold nothing else):
 * builds one contender on one knowledge base, tunes its decline threshold on the dev set, then
 * asks every test question once, timing each. Sends its WorkerResult to the parent over IPC;
 * progress goes to stderr.
 *
 *   node --expose-gc bench/.build/bench/worker.js '<job json>'
 */
import fs from 'node:fs';
import { readLexicon } from '../src/app/open-knowledge-base.js';
import { evaluate, type EvaluationReport } from '../src/evaluation/evaluate.js';
import { readEvaluationSet, type EvaluationItem } from '../src/evaluation/evaluation-set.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import { trainingTexts, type RawAnswer } from './contenders/contender.js';
import { loadContender, type ContenderId } from './contenders/index.js';
import { measureLiveRebuild } from './live-rebuild.js';
import { fmtMs, mb, noiseProbe, summariseLatency, type QualitySummary, type WorkerResult } from './measure.js';
import { DATA_DIR, LOCALES_DIR } from './paths.js';
import { Prng } from './synthetic/prng.js';
import { decide, tuneThreshold } from './tune.js';

export interface WorkerJob {
  contender: ContenderId;
  scale: string;
  /** A knowledge-base JSON file; absent: the project's own seed files in data/. */
  kbFile?: string;
  devFile: string;
  testFile: string;
  /** Also measure LiveEngine's rebuild after an edit (the engine only). */
  liveRebuild?: boolean;
  /** Edits timed for the live rebuild (default 5). */
  liveRebuildRuns?: number;
  /** How many times the test set is asked (round 1 in file order, then shuffled); default 1. */
  rounds?: number;
}

const WARM_UP_MS = 3_000;
const WARM_UP_ROUNDS = 30;

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) for (let i = 0; i < 3; i++) collect();
};
const progress = (msg: string): void => void process.stderr.write(`    ${msg}\n`);
/** Tells the parent which phase it is in, so a timeout can say what did not finish. */
const phase = (name: string): void => void process.send?.({ type: 'phase', phase: name });

async function main(job: WorkerJob): Promise<WorkerResult> {
  const started = performance.now();
  const contender = await loadContender(job.contender);
  const kb: KnowledgeBase = job.kbFile ? (JSON.parse(fs.readFileSync(job.kbFile, 'utf8')) as KnowledgeBase) : loadSeedFiles(DATA_DIR);
  const lexicon = readLexicon(DATA_DIR);
  const translate = createTranslator(createI18n(readLocales(LOCALES_DIR)));
  const dev = readEvaluationSet(job.devFile);
  const test = readEvaluationSet(job.testFile);
  const texts = trainingTexts(kb);
  gc();
  const base = process.memoryUsage();

  phase('build');
  progress(`building on ${kb.entries.length} entries (${texts.length} texts)…`);
  const t0 = performance.now();
  const model = await contender.build({ kb, lexicon, translate, texts });
  const buildMs = performance.now() - t0;
  gc();
  const built = process.memoryUsage();
  progress(`built in ${fmtMs(buildMs)}; heap ${mb(built.heapUsed)} MB, rss ${mb(built.rss)} MB`);
  process.send?.({ type: 'built', built: { buildMs, heapMb: mb(built.heapUsed), rssMb: mb(built.rss) } });

  const ask = async (q: string): Promise<{ raw: RawAnswer; ms: number }> => {
    const s = performance.now();
    const raw = await model.ask(q);
    return { raw, ms: performance.now() - s };
  };

  phase('dev');
  // Dev set: warms up, and is where the decline threshold is tuned.
  const devRaw = new Map<string, RawAnswer>();
  let firstAskMs = NaN;
  for (const item of dev) {
    const { raw, ms } = await ask(item.q);
    if (Number.isNaN(firstAskMs)) firstAskMs = ms;
    devRaw.set(item.q, raw);
  }
  const threshold = contender.decidesItself ? null : tuneThreshold(dev, devRaw);
  progress(`dev set asked (${dev.length})${threshold === null ? '' : `, threshold tuned: ${threshold.toPrecision(4)}`}`);

  phase('warm-up');
  // Every contender is warmed alike before the timed rounds: the dev set asked again for WARM_UP_MS (at most
  // WARM_UP_ROUNDS times), so what is timed is the steady state a running bot answers in, as the issue's own baseline (a
  // batch of 20,000 questions) was, not a process's first thousand questions while the JIT is still compiling.
  const warmUntil = performance.now() + WARM_UP_MS;
  let warmUpRounds = 0;
  while (warmUpRounds < WARM_UP_ROUNDS && performance.now() < warmUntil) {
    for (const item of dev) await model.ask(item.q);
    warmUpRounds++;
  }
  progress(`warmed up: dev set asked ${warmUpRounds} more times`);

  phase('test');
  // Test set: every question once per round, each timed; quality from the first round.
  const testRaw = new Map<string, RawAnswer>();
  const samples: number[] = [];
  const best = new Map<string, number>();
  const rounds = Math.max(1, job.rounds ?? 1);
  const shuffler = new Prng(7);
  let lastReport = performance.now();
  for (let round = 0; round < rounds; round++) {
    const order = round === 0 ? test : shuffler.shuffle(test);
    for (const [i, item] of order.entries()) {
      const { raw, ms } = await ask(item.q);
      samples.push(ms);
      best.set(item.q, Math.min(best.get(item.q) ?? Infinity, ms));
      if (round === 0) testRaw.set(item.q, raw);
      if (performance.now() - lastReport > 10_000) {
        progress(`asked ${i + 1}/${test.length}${rounds > 1 ? ` (round ${round + 1}/${rounds})` : ''}…`);
        lastReport = performance.now();
      }
    }
  }
  const latency = summariseLatency(samples);
  const latencyBest = rounds > 1 ? summariseLatency([...best.values()]) : undefined;
  const noise = noiseProbe();
  gc();
  const after = process.memoryUsage();
  progress(
    `test set asked (${test.length}${rounds > 1 ? ` ×${rounds}` : ''}): p50 ${fmtMs(latency.p50Ms)}, p99 ${fmtMs(latency.p99Ms)}, ${Math.round(latency.qps)} q/s`,
  );

  const result: WorkerResult = {
    contender: contender.id,
    label: contender.label,
    version: contender.version(),
    scale: job.scale,
    entries: kb.entries.length,
    texts: texts.length,
    buildMs,
    firstAskMs,
    warmUpRounds,
    threshold,
    dev: summarise(
      evaluate(dev, (q) => decide(devRaw.get(q)!, threshold)),
      dev,
    ),
    test: summarise(
      evaluate(test, (q) => decide(testRaw.get(q)!, threshold)),
      test,
    ),
    latency,
    ...(latencyBest ? { latencyBest } : {}),
    noise,
    memory: {
      baselineHeapMb: mb(base.heapUsed),
      baselineRssMb: mb(base.rss),
      heapMb: mb(built.heapUsed),
      rssMb: mb(built.rss),
      heapAfterQuestionsMb: mb(after.heapUsed),
      rssAfterQuestionsMb: mb(after.rss),
    },
    wallMs: 0,
  };
  phase('live-rebuild');
  if (job.liveRebuild) result.liveRebuild = measureLiveRebuild(kb, job.kbFile === undefined, lexicon, translate, job.liveRebuildRuns ?? 5);
  result.wallMs = performance.now() - started;
  // Keep the knowledge base alive until here, so every contender's memory figures include it alike.
  if (kb.entries.length < 0) progress('unreachable');
  return result;
}

function summarise(report: EvaluationReport, items: readonly EvaluationItem[]): QualitySummary {
  return { questions: items.length, answerable: report.answerable, declines: report.declines, language: report.language, byTag: report.byTag };
}

if (process.argv[2]) {
  const job = JSON.parse(process.argv[2]) as WorkerJob;
  main(job).then(
    (result) => {
      if (process.send) process.send({ type: 'result', result }, () => process.exit(0));
      else {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        process.exit(0);
      }
    },
    (error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`    worker failed: ${message}\n`);
      if (process.send) process.send({ type: 'error', error: message.split('\n')[0] }, () => process.exit(1));
      else process.exit(1);
    },
  );
}
