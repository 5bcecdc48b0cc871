import type { EngineAnswer } from '../engine/answer.js';
import type { EvaluationItem } from './evaluation-set.js';

export interface Tally {
  right: number;
  total: number;
}

export interface EvaluationMiss {
  item: EvaluationItem;
  got: string | null;
  gotLang: string;
  confidence: number;
}

/** Answers given with a confidence in [from, to): how many, and how many were right. */
export interface ConfidenceBin extends Tally {
  from: number;
  to: number;
}

export interface EvaluationReport {
  answerable: Tally;
  /** Answerable questions answered right, or declined with a right entry among the suggestions. */
  reached: Tally;
  declines: Tally;
  language: Tally;
  /** How often answers given at each confidence were right: 0.9 should mean about nine in ten. */
  calibration: ConfidenceBin[];
  byTag: Record<string, { answerable: Tally; declines: Tally }>;
  byLang: Record<string, { answerable: Tally; declines: Tally }>;
  misses: EvaluationMiss[];
}

const empty = (): Tally => ({ right: 0, total: 0 });

const BIN_EDGES = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];

type Asked = Pick<EngineAnswer, 'intent' | 'lang' | 'confidence'> & { suggestions?: ReadonlyArray<{ id: string }> };

/** Runs every question through `ask` and counts right answers, right declines and right languages. */
export function evaluate(items: readonly EvaluationItem[], ask: (q: string) => Asked): EvaluationReport {
  const report: EvaluationReport = {
    answerable: empty(),
    reached: empty(),
    declines: empty(),
    language: empty(),
    calibration: BIN_EDGES.slice(0, -1).map((from, i) => ({ from, to: Math.min(1, BIN_EDGES[i + 1]!), right: 0, total: 0 })),
    byTag: {},
    byLang: {},
    misses: [],
  };
  for (const item of items) {
    const answer = ask(item.q);
    const shouldDecline = item.expect.length === 0;
    const right = shouldDecline ? answer.intent === null : answer.intent !== null && item.expect.includes(answer.intent);
    if (!shouldDecline) {
      report.reached.total += 1;
      if (right || answer.suggestions?.some((s) => item.expect.includes(s.id))) report.reached.right += 1;
    }
    if (answer.intent !== null) {
      const bin = report.calibration.find((b, i) => answer.confidence >= b.from && answer.confidence < BIN_EDGES[i + 1]!);
      if (bin) {
        bin.total += 1;
        if (right) bin.right += 1;
      }
    }
    const bucket = shouldDecline ? 'declines' : 'answerable';
    const groups = [
      report,
      ...item.tags.map((t) => (report.byTag[t] ??= { answerable: empty(), declines: empty() })),
      (report.byLang[item.lang] ??= { answerable: empty(), declines: empty() }),
    ];
    for (const g of groups) {
      g[bucket].total += 1;
      if (right) g[bucket].right += 1;
    }
    report.language.total += 1;
    const langRight = answer.lang === item.lang;
    if (langRight) report.language.right += 1;
    if (!right || !langRight) report.misses.push({ item, got: answer.intent, gotLang: answer.lang, confidence: answer.confidence });
  }
  return report;
}

export function ratio(t: Tally): number {
  return t.total === 0 ? 1 : t.right / t.total;
}
