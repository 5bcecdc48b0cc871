import { foldNordic } from '../engine/analysis/fold.js';
import { normalizeText } from '../engine/analysis/normalize.js';

/** Lower case, æ/ø/å and accents folded as the engine does, for forgiving matching of what a user types. */
export function fold(text: string): string {
  return foldNordic(normalizeText(text).trim());
}

/**
 * Items whose texts contain the query (all items for an empty query), those that start with it
 * first, in their original order otherwise.
 */
export function rankByQuery<T>(items: readonly T[], query: string, texts: (item: T) => string[]): T[] {
  const q = fold(query);
  if (!q) return [...items];
  const scored = items.flatMap((item, index) => {
    const folded = texts(item).map(fold);
    if (folded.some((t) => t.startsWith(q))) return [{ item, index, rank: 0 }];
    if (folded.some((t) => t.includes(q))) return [{ item, index, rank: 1 }];
    return [];
  });
  return scored.sort((a, b) => a.rank - b.rank || a.index - b.index).map((s) => s.item);
}
