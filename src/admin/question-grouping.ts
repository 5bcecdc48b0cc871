import { foldNordic } from '../engine/analysis/fold.js';
import { tokenize } from '../engine/analysis/tokenize.js';

/**
 * Groups near-identical questions for the review queues: the same words in any case, accents,
 * punctuation or order, æ/ø/å typed as ae/o/a, or a typo or two apart, count as one question.
 */
export interface Groupable {
  id: number;
  question: string;
  /** Weight of the record (how many times it counts): 1 for an asked question, votes for feedback. */
  weight?: number;
}

export interface QuestionGroup<T extends Groupable> {
  key: string;
  items: T[];
  count: number;
}

/** Only the most frequent distinct forms are compared pairwise for typos (the rest by exact key). */
const FUZZY_LIMIT = 1500;

export function groupQuestions<T extends Groupable>(items: readonly T[], partition: (item: T) => string = () => ''): Array<QuestionGroup<T>> {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = `${partition(item)}\u0000${questionKey(item.question)}`;
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  const weight = (list: readonly T[]) => list.reduce((n, i) => n + (i.weight ?? 1), 0);
  const keys = [...byKey.keys()].sort((a, b) => weight(byKey.get(b)!) - weight(byKey.get(a)!));
  // Union-find over the most frequent keys: merge those within a small edit distance.
  const parent = new Map<string, string>(keys.map((k) => [k, k]));
  const root = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const fuzzy = keys.slice(0, FUZZY_LIMIT);
  for (let i = 0; i < fuzzy.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = fuzzy[i]!;
      const b = fuzzy[j]!;
      const [pa, ta] = split(a);
      const [pb, tb] = split(b);
      if (pa !== pb) continue;
      const allowed = ta.length < 8 ? 0 : ta.length < 20 ? 1 : 2;
      if (allowed === 0 || Math.abs(ta.length - tb.length) > allowed) continue;
      if (withinDistance(ta, tb, allowed)) parent.set(root(a), root(b));
    }
  }
  const groups = new Map<string, T[]>();
  for (const key of keys) {
    const r = root(key);
    groups.set(r, [...(groups.get(r) ?? []), ...byKey.get(key)!]);
  }
  return [...groups].map(([key, list]) => ({ key: split(key)[1], items: list, count: weight(list) }));
}

/** The folded, sorted words of a question: its identity for grouping. */
export function questionKey(question: string): string {
  return tokenize(question).map(foldNordic).sort().join(' ');
}

function split(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Levenshtein distance <= max, in a band (cheap for the small max used here). */
function withinDistance(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}
