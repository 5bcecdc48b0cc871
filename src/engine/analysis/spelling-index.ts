import { createRequire } from 'node:module';
import type * as Levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import { ITEMS_PER_SLICE, type Assembly } from '../assembly/assembly.js';

// natural's distance module loads underscore, a noticeable part of a command's start: it is
// required when a word is first corrected, which many runs never do.
const require = createRequire(import.meta.url);
let levenshtein: typeof Levenshtein | undefined;
const distanceModule = (): typeof Levenshtein => (levenshtein ??= require('natural/lib/natural/distance/levenshtein_distance.js') as typeof Levenshtein);

/**
 * Finds the known word a misspelt one was meant to be. Candidates come from a deletion index
 * (every word and its one-letter deletions), which finds words one or two edits away without
 * comparing against the whole vocabulary; natural's Damerau-Levenshtein distance then decides.
 */
export class SpellingIndex {
  private readonly byDeletion = new Map<string, string[]>();

  constructor(
    words: Iterable<string>,
    private readonly popularity: (word: string) => number,
  ) {
    for (const word of words) this.add(word);
  }

  /** The same, built in small pieces (see Assembly). */
  static *assemble(words: Iterable<string>, popularity: (word: string) => number): Assembly<SpellingIndex> {
    const index = new SpellingIndex([], popularity);
    let n = 0;
    for (const word of words) {
      // Each word adds a key per letter: fewer words per piece.
      if (n++ % (ITEMS_PER_SLICE / 8) === 0) yield;
      index.add(word);
    }
    return index;
  }

  private add(word: string): void {
    if (word.length < 4 || /\p{N}/u.test(word)) return;
    for (const key of deletions(word)) {
      const list = this.byDeletion.get(key);
      if (list) list.push(word);
      else this.byDeletion.set(key, [word]);
    }
  }

  /** The closest known word within the edits a word of this length allows, or undefined. */
  correct(word: string, exclude?: string): string | undefined {
    // Short words are too often other real words one letter away ("cook" is not "took").
    if (word.length < 5 || /\p{N}/u.test(word)) return undefined;
    const allowed = word.length >= 9 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = Infinity;
    let bestPopularity = -1;
    const seen = new Set<string>();
    const { DamerauLevenshteinDistance } = distanceModule();
    for (const key of deletions(word)) {
      for (const candidate of this.byDeletion.get(key) ?? []) {
        if (seen.has(candidate) || candidate === exclude) continue;
        seen.add(candidate);
        const distance = DamerauLevenshteinDistance(word, candidate, { restricted: true });
        if (distance > allowed) continue;
        const popularity = this.popularity(candidate);
        if (distance < bestDistance || (distance === bestDistance && popularity > bestPopularity)) {
          best = candidate;
          bestDistance = distance;
          bestPopularity = popularity;
        }
      }
    }
    return best;
  }
}

function deletions(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}
