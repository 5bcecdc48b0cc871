import type { Tally } from '../src/evaluation/evaluate.js';

/** What one worker process reports for one contender on one knowledge base. */
export interface WorkerResult {
  contender: string;
  label: string;
  version: string;
  scale: string;
  entries: number;
  texts: number;
  /** Model build (training) time in a fresh process, ms. */
  buildMs: number;
  /** The first question after the build, ms (lazy structures, cold code). */
  firstAskMs: number;
  /** How many more times the dev set was asked to warm the contender up before the timed rounds. */
  warmUpRounds: number;
  /** The tuned decline threshold, or null when the contender decides itself (the engine). */
  threshold: number | null;
  dev: QualitySummary;
  test: QualitySummary;
  latency: LatencySummary;
  /**
   * With several rounds: each question's fastest round, summarised — the engine's own cost with the
   * shared machine's scheduling hiccups (and GC pauses) filtered out. Absent with one round.
   */
  latencyBest?: LatencySummary;
  /** A constant CPU task (a few hundred µs) timed 2,000 times in the same process: how noisy the machine is. */
  noise: { taskUs: number; p50Us: number; p99Us: number };
  memory: MemorySummary;
  liveRebuild?: LiveRebuild;
  wallMs: number;
}

export interface QualitySummary {
  questions: number;
  answerable: Tally;
  declines: Tally;
  language: Tally;
  /** Per tag, for the JSON (where the misses are). */
  byTag: Record<string, { answerable: Tally; declines: Tally }>;
}

export interface LatencySummary {
  questions: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  /** Questions per second, one after another on one thread. */
  qps: number;
}

export interface MemorySummary {
  /** After imports and loading the knowledge base, before the build (after a full GC), MB. */
  baselineHeapMb: number;
  baselineRssMb: number;
  /** After the build (after a full GC), MB. */
  heapMb: number;
  rssMb: number;
  /** After every test question (caches filled), MB. */
  heapAfterQuestionsMb: number;
  rssAfterQuestionsMb: number;
}

export interface LiveRebuild {
  /** Writing the knowledge base into a new database file (seed / import). */
  importMs: number;
  /** Opening: reading the knowledge base from the database and building the engine. */
  startFromDbMs: number;
  /** One admin edit (a training question added) committed to the database. */
  editWriteMs: number;
  /** LiveEngine.refresh() after that edit: re-read and rebuild; median and all runs. */
  refreshMs: number;
  refreshRunsMs: number[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summariseLatency(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = samples.reduce((s, x) => s + x, 0);
  return {
    questions: samples.length,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? NaN,
    meanMs: total / samples.length,
    qps: samples.length / (total / 1000),
  };
}

export function median(xs: readonly number[]): number {
  return percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
}

export const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/** Times a fixed CPU task repeatedly: its p99 against its p50 shows the machine's scheduling noise. */
export function noiseProbe(iterations = 2000): { taskUs: number; p50Us: number; p99Us: number } {
  let sink = 0;
  const task = () => {
    for (let i = 0; i < 20_000; i++) sink += Math.sqrt(i + sink) % 7;
  };
  for (let i = 0; i < 200; i++) task();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    task();
    samples.push((performance.now() - t0) * 1000);
  }
  if (sink === -1) samples.push(0);
  const sorted = samples.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { taskUs: r(percentile(sorted, 50)), p50Us: r(percentile(sorted, 50)), p99Us: r(percentile(sorted, 99)) };
}

export function fmtMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(0)} µs`;
}
