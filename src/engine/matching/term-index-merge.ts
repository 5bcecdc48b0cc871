import { inSlices, type Assembly } from '../assembly/assembly.js';
import type { PostingLists, TermIndexState, TermVectors, TextRuns } from './term-index.js';

/** The terms after an update: the dictionary, each term's count of intents, and the remade texts as term ids. */
export interface RecountedTerms {
  termIds: Map<string, number>;
  /** Per id, its term (undefined: none any more). */
  termOf: Array<string | undefined>;
  intentsWithTerm: number[];
  /** The remade intents' texts as term ids, by the key they came with. */
  remadeTexts: Map<number, Int32Array[]>;
}

/**
 * Each term's count of intents, from the previous centroids (an intent has one entry per term it
 * uses), without the `dropped` intents' (by their previous numbers) and with the `remade` ones'
 * texts (new terms get the next ids).
 */
export function* recountedTerms(
  old: TermIndexState,
  dropped: Uint8Array,
  remade: ReadonlyArray<readonly [number, ReadonlyArray<readonly string[]>]>,
): Assembly<RecountedTerms> {
  const c = old.centroidPostings;
  const oldTermCount = c.offsets.length - 1;
  const termIds = new Map(old.vectors.termIds);
  const termOf: Array<string | undefined> = new Array<string | undefined>(oldTermCount);
  for (const [term, id] of termIds) termOf[id] = term;
  const intentsWithTerm: number[] = new Array<number>(oldTermCount);
  yield* inSlices(oldTermCount, (from, to) => {
    for (let t = from; t < to; t++) {
      let count = c.offsets[t + 1]! - c.offsets[t]!;
      for (let e = c.offsets[t]!; e < c.offsets[t + 1]!; e++) if (dropped[c.ids[e]!]) count--;
      intentsWithTerm[t] = count;
    }
  });
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      termIds.set(term, (id = termOf.length));
      termOf.push(term);
      intentsWithTerm.push(0);
    }
    return id;
  };
  const remadeTexts = new Map<number, Int32Array[]>();
  for (const [key, terms] of remade) {
    const texts = terms.map((words) => Int32Array.from(words, idOf));
    remadeTexts.set(key, texts);
    const seen = new Set<number>();
    for (const text of texts)
      for (const id of text)
        if (!seen.has(id)) {
          seen.add(id);
          intentsWithTerm[id]! += 1;
        }
  }
  return { termIds, termOf, intentsWithTerm, remadeTexts };
}

/** One intent's index entries, made again: its distinct texts' vectors and its centroid. */
export interface IntentEntries {
  /** Per distinct text, its vector's term ids and weights. */
  texts: Array<{ ids: Int32Array; weights: Float64Array }>;
  centroidIds: Int32Array;
  centroidWeights: Float64Array;
}

/**
 * One intent's distinct texts' vectors and its centroid, as TermIndex.assemble works them out: a
 * text with the same terms as an earlier one of its intent is indexed once; the centroid sums every
 * text, duplicates included, its terms in order of first use.
 */
export function intentEntries(texts: readonly Int32Array[], vectors: TermVectors): IntentEntries {
  const distinct: IntentEntries['texts'] = [];
  const seen = new Set<string>();
  const sum = new Map<number, number>();
  for (const text of texts) {
    const v = vectors.vectorOfIds(text, 0, text.length);
    const ids = Int32Array.from(v.ids.slice(0, v.count));
    const weights = Float64Array.from(v.weights.slice(0, v.count));
    for (let i = 0; i < v.count; i++) sum.set(ids[i]!, (sum.get(ids[i]!) ?? 0) + weights[i]!);
    const key = text.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push({ ids, weights });
  }
  let squares = 0;
  for (const value of sum.values()) squares += value * value;
  const norm = Math.sqrt(squares) || 1;
  const centroidIds = new Int32Array(sum.size);
  const centroidWeights = new Float64Array(sum.size);
  let k = 0;
  for (const [id, value] of sum) {
    centroidIds[k] = id;
    centroidWeights[k++] = value / norm;
  }
  return { texts: distinct, centroidIds, centroidWeights };
}

/** Postings collected for some terms, each term's in the order added (intent order). */
export class PostingsByTerm {
  private readonly lists: Array<{ ids: number[]; intents: number[]; weights: number[] } | undefined>;

  constructor(termCount: number) {
    this.lists = new Array<undefined>(termCount);
  }

  add(term: number, id: number, intent: number, weight: number): void {
    const list = (this.lists[term] ??= { ids: [], intents: [], weights: [] });
    list.ids.push(id);
    list.intents.push(intent);
    list.weights.push(weight);
  }

  of(term: number): { ids: number[]; intents: number[]; weights: number[] } | undefined {
    return this.lists[term];
  }
}

interface MergedLists {
  postings: PostingLists;
  centroidPostings: PostingLists;
  textRuns: TextRuns;
}

/**
 * The text and centroid postings and the text runs after the update. Per term touched, the previous
 * entries of intents not affected and the remade ones, in intent order; the other terms' lists as
 * they were. Each previous centroid entry's texts are one run of its term's postings (see TextRuns),
 * and consecutive entries' runs follow each other, so the kept entries are copied a block at a time
 * with their postings, their runs moved by where the block lands.
 */
export function* mergeLists(
  old: { postings: PostingLists; centroidPostings: PostingLists; textRuns: TextRuns },
  adds: { text: PostingsByTerm; centroid: PostingsByTerm },
  termCount: number,
  touched: Uint8Array,
  affected: Uint8Array,
): Assembly<MergedLists> {
  const { postings: p, centroidPostings: c, textRuns: runs } = old;
  const oldTermCount = c.offsets.length - 1;
  // How long each term's lists are now.
  const centroidOffsets = new Int32Array(termCount + 1);
  const postingOffsets = new Int32Array(termCount + 1);
  yield* inSlices(termCount, (from, to) => {
    for (let t = from; t < to; t++) {
      let entries = 0;
      let postings = 0;
      if (t < oldTermCount) {
        entries = c.offsets[t + 1]! - c.offsets[t]!;
        postings = p.offsets[t + 1]! - p.offsets[t]!;
        if (touched[t])
          for (let e = c.offsets[t]!; e < c.offsets[t + 1]!; e++)
            if (affected[c.ids[e]!]) {
              entries--;
              postings -= runs.end[e]! - runs.start[e]!;
            }
      }
      if (touched[t]) {
        entries += adds.centroid.of(t)?.ids.length ?? 0;
        postings += adds.text.of(t)?.ids.length ?? 0;
      }
      centroidOffsets[t + 1] = entries;
      postingOffsets[t + 1] = postings;
    }
  });
  for (let t = 0; t < termCount; t++) {
    centroidOffsets[t + 1]! += centroidOffsets[t]!;
    postingOffsets[t + 1]! += postingOffsets[t]!;
  }
  yield;
  const postings: PostingLists = {
    offsets: postingOffsets,
    ids: new Int32Array(postingOffsets[termCount]!),
    weights: new Float64Array(postingOffsets[termCount]!),
  };
  const centroidPostings: PostingLists = {
    offsets: centroidOffsets,
    ids: new Int32Array(centroidOffsets[termCount]!),
    weights: new Float64Array(centroidOffsets[termCount]!),
  };
  const entryCount = centroidPostings.ids.length;
  const textRuns: TextRuns = { start: new Int32Array(entryCount), end: new Int32Array(entryCount), maxWeight: new Float64Array(entryCount) };
  // Where the next entry and posting of the term being written go.
  let at = 0;
  let posting = 0;
  /** Previous entries [from, to) of one term, with their postings. */
  const copy = (from: number, to: number): void => {
    if (from >= to) return;
    const first = runs.start[from]!;
    const last = runs.end[to - 1]!;
    centroidPostings.ids.set(c.ids.subarray(from, to), at);
    centroidPostings.weights.set(c.weights.subarray(from, to), at);
    postings.ids.set(p.ids.subarray(first, last), posting);
    postings.weights.set(p.weights.subarray(first, last), posting);
    textRuns.maxWeight.set(runs.maxWeight.subarray(from, to), at);
    const moved = posting - first;
    for (let e = from; e < to; e++, at++) {
      textRuns.start[at] = runs.start[e]! + moved;
      textRuns.end[at] = runs.end[e]! + moved;
    }
    posting += last - first;
  };
  yield* inSlices(termCount, (from, to) => {
    // Terms not touched keep their lists, and a run of them is one block of the previous arrays
    // (each term's entries and postings follow the last's): copied at once, not term by term.
    let untouched = -1;
    for (let t = from; t <= to; t++) {
      if (t < to && t < oldTermCount && !touched[t]) {
        if (untouched < 0) untouched = t;
        continue;
      }
      if (untouched >= 0) {
        at = centroidOffsets[untouched]!;
        posting = postingOffsets[untouched]!;
        copy(c.offsets[untouched]!, c.offsets[t]!);
        untouched = -1;
      }
      if (t === to) break;
      at = centroidOffsets[t]!;
      posting = postingOffsets[t]!;
      const oldFrom = t < oldTermCount ? c.offsets[t]! : 0;
      const oldTo = t < oldTermCount ? c.offsets[t + 1]! : 0;
      if (!touched[t]) {
        copy(oldFrom, oldTo);
        continue;
      }
      const centroid = adds.centroid.of(t);
      const text = adds.text.of(t);
      const addCount = centroid?.ids.length ?? 0;
      const textCount = text?.ids.length ?? 0;
      let a = 0;
      let ta = 0;
      /** The next remade entry of this term, with its texts' postings. */
      const add = (): void => {
        const intent = centroid!.intents[a]!;
        centroidPostings.ids[at] = intent;
        centroidPostings.weights[at] = centroid!.weights[a++]!;
        textRuns.start[at] = posting;
        let max = 0;
        for (; ta < textCount && text!.intents[ta] === intent; ta++, posting++) {
          postings.ids[posting] = text!.ids[ta]!;
          postings.weights[posting] = text!.weights[ta]!;
          max = Math.max(max, text!.weights[ta]!);
        }
        textRuns.end[at] = posting;
        textRuns.maxWeight[at++] = max;
      };
      let block = oldFrom;
      for (let e = oldFrom; e < oldTo; e++) {
        const intent = c.ids[e]!;
        const skip = affected[intent] === 1;
        if (!skip && !(a < addCount && centroid!.intents[a]! < intent)) continue;
        copy(block, e);
        while (a < addCount && centroid!.intents[a]! < intent) add();
        block = skip ? e + 1 : e;
      }
      copy(block, oldTo);
      while (a < addCount) add();
    }
  });
  return { postings, centroidPostings, textRuns };
}

/**
 * The terms (of the old index's first `oldTermCount`) whose centroid list holds an affected intent: their
 * lists are merged again, the others copied. Sized for `termCount` terms, so new terms can be marked too.
 */
export function* touchedTerms(centroids: PostingLists, affected: Uint8Array, oldTermCount: number, termCount: number): Assembly<Uint8Array> {
  const touched = new Uint8Array(termCount);
  yield* inSlices(oldTermCount, (from, to) => {
    for (let t = from; t < to; t++)
      for (let e = centroids.offsets[t]!; e < centroids.offsets[t + 1]!; e++)
        if (affected[centroids.ids[e]!]) {
          touched[t] = 1;
          break;
        }
  });
  return touched;
}
