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

export interface EvaluationReport {
  answerable: Tally;
  declines: Tally;
  language: Tally;
  byTag: Record<string, { answerable: Tally; declines: Tally }>;
  byLang: Record<string, { answerable: Tally; declines: Tally }>;
  misses: EvaluationMiss[];
}

const empty = (): Tally => ({ right: 0, total: 0 });

/** Runs every question through `ask` and counts right answers, right declines and right languages. */
export function evaluate(items: readonly EvaluationItem[], ask: (q: string) => Pick<EngineAnswer, 'intent' | 'lang' | 'confidence'>): EvaluationReport {
  const report: EvaluationReport = { answerable: empty(), declines: empty(), language: empty(), byTag: {}, byLang: {}, misses: [] };
  for (const item of items) {
    const answer = ask(item.q);
    const shouldDecline = item.expect.length === 0;
    const right = shouldDecline ? answer.intent === null : answer.intent !== null && item.expect.includes(answer.intent);
    const bucket = shouldDecline ? 'declines' : 'answerable';
    const groups = [report, ...item.tags.map((t) => (report.byTag[t] ??= { answerable: empty(), declines: empty() })),
      (report.byLang[item.lang] ??= { answerable: empty(), declines: empty() })];
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
