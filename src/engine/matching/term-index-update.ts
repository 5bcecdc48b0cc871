import { inSlices, type Assembly } from '../assembly/assembly.js';
import { TermIndex, TermVectors, termWeightOf, type PostingLists, type TermWeights, type TextRuns } from './term-index.js';

/** One intent's index entries, made again: its distinct texts' vectors and its centroid. */
interface IntentEntries {
  /** Per distinct text, its vector's term ids and weights. */
  texts: Array<{ ids: Int32Array; weights: Float64Array }>;
  centroidIds: Int32Array;
  centroidWeights: Float64Array;
}

// Intents remade between two yields (each a few texts' vectors).
const INTENTS_PER_SLICE = 16;

/**
 * The index after the texts of some intents changed, made from the previous one without building
 * it again: exactly what TermIndex.assemble gives for the texts as they are now. A term's weight
 * depends on how many intents use it, so the intents whose texts changed, and every intent using a
 * term whose count of intents changed, get their vectors and centroid worked out again (with the
 * same arithmetic in the same order as a build); the other intents' postings are kept, copied a
 * block at a time. Term and text numbers stay as they were (new ones after them; a term no text
 * uses any more leaves the dictionary, a replaced text's number is left unused): scores do not
 * depend on them. Written as an Assembly: a bot runs it a few ms at a time between answers.
 *
 * Undefined when the number of intents changed (every weight changes then: build it again).
 *
 * `textsOf(intent)`: the terms of each of the intent's indexed texts as they are now, in order.
 */
export function* updateTermIndex(
  previous: TermIndex,
  changed: ReadonlySet<number>,
  textsOf: (intent: number) => ReadonlyArray<readonly string[]>,
  intentCount: number,
  weights: TermWeights,
): Assembly<TermIndex | undefined> {
  const old = previous.state;
  if (intentCount !== old.intentCount) return undefined;
  const c = old.centroidPostings;
  const oldTermCount = c.offsets.length - 1;

  // Each term's count of intents, from the centroids (an intent has one entry per term it uses),
  // without the changed intents' old terms and with their new ones.
  const termIds = new Map(old.vectors.termIds);
  const termOf: Array<string | undefined> = new Array<string | undefined>(oldTermCount);
  for (const [term, id] of termIds) termOf[id] = term;
  const isChanged = new Uint8Array(intentCount);
  for (const intent of changed) isChanged[intent] = 1;
  const intentsWithTerm: number[] = new Array<number>(oldTermCount);
  yield* inSlices(oldTermCount, (from, to) => {
    for (let t = from; t < to; t++) {
      let count = c.offsets[t + 1]! - c.offsets[t]!;
      for (let e = c.offsets[t]!; e < c.offsets[t + 1]!; e++) if (isChanged[c.ids[e]!]) count--;
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
  const changedTexts = new Map<number, Int32Array[]>();
  for (const intent of changed) {
    const texts = textsOf(intent).map((terms) => Int32Array.from(terms, idOf));
    changedTexts.set(intent, texts);
    const seen = new Set<number>();
    for (const text of texts)
      for (const id of text)
        if (!seen.has(id)) {
          seen.add(id);
          intentsWithTerm[id]! += 1;
        }
  }
  const termCount = termOf.length;
  const termWeight = new Float64Array(termCount);
  const affected = isChanged.slice();
  yield* inSlices(termCount, (from, to) => {
    for (let t = from; t < to; t++) {
      const term = termOf[t];
      if (term === undefined) continue;
      if (intentsWithTerm[t] === 0) {
        termIds.delete(term);
        continue;
      }
      termWeight[t] = termWeightOf(term, intentsWithTerm[t]!, intentCount, weights);
      // A term whose weight changed changes every vector it is in.
      if (t < oldTermCount && intentsWithTerm[t] !== c.offsets[t + 1]! - c.offsets[t]!)
        for (let e = c.offsets[t]!; e < c.offsets[t + 1]!; e++) affected[c.ids[e]!] = 1;
    }
  });
  const vectors = new TermVectors(termIds, termWeight);

  // The affected intents' entries, made as TermIndex.assemble makes them, in intent order.
  const remade = new Map<number, IntentEntries>();
  for (let intent = 0; intent < intentCount; intent++) {
    if (!affected[intent]) continue;
    if (remade.size % INTENTS_PER_SLICE === 0) yield;
    const texts = changedTexts.get(intent) ?? textsOf(intent).map((terms) => Int32Array.from(terms, (term) => termIds.get(term)!));
    remade.set(intent, intentEntries(texts, vectors));
  }

  // The remade texts get numbers after the previous ones (a text's number only has to be its own:
  // each list stays in intent order); the numbers of the texts they replace are left unused.
  let added = 0;
  for (const entries of remade.values()) added += entries.texts.length;
  const textIntent = new Int32Array(old.textIntent.length + added);
  textIntent.set(old.textIntent);
  yield* inSlices(old.textIntent.length, (from, to) => {
    for (let text = from; text < to; text++) if (affected[old.textIntent[text]!]) textIntent[text] = -1;
  });
  let nextText = old.textIntent.length;
  // The remade entries per term, in intent order; the lists of the terms they touch are merged, the others copied.
  const textAdds = new PostingsByTerm(termCount);
  const centroidAdds = new PostingsByTerm(termCount);
  const touched = new Uint8Array(termCount);
  yield* inSlices(oldTermCount, (from, to) => {
    for (let t = from; t < to; t++)
      for (let e = c.offsets[t]!; e < c.offsets[t + 1]!; e++)
        if (affected[c.ids[e]!]) {
          touched[t] = 1;
          break;
        }
  });
  for (const [intent, entries] of remade) {
    for (const text of entries.texts) {
      const id = nextText++;
      textIntent[id] = intent;
      for (let i = 0; i < text.ids.length; i++) textAdds.add(text.ids[i]!, id, intent, text.weights[i]!);
    }
    for (let i = 0; i < entries.centroidIds.length; i++) {
      touched[entries.centroidIds[i]!] = 1;
      centroidAdds.add(entries.centroidIds[i]!, intent, intent, entries.centroidWeights[i]!);
    }
  }
  const merged = yield* mergeLists(old, { text: textAdds, centroid: centroidAdds }, termCount, touched, affected);
  return TermIndex.fromState({ vectors, ...merged, textIntent, intentCount });
}

/**
 * One intent's distinct texts' vectors and its centroid, as TermIndex.assemble works them out: a
 * text with the same terms as an earlier one of its intent is indexed once; the centroid sums every
 * text, duplicates included, its terms in order of first use.
 */
function intentEntries(texts: readonly Int32Array[], vectors: TermVectors): IntentEntries {
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
class PostingsByTerm {
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
function* mergeLists(
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
    for (let t = from; t < to; t++) {
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
