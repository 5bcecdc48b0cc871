import { foldNordic } from '../engine/analysis/fold.js';
import { tokenize } from '../engine/analysis/tokenize.js';
import { withinDistance } from '../engine/analysis/within-distance.js';

/**
 * Groups near-identical questions for the review queues: the same words in any case, accents,
 * punctuation or order, æ/ø/å typed as ae/o/a, or a typo or two apart, count as one question.
 * The work is bounded whatever members type: keys come from a bounded prefix of the question,
 * typos are looked for only between short keys of nearly the same length (an index by length, not
 * all pairs), with a banded edit distance, under an overall budget. A queue of thousands of
 * 4,000-character questions groups in a few milliseconds.
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

/** Only this much of a question makes its key (questions longer than this are rare and seldom alike). */
const KEY_SOURCE_CHARS = 600;
/** Keys are cut to this many characters. */
const KEY_CHARS = 300;
/** Typos are looked for only in keys this short; longer ones group by the exact key. */
const FUZZY_KEY_CHARS = 120;
/** Only the most frequent distinct forms are compared for typos (the rest by exact key). */
const FUZZY_LIMIT = 1500;
/** At most this many cells of edit-distance tables per grouping; beyond it, exact keys only. */
const FUZZY_BUDGET_CELLS = 400_000;

export function groupQuestions<T extends Groupable>(
  items: readonly T[],
  partition: (item: T) => string = () => '',
  /** The item's question key (questionKey of its question); callers may remember keys between calls. */
  keyOf: (item: T) => string = (item) => questionKey(item.question),
): Array<QuestionGroup<T>> {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = `${partition(item)}\u0000${keyOf(item)}`;
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  const weight = (list: readonly T[]) => list.reduce((n, i) => n + (i.weight ?? 1), 0);
  const weights = new Map([...byKey].map(([k, list]) => [k, weight(list)]));
  const keys = [...byKey.keys()].sort((a, b) => weights.get(b)! - weights.get(a)!);
  // Union-find over the most frequent keys: merge those within a small edit distance.
  const parent = new Map<string, string>(keys.map((k) => [k, k]));
  const root = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  // Index by partition and length: a key is compared only with earlier keys at most 2 characters longer or shorter.
  const byLength = new Map<string, string[]>();
  let budget = FUZZY_BUDGET_CELLS;
  for (const key of keys.slice(0, FUZZY_LIMIT)) {
    const [part, text] = split(key);
    const allowed = text.length < 8 ? 0 : text.length < 20 ? 1 : 2;
    if (allowed === 0 || text.length > FUZZY_KEY_CHARS) continue;
    for (let length = text.length - allowed; length <= text.length + allowed && budget > 0; length++) {
      for (const other of byLength.get(`${part}\u0000${length}`) ?? []) {
        budget -= text.length * (2 * allowed + 1);
        if (budget <= 0) break;
        if (withinDistance(text, split(other)[1], allowed)) parent.set(root(key), root(other));
      }
    }
    const slot = `${part}\u0000${text.length}`;
    byLength.set(slot, [...(byLength.get(slot) ?? []), key]);
  }
  const groups = new Map<string, T[]>();
  for (const key of keys) {
    const r = root(key);
    const list = groups.get(r);
    if (list) list.push(...byKey.get(key)!);
    else groups.set(r, [...byKey.get(key)!]);
  }
  return [...groups].map(([key, list]) => ({ key: split(key)[1], items: list, count: weight(list) }));
}

/** The folded, sorted words of (the start of) a question: its identity for grouping. */
export function questionKey(question: string): string {
  return tokenize(question.slice(0, KEY_SOURCE_CHARS)).map(foldNordic).sort().join(' ').slice(0, KEY_CHARS);
}

function split(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}
