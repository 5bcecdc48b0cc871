import { TermIndex, TermVectors, termTextRuns, termWeightOf, type PostingLists, type TermWeights, type TextRuns } from './term-index.js';

/** One intent's index entries, made again: its distinct texts' vectors and its centroid. */
interface IntentEntries {
  /** Per distinct text, its vector's term ids and weights. */
  texts: Array<{ ids: Int32Array; weights: Float64Array }>;
  centroidIds: Int32Array;
  centroidWeights: Float64Array;
}

/**
 * The index after the texts of some intents changed, made from the previous one without building
 * it again: exactly what TermIndex.assemble gives for the texts as they are now. A term's weight
 * depends on how many intents use it, so the intents whose texts changed, and every intent using a
 * term whose count of intents changed, get their vectors and centroid worked out again (with the
 * same arithmetic in the same order as a build); the other intents' postings are kept, and the
 * lists of terms no such intent uses are copied whole. Term and text numbers stay as they were
 * (new ones after them; a term no text uses any more leaves the dictionary, a replaced text's
 * number is left unused): scores do not depend on them.
 *
 * Undefined when the number of intents changed (every weight changes then: build it again).
 *
 * `textsOf(intent)`: the terms of each of the intent's indexed texts as they are now, in order.
 */
export function updateTermIndex(
  previous: TermIndex,
  changed: ReadonlySet<number>,
  textsOf: (intent: number) => ReadonlyArray<readonly string[]>,
  intentCount: number,
  weights: TermWeights,
): TermIndex | undefined {
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
  for (let t = 0; t < oldTermCount; t++) {
    let count = c.offsets[t + 1]! - c.offsets[t]!;
    for (let e = c.offsets[t]!; e < c.offsets[t + 1]!; e++) if (isChanged[c.ids[e]!]) count--;
    intentsWithTerm[t] = count;
  }
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
  for (let t = 0; t < termCount; t++) {
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
  const vectors = new TermVectors(termIds, termWeight);

  // The affected intents' entries, made as TermIndex.assemble makes them.
  const remade = new Map<number, IntentEntries>();
  for (let intent = 0; intent < intentCount; intent++) {
    if (!affected[intent]) continue;
    const texts = changedTexts.get(intent) ?? textsOf(intent).map((terms) => Int32Array.from(terms, (term) => termIds.get(term)!));
    remade.set(intent, intentEntries(texts, vectors));
  }

  // The remade texts get numbers after the previous ones (a text's number only has to be its own:
  // each list stays in intent order); the numbers of the texts they replace are left unused.
  let added = 0;
  for (const entries of remade.values()) added += entries.texts.length;
  const textIntent = new Int32Array(old.textIntent.length + added);
  textIntent.set(old.textIntent);
  for (let text = 0; text < old.textIntent.length; text++) if (affected[old.textIntent[text]!]) textIntent[text] = -1;
  let nextText = old.textIntent.length;
  // The remade entries per term, in intent order; the lists of the terms they touch are merged, the others copied.
  const textAdds = new PostingsByTerm(termCount);
  const centroidAdds = new PostingsByTerm(termCount);
  const touched = new Uint8Array(termCount);
  for (let t = 0; t < oldTermCount; t++) for (let e = c.offsets[t]!; e < c.offsets[t + 1]! && !touched[t]; e++) if (affected[c.ids[e]!]) touched[t] = 1;
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
  const postings = merge(old.postings, textAdds, termCount, touched, affected, old.textIntent);
  const centroidPostings = merge(c, centroidAdds, termCount, touched, affected);
  // Text runs: an untouched term's are the previous ones, moved with its lists.
  const entryCount = centroidPostings.ids.length;
  const textRuns: TextRuns = { start: new Int32Array(entryCount), end: new Int32Array(entryCount), maxWeight: new Float64Array(entryCount) };
  const runs = old.textRuns;
  for (let t = 0; t < termCount; t++) {
    if (touched[t]) {
      termTextRuns(textRuns, t, centroidPostings, postings, textIntent);
      continue;
    }
    const moved = postings.offsets[t]! - old.postings.offsets[t]!;
    for (let e = c.offsets[t]!, to = centroidPostings.offsets[t]!; e < c.offsets[t + 1]!; e++, to++) {
      textRuns.start[to] = runs.start[e]! + moved;
      textRuns.end[to] = runs.end[e]! + moved;
      textRuns.maxWeight[to] = runs.maxWeight[e]!;
    }
  }
  return TermIndex.fromState({ vectors, postings, centroidPostings, textRuns, textIntent, intentCount });
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

/**
 * Per term touched, the previous postings of intents not affected and the remade ones, in intent
 * order; the other terms' lists as they were (copied a block of consecutive terms at a time).
 * `intentOf`: each previous id's intent (none: the id is the intent).
 */
function merge(
  previous: PostingLists,
  adds: PostingsByTerm,
  termCount: number,
  touched: Uint8Array,
  affected: Uint8Array,
  intentOf?: Int32Array,
): PostingLists {
  const oldTermCount = previous.offsets.length - 1;
  const { offsets: oldOffsets, ids: oldIds, weights: oldWeights } = previous;
  const keptOf = (t: number): Int32Array => {
    // Ids kept in a touched term's previous list.
    const kept: number[] = [];
    if (t < oldTermCount)
      for (let e = oldOffsets[t]!, end = oldOffsets[t + 1]!; e < end; e++) {
        const id = oldIds[e]!;
        if (!affected[intentOf === undefined ? id : intentOf[id]!]) kept.push(e);
      }
    return Int32Array.from(kept);
  };
  const kept = new Map<number, Int32Array>();
  const offsets = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    let count = t < oldTermCount ? oldOffsets[t + 1]! - oldOffsets[t]! : 0;
    if (touched[t]) {
      const list = keptOf(t);
      kept.set(t, list);
      count = list.length + (adds.of(t)?.ids.length ?? 0);
    }
    offsets[t + 1] = offsets[t]! + count;
  }
  const ids = new Int32Array(offsets[termCount]!);
  const weights = new Float64Array(offsets[termCount]!);
  for (let t = 0; t < termCount; t++) {
    if (!touched[t]) {
      // The run of untouched terms from here, copied at once.
      let end = t + 1;
      while (end < Math.min(termCount, oldTermCount) && !touched[end]) end++;
      if (t < oldTermCount) {
        ids.set(oldIds.subarray(oldOffsets[t], oldOffsets[end]), offsets[t]);
        weights.set(oldWeights.subarray(oldOffsets[t], oldOffsets[end]), offsets[t]);
      }
      t = end - 1;
      continue;
    }
    let at = offsets[t]!;
    const added = adds.of(t);
    const addedCount = added?.ids.length ?? 0;
    let a = 0;
    for (const e of kept.get(t)!) {
      const id = oldIds[e]!;
      const intent = intentOf === undefined ? id : intentOf[id]!;
      for (; a < addedCount && added!.intents[a]! < intent; a++, at++) {
        ids[at] = added!.ids[a]!;
        weights[at] = added!.weights[a]!;
      }
      ids[at] = id;
      weights[at++] = oldWeights[e]!;
    }
    for (; a < addedCount; a++, at++) {
      ids[at] = added!.ids[a]!;
      weights[at] = added!.weights[a]!;
    }
  }
  return { offsets, ids, weights };
}
