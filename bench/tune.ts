import { evaluate, ratio } from '../src/evaluation/evaluate.js';
import type { EvaluationItem } from '../src/evaluation/evaluation-set.js';
import type { RawAnswer } from './contenders/contender.js';

export interface Decided {
  intent: string | null;
  lang: RawAnswer['lang'];
  confidence: number;
}

/** A contender's answer with its threshold applied (null threshold: the contender decided itself). */
export function decide(raw: RawAnswer, threshold: number | null): Decided {
  const intent = threshold === null || raw.score >= threshold ? raw.intent : null;
  return { intent, lang: raw.lang, confidence: raw.score };
}

/**
 * The decline threshold that does best on the dev set: the mean of answerable accuracy and correct
 * declines (a bot that never declines, or always does, scores 0.5), ties to the lower threshold.
 * Every distinct score seen is a candidate, so the search is exact.
 */
export function tuneThreshold(dev: readonly EvaluationItem[], raw: ReadonlyMap<string, RawAnswer>): number {
  const candidates = [0, ...new Set([...raw.values()].map((r) => r.score))].sort((a, b) => a - b);
  let best = 0;
  let bestScore = -1;
  for (const t of candidates) {
    const report = evaluate(dev, (q) => decide(raw.get(q)!, t));
    const score = (ratio(report.answerable) + ratio(report.declines)) / 2;
    if (score > bestScore + 1e-12) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}
