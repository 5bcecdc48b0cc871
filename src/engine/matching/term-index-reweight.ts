import { inSlices, type Assembly } from '../assembly/assembly.js';
import { TermIndex, TermVectors, termWeightOf, type ForwardTexts, type PostingLists, type TermWeights, type TextRuns } from './term-index.js';
import { intentEntries, mergeLists, PostingsByTerm, recountedTerms, touchedTerms, type IntentEntries } from './term-index-merge.js';

/**
 * The index after intents were added or removed (and some changed), made from the previous one
 * without building it again: exactly what TermIndex.assemble gives for the texts as they are now.
 * Every term's weight depends on the number of intents, so every weight changes, but the kept
 * intents' texts and terms do not: their postings keep their places and only get new weights, with
 * a build's own arithmetic in the same order (each text's norm summed over its terms as written,
 * each centroid over its texts, duplicates included). Only the changed and new intents' entries
 * are made again and merged in; the removed intents' are dropped.
 *
 * Intents are numbered in a merged order of old and new (each old intent, new intent, or the same
 * intent in both, in both orders) while the lists are merged, then by their new numbers. Undefined
 * when the kept intents are not in their old order (a build is needed then).
 *
 * `oldIntentOf[i]`: new intent i's number in `previous`, -1 for an intent it did not have;
 * `textsOf(intent)`: the terms of each of the (new) intent's indexed texts as they are now, in order.
 */
export function* reweightedTermIndex(
  previous: TermIndex,
  changed: ReadonlySet<number>,
  textsOf: (intent: number) => ReadonlyArray<readonly string[]>,
  intentCount: number,
  weights: TermWeights,
  oldIntentOf: Int32Array,
): Assembly<TermIndex | undefined> {
  const old = previous.state;
  const c = old.centroidPostings;
  const p = old.postings;
  const oldTermCount = c.offsets.length - 1;

  // The merged order, and each intent's place in it.
  const newOfOld = new Int32Array(old.intentCount).fill(-1);
  for (let i = 0, last = -1; i < intentCount; i++) {
    const o = oldIntentOf[i]!;
    if (o < 0) continue;
    if (o <= last) return undefined;
    newOfOld[(last = o)] = i;
  }
  const mergedOfOld = new Int32Array(old.intentCount);
  const mergedOfNew = new Int32Array(intentCount);
  const newOfMerged: number[] = [];
  /** Per merged intent: its old entries are dropped and its new ones (if any) made again. */
  const affected: number[] = [];
  for (let o = 0, i = 0; o < old.intentCount || i < intentCount;) {
    if (o < old.intentCount && newOfOld[o]! < 0) {
      mergedOfOld[o++] = newOfMerged.length;
      newOfMerged.push(-1);
      affected.push(1);
    } else if (i < intentCount && oldIntentOf[i]! < 0) {
      mergedOfNew[i] = newOfMerged.length;
      newOfMerged.push(i++);
      affected.push(1);
    } else {
      mergedOfOld[o++] = mergedOfNew[i] = newOfMerged.length;
      affected.push(changed.has(i) ? 1 : 0);
      newOfMerged.push(i++);
    }
  }
  const mergedCount = newOfMerged.length;
  const isAffected = Uint8Array.from(affected);
  const oldAffected = new Uint8Array(old.intentCount);
  for (let o = 0; o < old.intentCount; o++) oldAffected[o] = isAffected[mergedOfOld[o]!]!;

  // Each term's count of intents without the affected intents' old terms and with the remade ones'.
  const remadeIntents: Array<readonly [number, ReadonlyArray<readonly string[]>]> = [];
  for (let m = 0; m < mergedCount; m++) if (isAffected[m] && newOfMerged[m]! >= 0) remadeIntents.push([m, textsOf(newOfMerged[m]!)]);
  const { termIds, termOf, intentsWithTerm, remadeTexts } = yield* recountedTerms(old, oldAffected, remadeIntents);
  const termCount = termOf.length;
  const termWeight = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const term = termOf[t];
    if (term === undefined) continue;
    if (intentsWithTerm[t] === 0) termIds.delete(term);
    else termWeight[t] = termWeightOf(term, intentsWithTerm[t]!, intentCount, weights);
  }
  const vectors = new TermVectors(termIds, termWeight);
  yield;

  // The remade intents' entries, numbered in the merged order; their texts after the previous ones.
  const remade: Array<[number, IntentEntries]> = [];
  const firstText = new Map<number, number>();
  let remadeTextCount = 0;
  for (const [m, texts] of remadeTexts) {
    if (remade.length % INTENTS_PER_SLICE === 0) yield;
    const entries = intentEntries(texts, vectors);
    remade.push([m, entries]);
    firstText.set(m, old.textIntent.length + remadeTextCount);
    remadeTextCount += entries.texts.length;
  }
  // Every text's terms as written, by intent: kept from the previous update's, or read once from the texts.
  const forward = yield* forwardTexts(
    old,
    intentCount,
    (i) => {
      const m = mergedOfNew[i]!;
      if (isAffected[m]) return { ids: remadeTexts.get(m)!, firstNumber: firstText.get(m)! };
      return { old: oldIntentOf[i]! };
    },
    textsOf,
    termIds,
  );
  // The kept intents' texts get their norms with the new weights, and their centroids are summed again.
  const weighted = yield* reweighted(old, oldAffected, termWeight, forward, oldIntentOf);

  const textIntent = new Int32Array(old.textIntent.length + remadeTextCount);
  yield* inSlices(old.textIntent.length, (from, to) => {
    for (let text = from; text < to; text++) {
      const o = old.textIntent[text]!;
      textIntent[text] = o < 0 || oldAffected[o] ? -1 : newOfOld[o]!;
    }
  });
  let nextText = old.textIntent.length;
  const textAdds = new PostingsByTerm(termCount);
  const centroidAdds = new PostingsByTerm(termCount);
  const touched = yield* touchedTerms(c, oldAffected, oldTermCount, termCount);
  for (const [m, entries] of remade) {
    const intent = newOfMerged[m]!;
    for (const text of entries.texts) {
      const id = nextText++;
      textIntent[id] = intent;
      for (let i = 0; i < text.ids.length; i++) textAdds.add(text.ids[i]!, id, m, text.weights[i]!);
    }
    for (let i = 0; i < entries.centroidIds.length; i++) {
      touched[entries.centroidIds[i]!] = 1;
      centroidAdds.add(entries.centroidIds[i]!, m, m, entries.centroidWeights[i]!);
    }
  }
  // In slices of terms (their entries follow each other).
  const centroidIds = new Int32Array(c.ids.length);
  yield* inSlices(oldTermCount, (from, to) => {
    for (let e = c.offsets[from]!; e < c.offsets[to]!; e++) centroidIds[e] = mergedOfOld[c.ids[e]!]!;
  });
  const merged = yield* mergeLists(
    {
      postings: { ...p, weights: weighted.postingWeights },
      centroidPostings: { ...c, ids: centroidIds, weights: weighted.centroidWeights },
      textRuns: weighted.textRuns,
    },
    { text: textAdds, centroid: centroidAdds },
    termCount,
    touched,
    isAffected,
  );
  const { ids, offsets } = merged.centroidPostings;
  yield* inSlices(termCount, (from, to) => {
    for (let e = offsets[from]!; e < offsets[to]!; e++) ids[e] = newOfMerged[ids[e]!]!;
  });
  return TermIndex.fromState({ vectors, ...merged, textIntent, intentCount, forward });
}

// Intents remade between two yields (each a few texts' vectors).
const INTENTS_PER_SLICE = 16;

/**
 * The previous index's postings, centroids and runs with the new term weights, for the intents not
 * affected (the affected ones' entries are left as they were: the merge drops them). A text's
 * posting weight is its term's weight over the text's norm (the root of its terms' squared weights
 * summed as written); a centroid entry is the sum of its intent's texts' weights for the term, in
 * text order, over the centroid's norm (its terms in order of first use), as TermIndex.assemble has it.
 */
function* reweighted(
  old: { postings: PostingLists; centroidPostings: PostingLists; textRuns: TextRuns; textIntent: Int32Array },
  oldAffected: Uint8Array,
  termWeight: Float64Array,
  forward: ForwardTexts,
  oldIntentOf: Int32Array,
): Assembly<{ postingWeights: Float64Array; centroidWeights: Float64Array; textRuns: TextRuns }> {
  const { postings: p, centroidPostings: c } = old;
  const termCount = c.offsets.length - 1;
  const norm = new Float64Array(old.textIntent.length);
  const centroidWeights = new Float64Array(c.weights.length);
  // Per term, the entry of the intent being summed (intents come in order, as each term's entries do).
  const cursor = c.offsets.slice(0, termCount);
  const sum = new Float64Array(termWeight.length);
  const used = new Int32Array(termWeight.length).fill(-1);
  const inText = new Int32Array(termWeight.length).fill(-1);
  const order = new Int32Array(termWeight.length);
  const { intentStart, textStart, terms: ids, indexed } = forward;
  yield* inSlices(oldIntentOf.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const o = oldIntentOf[i]!;
      if (o < 0 || oldAffected[o]) continue;
      let terms = 0;
      for (let n = intentStart[i]!; n < intentStart[i + 1]!; n++) {
        let squares = 0;
        for (let at = textStart[n]!; at < textStart[n + 1]!; at++) squares += termWeight[ids[at]!]! * termWeight[ids[at]!]!;
        const textNorm = (norm[indexed[n]!] = Math.sqrt(squares) || 1);
        for (let at = textStart[n]!; at < textStart[n + 1]!; at++) {
          const id = ids[at]!;
          if (inText[id] === n) continue;
          inText[id] = n;
          if (used[id] !== o) {
            used[id] = o;
            order[terms++] = id;
            sum[id] = 0;
          }
          sum[id]! += termWeight[id]! / textNorm;
        }
      }
      let squares = 0;
      for (let k = 0; k < terms; k++) squares += sum[order[k]!]! * sum[order[k]!]!;
      const centroidNorm = Math.sqrt(squares) || 1;
      for (let k = 0; k < terms; k++) {
        const id = order[k]!;
        while (c.ids[cursor[id]!]! < o) cursor[id]!++;
        centroidWeights[cursor[id]!] = sum[id]! / centroidNorm;
      }
    }
  });
  const postingWeights = new Float64Array(p.weights.length);
  const textRuns: TextRuns = { start: old.textRuns.start, end: old.textRuns.end, maxWeight: new Float64Array(c.weights.length) };
  // In slices of entries, not terms: a common term has an entry per intent (thousands at archive scale).
  let term = 0;
  yield* inSlices(c.ids.length, (from, to) => {
    for (let e = from; e < to; e++) {
      while (c.offsets[term + 1]! <= e) term++;
      if (oldAffected[c.ids[e]!]) continue;
      const weight = termWeight[term]!;
      let max = 0;
      for (let i = textRuns.start[e]!; i < textRuns.end[e]!; i++) {
        const w = (postingWeights[i] = weight / norm[p.ids[i]!]!);
        max = Math.max(max, w);
      }
      textRuns.maxWeight[e] = max;
    }
  });
  return { postingWeights, centroidWeights, textRuns };
}

/** Where one new intent's texts come from: remade (their ids, and the number of the first), or kept from an old intent. */
export type ForwardSource = { ids: readonly Int32Array[]; firstNumber: number } | { old: number };

/**
 * The ForwardTexts of the updated index, intent by intent: a kept intent's from the previous
 * index's (or, the first time, from its texts, each term by its id); a remade intent's from its ids,
 * its distinct texts numbered from `firstNumber` in order.
 */
export function* forwardTexts(
  old: { textIntent: Int32Array; intentCount: number; forward?: ForwardTexts },
  intentCount: number,
  sourceOf: (intent: number) => ForwardSource,
  textsOf: (intent: number) => ReadonlyArray<readonly string[]>,
  termIds: ReadonlyMap<string, number>,
): Assembly<ForwardTexts> {
  const previous = old.forward;
  // Without a previous one: each old intent's text numbers, ascending (its distinct texts in order).
  let byIntent: { start: Int32Array; texts: Int32Array } | undefined;
  if (!previous) {
    const { textIntent } = old;
    const start = new Int32Array(old.intentCount + 1);
    for (let text = 0; text < textIntent.length; text++) if (textIntent[text]! >= 0) start[textIntent[text]! + 1]!++;
    for (let o = 0; o < old.intentCount; o++) start[o + 1]! += start[o]!;
    const texts = new Int32Array(start[old.intentCount]!);
    const next = start.slice(0, old.intentCount);
    for (let text = 0; text < textIntent.length; text++) if (textIntent[text]! >= 0) texts[next[textIntent[text]!]!++] = text;
    byIntent = { start, texts };
  }
  const intentStart = new Int32Array(intentCount + 1);
  const textStart = new GrowingInts();
  const terms = new GrowingInts();
  const indexed = new GrowingInts();
  const distinct: Array<ArrayLike<unknown>> = [];
  /** The number of `text` among the intent's distinct texts so far (added when new). */
  const distinctNumber = (text: ArrayLike<unknown>): number => {
    let k = 0;
    while (k < distinct.length && !sameItems(distinct[k]!, text)) k++;
    if (k === distinct.length) distinct.push(text);
    return k;
  };
  yield* inSlices(intentCount, (from, to) => {
    for (let i = from; i < to; i++) {
      intentStart[i] = indexed.length;
      const source = sourceOf(i);
      distinct.length = 0;
      if ('ids' in source) {
        for (const text of source.ids) {
          textStart.push(terms.length);
          for (let k = 0; k < text.length; k++) terms.push(text[k]!);
          indexed.push(source.firstNumber + distinctNumber(text));
        }
      } else if (previous) {
        // Its texts as they were, a block at a time.
        const first = previous.intentStart[source.old]!;
        const end = previous.intentStart[source.old + 1]!;
        const shift = terms.length - previous.textStart[first]!;
        for (let n = first; n < end; n++) textStart.push(previous.textStart[n]! + shift);
        terms.append(previous.terms, previous.textStart[first]!, previous.textStart[end]!);
        indexed.append(previous.indexed, first, end);
      } else {
        for (const words of textsOf(i)) {
          textStart.push(terms.length);
          for (let k = 0; k < words.length; k++) terms.push(termIds.get(words[k]!)!);
          indexed.push(byIntent!.texts[byIntent!.start[source.old]! + distinctNumber(words)]!);
        }
      }
    }
  });
  intentStart[intentCount] = indexed.length;
  textStart.push(terms.length);
  return { intentStart, textStart: textStart.done(), terms: terms.done(), indexed: indexed.done() };
}

/** An Int32Array filled one number at a time, grown by doubling. */
class GrowingInts {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.grow(1);
    this.data[this.length++] = value;
  }

  /** `source[from..to)` after the numbers so far. */
  append(source: Int32Array, from: number, to: number): void {
    if (this.length + to - from > this.data.length) this.grow(to - from);
    this.data.set(source.subarray(from, to), this.length);
    this.length += to - from;
  }

  private grow(more: number): void {
    const grown = new Int32Array(2 * (this.length + more));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

function sameItems(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
