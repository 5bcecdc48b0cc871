import { ITEMS_PER_SLICE, type Assembly } from '../assembly/assembly.js';

/**
 * Finds the known word a misspelt one was meant to be. Candidates come from a deletion index
 * (every word and its one-letter deletions), which finds words one or two edits away without
 * comparing against the whole vocabulary; the restricted Damerau-Levenshtein distance (optimal
 * string alignment, as natural's `DamerauLevenshteinDistance` with `restricted: true`) then decides.
 *
 * The index holds no strings of its own: each deletion key is a (word, deleted position) pair in a
 * hash table of typed arrays, compared with the asked key letter by letter. A Map of every
 * deletion as a string cost megabytes of young objects that the garbage collector copied around
 * during the first questions.
 */
// A word this long may be two edits off ("artical" for "article", "sattelit" for "satellitt"); a shorter one only one.
const MIN_TWO_EDITS = 7;

export class SpellingIndex {
  private readonly words: string[] = [];
  /** Per bucket, its first and last entry (-1: empty); per entry, the next in its bucket. */
  private heads = new Int32Array(0);
  private tails = new Int32Array(0);
  private next = new Int32Array(0);
  /** Per entry: its word, and the position deleted from it (-1: the word itself). */
  private entryWord = new Int32Array(0);
  private entryDeleted = new Int32Array(0);
  private mask = 0;
  /** Each word with its doubled letters made single ("satellitt" -> "satelit"), to its most used word. */
  private readonly undoubled = new Map<string, number>();
  /** Per word, the last `correct` call that looked at it. */
  private seen = new Int32Array(0);
  private call = 0;
  // Rows of the distance table, grown to the longest word asked.
  private rows = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];

  constructor(
    words: Iterable<string>,
    private readonly popularity: (word: string) => number,
  ) {
    for (const word of words) if (indexable(word)) this.words.push(word);
    this.allocate();
    for (let w = 0; w < this.words.length; w++) this.add(w);
  }

  /** The same, built in small pieces (see Assembly). */
  static *assemble(words: Iterable<string>, popularity: (word: string) => number): Assembly<SpellingIndex> {
    const index = new SpellingIndex([], popularity);
    let n = 0;
    for (const word of words) {
      if (n++ % ITEMS_PER_SLICE === 0) yield;
      if (indexable(word)) index.words.push(word);
    }
    index.allocate();
    for (let w = 0; w < index.words.length; w++) {
      // Each word adds a key per letter: fewer words per piece.
      if (w % (ITEMS_PER_SLICE / 8) === 0) yield;
      index.add(w);
    }
    return index;
  }

  private allocate(): void {
    let entries = 0;
    for (const word of this.words) entries += word.length + 1;
    let buckets = 16;
    while (buckets < entries * 2) buckets *= 2;
    this.mask = buckets - 1;
    this.heads = new Int32Array(buckets).fill(-1);
    this.tails = new Int32Array(buckets).fill(-1);
    this.next = new Int32Array(entries).fill(-1);
    this.entryWord = new Int32Array(entries);
    this.entryDeleted = new Int32Array(entries);
    this.seen = new Int32Array(this.words.length);
  }

  private entries = 0;

  /** The word's keys, in the order a Map of deletion lists would have listed them. */
  private add(w: number): void {
    const word = this.words[w]!;
    const single = undoubled(word);
    const known = this.undoubled.get(single);
    if (known === undefined || this.popularity(word) > this.popularity(this.words[known]!)) this.undoubled.set(single, w);
    for (let deleted = -1; deleted < word.length; deleted++) {
      const entry = this.entries++;
      this.entryWord[entry] = w;
      this.entryDeleted[entry] = deleted;
      const bucket = hashWithout(word, deleted) & this.mask;
      if (this.tails[bucket]! < 0) this.heads[bucket] = entry;
      else this.next[this.tails[bucket]!] = entry;
      this.tails[bucket] = entry;
    }
  }

  /** The closest known word within the edits a word of this length allows, or undefined. */
  correct(word: string, exclude?: string): string | undefined {
    // Short words are too often other real words one letter away ("cook" is not "took").
    if (word.length < 5 || /\p{N}/u.test(word)) return undefined;
    const allowed = word.length >= MIN_TWO_EDITS ? 2 : 1;
    let best: string | undefined;
    let bestDistance = Infinity;
    let bestPopularity = -1;
    const call = ++this.call;
    // The word itself, then the word without each of its letters in turn.
    for (let deleted = -1; deleted < word.length; deleted++) {
      const keyLength = deleted < 0 ? word.length : word.length - 1;
      for (let entry = this.heads[hashWithout(word, deleted) & this.mask]!; entry >= 0; entry = this.next[entry]!) {
        const w = this.entryWord[entry]!;
        if (this.seen[w] === call) continue;
        const candidate = this.words[w]!;
        const candidateDeleted = this.entryDeleted[entry]!;
        if ((candidateDeleted < 0 ? candidate.length : candidate.length - 1) !== keyLength) continue;
        if (!sameKey(word, deleted, candidate, candidateDeleted, keyLength)) continue;
        this.seen[w] = call;
        if (candidate === exclude) continue;
        // The distance is at least the difference in length.
        if (Math.abs(candidate.length - word.length) > allowed) continue;
        const distance = this.distance(word, candidate);
        if (distance > allowed) continue;
        const popularity = this.popularity(candidate);
        if (distance < bestDistance || (distance === bestDistance && popularity > bestPopularity)) {
          best = candidate;
          bestDistance = distance;
          bestPopularity = popularity;
        }
      }
    }
    // Which letter is doubled is a common slip, and swipe typing doubles or merges letters
    // ("sattelit", "vennskkapsbro"): a word that differs only so is no further away than one edit.
    if (best === undefined) {
      const w = this.undoubled.get(undoubled(word));
      const candidate = w === undefined ? undefined : this.words[w];
      if (candidate !== exclude && candidate !== word) best = candidate;
    }
    return best;
  }

  /** Restricted Damerau-Levenshtein (optimal string alignment) distance, unit costs, over UTF-16 code units. */
  private distance(source: string, target: string): number {
    const columns = target.length + 1;
    if (this.rows[0]!.length < columns) this.rows = [new Int32Array(columns * 2), new Int32Array(columns * 2), new Int32Array(columns * 2)];
    let [beforePrevious, previous, current] = this.rows as [Int32Array, Int32Array, Int32Array];
    for (let column = 0; column < columns; column++) previous[column] = column;
    for (let row = 1; row <= source.length; row++) {
      current[0] = row;
      const sourceChar = source.charCodeAt(row - 1);
      for (let column = 1; column < columns; column++) {
        const targetChar = target.charCodeAt(column - 1);
        let cost = Math.min(current[column - 1]! + 1, previous[column]! + 1, previous[column - 1]! + (sourceChar === targetChar ? 0 : 1));
        if (row > 1 && column > 1 && sourceChar === target.charCodeAt(column - 2) && source.charCodeAt(row - 2) === targetChar)
          cost = Math.min(cost, beforePrevious[column - 2]! + 1);
        current[column] = cost;
      }
      [beforePrevious, previous, current] = [previous, current, beforePrevious];
    }
    return previous[columns - 1]!;
  }
}

/** The word with every run of one letter made a single letter. */
function undoubled(word: string): string {
  let single = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) single += word[i];
  return single;
}

function indexable(word: string): boolean {
  return word.length >= 4 && !/\p{N}/u.test(word);
}

/** FNV-1a of the word's code units without the one at `deleted` (-1: none). */
function hashWithout(word: string, deleted: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === deleted) continue;
    hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** Whether `a` without its letter at `aDeleted` is `b` without its letter at `bDeleted` (both `length` long). */
function sameKey(a: string, aDeleted: number, b: string, bDeleted: number, length: number): boolean {
  for (let k = 0, i = 0, j = 0; k < length; k++, i++, j++) {
    if (i === aDeleted) i++;
    if (j === bDeleted) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  }
  return true;
}
