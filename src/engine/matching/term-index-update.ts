import { inSlices, type Assembly } from '../assembly/assembly.js';
import { TermIndex, TermVectors, termWeightOf, type TermWeights } from './term-index.js';
import { forwardTexts, reweightedTermIndex } from './term-index-reweight.js';
import { intentEntries, mergeLists, PostingsByTerm, recountedTerms, touchedTerms, type IntentEntries } from './term-index-merge.js';

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
 * When intents were added or removed (`oldIntentOf` is not every intent's own number), every
 * weight changes: see reweightedTermIndex. Undefined when only a build will do.
 *
 * `textsOf(intent)`: the terms of each of the intent's indexed texts as they are now, in order;
 * `oldIntentOf[i]`: intent i's number in `previous` (-1: new), when intents were added or removed.
 */
export function* updateTermIndex(
  previous: TermIndex,
  changed: ReadonlySet<number>,
  textsOf: (intent: number) => ReadonlyArray<readonly string[]>,
  intentCount: number,
  weights: TermWeights,
  oldIntentOf?: Int32Array,
): Assembly<TermIndex | undefined> {
  const old = previous.state;
  if (oldIntentOf && (intentCount !== old.intentCount || oldIntentOf.some((o, i) => o !== i)))
    return yield* reweightedTermIndex(previous, changed, textsOf, intentCount, weights, oldIntentOf);
  if (intentCount !== old.intentCount) return undefined;
  const c = old.centroidPostings;
  const oldTermCount = c.offsets.length - 1;

  // Each term's count of intents without the changed intents' old terms and with their new ones.
  const isChanged = new Uint8Array(intentCount);
  for (const intent of changed) isChanged[intent] = 1;
  const recounted = yield* recountedTerms(
    old,
    isChanged,
    [...changed].map((intent) => [intent, textsOf(intent)] as const),
  );
  const { termIds, termOf, intentsWithTerm, remadeTexts: changedTexts } = recounted;
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
  // Each remade intent's texts as ids, and the number its first distinct text gets (see below).
  const remadeTexts = new Map<number, { ids: Int32Array[]; firstNumber: number }>();
  let nextNumber = old.textIntent.length;
  for (let intent = 0; intent < intentCount; intent++) {
    if (!affected[intent]) continue;
    if (remade.size % INTENTS_PER_SLICE === 0) yield;
    const texts = changedTexts.get(intent) ?? textsOf(intent).map((terms) => Int32Array.from(terms, (term) => termIds.get(term)!));
    const entries = intentEntries(texts, vectors);
    remade.set(intent, entries);
    remadeTexts.set(intent, { ids: texts, firstNumber: nextNumber });
    nextNumber += entries.texts.length;
  }
  // An index that has the texts' terms as written keeps them up to date (a re-weighting needs them).
  const forward = old.forward && (yield* forwardTexts(old, intentCount, (i) => remadeTexts.get(i) ?? { old: i }, textsOf, termIds));

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
  const touched = yield* touchedTerms(c, affected, oldTermCount, termCount);
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
  return TermIndex.fromState({ vectors, ...merged, textIntent, intentCount, ...(forward ? { forward } : {}) });
}
