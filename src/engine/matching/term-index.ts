/**
 * TF-IDF vectors of the knowledge base's texts in an inverted index, so a question is compared
 * only with the texts that share a term with it. IDF is counted over intents (not texts), so a
 * word every entry uses weighs nothing however many times it is written.
 */
import { inSlices, type Assembly } from '../assembly/assembly.js';
import type { TextTermIds } from './text-term-ids.js';

export interface TermWeights {
  /** Concept terms (from the lexicon, "#…") count less than the words themselves. */
  concept: number;
}

/**
 * A question's unit-length vector: parallel arrays, in the order of its terms (the order the
 * scores are summed in). Owned by the index and overwritten by the next `vector` call.
 */
export interface QueryVector {
  count: number;
  ids: number[];
  terms: string[];
  weights: number[];
}

/** Per term id, its postings as one slice of flat arrays (compressed sparse rows). */
export interface PostingLists {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * An assembled index as plain data (strings and typed arrays), to be saved and put back without
 * assembling again (see `TermIndex.parts` and `TermIndex.fromParts`).
 */
export interface TermIndexParts {
  /** Every term, by id. */
  terms: string[];
  termWeight: Float64Array;
  postings: PostingLists;
  centroidPostings: PostingLists;
  textRuns: TextRuns;
  /** Per indexed (distinct) text, its intent. */
  textIntent: Int32Array;
  intentCount: number;
}

/**
 * A TermIndex's working parts, read only: an update makes a new index from them (see
 * term-index-update.ts). Every posting list is in intent order (a build numbers texts intent by
 * intent; an update need not).
 */
export interface TermIndexState {
  vectors: TermVectors;
  /** Kept by updates once an update that re-weights every text made it (see ForwardTexts). */
  forward?: ForwardTexts;
  postings: PostingLists;
  centroidPostings: PostingLists;
  textRuns: TextRuns;
  textIntent: Int32Array;
  intentCount: number;
}

/**
 * Every indexed text's terms as written (duplicates and order kept), grouped by intent in the
 * index's order: what working out every text's weights again needs (see term-index-reweight.ts).
 * Not made by a build (it would cost memory at every start); the first update that re-weights
 * makes it, and the index it gives keeps it for the next.
 */
export interface ForwardTexts {
  /** Per intent, where its texts are: [intentStart[i], intentStart[i + 1]). */
  intentStart: Int32Array;
  /** Per text, where its term ids are in `terms`. */
  textStart: Int32Array;
  terms: Int32Array;
  /** Per text, its number in the index (a text with the same terms as an earlier one of its intent has that one's). */
  indexed: Int32Array;
}

export class TermIndex {
  // Scratch for scoring, reused by every call (the engine answers one question at a time): fresh
  // arrays per question cost more in garbage collection than the scoring itself.
  private readonly bestScratch: Float64Array;
  private readonly centroidScratch: Float64Array;
  private readonly result: { best: Float64Array; centroid: Float64Array };
  /** Per intent, an upper bound of its ranking score, and whether this call touched it (its stamp). */
  private readonly bound: Float64Array;
  private readonly intentStamp: Int32Array;
  private readonly touchedIntents: Int32Array;
  private readonly candidates: Int32Array;
  /** The three best exact ranking scores of this call so far, best first (0 while fewer are known). */
  private readonly ranking = new Float64Array(3);
  /** The intents this call scored exactly (`always` included when touched), and how many. */
  private readonly scored: Int32Array;
  private scoredCount = 0;
  /** How many intents the last call touched (the first of touchedIntents): theirs are the only non-zero scores. */
  private lastTouched = 0;
  /**
   * Per intent, the span of text numbers its texts lie in: [textSpanStart[i], textSpanEnd[i]). A build numbers texts
   * intent by intent and an update numbers each remade intent's texts together, so a span is the intent's own texts.
   */
  private readonly textSpanStart: Int32Array;
  private readonly textSpanEnd: Int32Array;
  /** Per text of the span of the intent being scored (by its place in the span), its score so far. */
  private readonly perText: Float64Array;
  private stamp = 0;
  readonly unknownIdf: number;

  /**
   * The index of these texts (`intentOf`: each one's intent), built in small pieces (see
   * Assembly). Terms are numbered again in the order the texts first use them, whatever their ids in `texts`.
   */
  static *assemble(texts: TextTermIds, intentOf: Int32Array, intentCount: number, weights: TermWeights): Assembly<TermIndex> {
    // Every text's terms as ids (numbered in order of first use), in one flat array; and in how
    // many intents each term occurs (texts come grouped by intent, but need not).
    const termIds = new Map<string, number>();
    const termOf: string[] = [];
    const intentsWithTerm: number[] = [];
    const lastIntent: number[] = [];
    const seenIntents: Array<Set<number> | undefined> = [];
    const textCount = intentOf.length;
    const total = texts.start[textCount]!;
    // Grouped (each intent's texts together, as the knowledge base lists them), an intent other than
    // a term's last one is new to it: no set of its intents is needed.
    let grouped = true;
    for (let n = 1; n < textCount; n++) if (intentOf[n]! < intentOf[n - 1]!) grouped = false;
    const textStart = texts.start;
    const textTerms = new Int32Array(total);
    // The index's id of each of the texts' term ids (-1: not met yet).
    const ownId = new Int32Array(texts.terms.length).fill(-1);
    // A text with the same terms as another of its intent scores the same: index it once. Texts
    // are numbered intent by intent, so each term's postings for one intent are one run.
    let distinctCount = 0;
    const isDistinct = new Uint8Array(textCount);
    const sameText = (a: number, b: number): boolean => {
      if (intentOf[a] !== intentOf[b] || textStart[a + 1]! - textStart[a]! !== textStart[b + 1]! - textStart[b]!) return false;
      for (let i = textStart[a]!, j = textStart[b]!; i < textStart[a + 1]!; i++, j++) if (textTerms[i] !== textTerms[j]) return false;
      return true;
    };
    // A hash table of the distinct texts so far in typed arrays (chained by bucket): no array per text.
    const mask = (1 << Math.ceil(Math.log2(2 * textCount + 2))) - 1;
    const bucketHead = new Int32Array(mask + 1).fill(-1);
    const nextInBucket = new Int32Array(textCount);
    const textHash = new Int32Array(textCount);
    // One pass per text numbers its terms and tells whether it is distinct (in the same pass: at article scale each
    // pass over every text costs milliseconds of code V8 has not optimised yet).
    yield* inSlices(textCount, (from, to) => {
      for (let n = from; n < to; n++) {
        const intent = intentOf[n]!;
        for (let at = textStart[n]!; at < textStart[n + 1]!; at++) {
          const given = texts.ids[at]!;
          let id = ownId[given]!;
          if (id < 0) {
            ownId[given] = id = termOf.length;
            termIds.set(texts.terms[given]!, id);
            termOf.push(texts.terms[given]!);
            intentsWithTerm.push(1);
            lastIntent.push(intent);
            seenIntents.push(undefined);
          } else if (lastIntent[id] !== intent) {
            if (grouped) intentsWithTerm[id]! += 1;
            else {
              const seen = (seenIntents[id] ??= new Set([lastIntent[id]!]));
              if (!seen.has(intent)) {
                seen.add(intent);
                intentsWithTerm[id]! += 1;
              }
            }
            lastIntent[id] = intent;
          }
          textTerms[at] = id;
        }
        let hash = intentOf[n]! | 0;
        for (let i = textStart[n]!; i < textStart[n + 1]!; i++) hash = (Math.imul(hash, 31) + textTerms[i]! + 1) | 0;
        const bucket = hash & mask;
        let m = bucketHead[bucket]!;
        while (m >= 0 && !(textHash[m] === hash && sameText(m, n))) m = nextInBucket[m]!;
        if (m >= 0) continue;
        textHash[n] = hash;
        nextInBucket[n] = bucketHead[bucket]!;
        bucketHead[bucket] = n;
        distinctCount++;
        isDistinct[n] = 1;
      }
    });
    const termWeight = new Float64Array(termOf.length);
    for (let id = 0; id < termOf.length; id++) termWeight[id] = termWeightOf(termOf[id]!, intentsWithTerm[id]!, intentCount, weights);
    yield;
    const vectors = new TermVectors(termIds, termWeight);

    // Each text's vector, worked out once for its postings and its intent's centroid.
    const vectorStart = textStart;
    const vectorCount = new Int32Array(textCount);
    const vectorIds = new Int32Array(total);
    const vectorWeights = new Float64Array(total);
    // Each term's postings in text order: counted here (a distinct text's terms), then written in place.
    const postingOffsets = new Int32Array(termOf.length + 1);
    yield* inSlices(textCount, (from, to) => {
      for (let n = from; n < to; n++) {
        const v = vectors.vectorOfIds(textTerms, textStart[n]!, textStart[n + 1]!);
        vectorCount[n] = v.count;
        const counted = isDistinct[n] === 1;
        for (let i = 0; i < v.count; i++) {
          vectorIds[vectorStart[n]! + i] = v.ids[i]!;
          vectorWeights[vectorStart[n]! + i] = v.weights[i]!;
          if (counted) postingOffsets[v.ids[i]! + 1]!++;
        }
      }
    });

    yield;

    // The distinct texts are numbered in intent order, each intent's in text order (as the centroids read them below).
    const textIntent = new Int32Array(distinctCount);
    for (let id = 0; id < termOf.length; id++) postingOffsets[id + 1]! += postingOffsets[id]!;
    const textPostings: PostingLists = {
      offsets: postingOffsets,
      ids: new Int32Array(postingOffsets[termOf.length]!),
      weights: new Float64Array(postingOffsets[termOf.length]!),
    };
    const nextPosting = postingOffsets.slice(0, termOf.length);
    const { ids: postingIds, weights: postingWeights } = textPostings;
    // An intent's centroid has an entry for each term its texts use: as many per term as intents use it,
    // in intent order. Each entry's run of postings (see TextRuns) is noted as the postings are written,
    // in intent order too (a duplicate text is one of its intent's: the intents using a term are the same).
    const centroidOffsets = new Int32Array(termOf.length + 1);
    for (let id = 0; id < termOf.length; id++) centroidOffsets[id + 1] = centroidOffsets[id]! + intentsWithTerm[id]!;
    const entries = centroidOffsets[termOf.length]!;
    const textRuns: TextRuns = { start: new Int32Array(entries), end: new Int32Array(entries), maxWeight: new Float64Array(entries) };
    const nextRun = centroidOffsets.slice(0, termOf.length);
    const runIntent = new Int32Array(termOf.length).fill(-1);

    // Centroids sum every text, duplicates included: an intent said many ways leans that way.
    // Each intent's texts in their order, its terms in order of first use.
    const byIntent = new Int32Array(textCount);
    const intentStart = new Int32Array(intentCount + 1);
    for (let n = 0; n < textCount; n++) intentStart[intentOf[n]! + 1]!++;
    for (let intent = 0; intent < intentCount; intent++) intentStart[intent + 1]! += intentStart[intent]!;
    const next = intentStart.slice(0, intentCount);
    for (let n = 0; n < textCount; n++) byIntent[next[intentOf[n]!]!++] = n;
    const sum = new Float64Array(termOf.length);
    const used = new Int32Array(termOf.length).fill(-1);
    const order = new Int32Array(termOf.length);
    const centroidPostings: PostingLists = {
      offsets: centroidOffsets,
      ids: new Int32Array(centroidOffsets[termOf.length]!),
      weights: new Float64Array(centroidOffsets[termOf.length]!),
    };
    const nextCentroid = centroidOffsets.slice(0, termOf.length);
    const { ids: centroidIds, weights: centroidWeights } = centroidPostings;
    // The distinct texts' postings are written in the same pass (one pass less over every term, which at article scale
    // costs milliseconds before V8 optimises it), numbered in the order met here.
    let distinctNumber = 0;
    yield* inSlices(intentCount, (from, to) => {
      for (let intent = from; intent < to; intent++) {
        let terms = 0;
        for (let k = intentStart[intent]!; k < intentStart[intent + 1]!; k++) {
          const n = byIntent[k]!;
          const index = isDistinct[n] === 1 ? distinctNumber++ : -1;
          if (index >= 0) textIntent[index] = intent;
          for (let i = vectorStart[n]!, end = i + vectorCount[n]!; i < end; i++) {
            const id = vectorIds[i]!;
            if (index >= 0) {
              const at = nextPosting[id]!++;
              postingIds[at] = index;
              postingWeights[at] = vectorWeights[i]!;
              if (runIntent[id] !== intent) {
                runIntent[id] = intent;
                textRuns.start[nextRun[id]!++] = at;
              }
              const run = nextRun[id]! - 1;
              textRuns.end[run] = at + 1;
              textRuns.maxWeight[run] = Math.max(textRuns.maxWeight[run]!, vectorWeights[i]!);
            }
            if (used[id] !== intent) {
              used[id] = intent;
              order[terms++] = id;
              sum[id] = 0;
            }
            sum[id]! += vectorWeights[i]!;
          }
        }
        let squares = 0;
        for (let k = 0; k < terms; k++) squares += sum[order[k]!]! * sum[order[k]!]!;
        const norm = Math.sqrt(squares) || 1;
        for (let k = 0; k < terms; k++) {
          const at = nextCentroid[order[k]!]!++;
          centroidIds[at] = intent;
          centroidWeights[at] = sum[order[k]!]! / norm;
        }
      }
    });
    return new TermIndex(vectors, textPostings, centroidPostings, textRuns, textIntent, intentCount);
  }

  /** An index put back from its parts, as `parts()` gave them: nothing is worked out again. */
  static fromParts(parts: TermIndexParts): TermIndex {
    const termIds = new Map<string, number>();
    for (let id = 0; id < parts.terms.length; id++) termIds.set(parts.terms[id]!, id);
    const vectors = new TermVectors(termIds, parts.termWeight);
    return new TermIndex(vectors, parts.postings, parts.centroidPostings, parts.textRuns, parts.textIntent, parts.intentCount);
  }

  /** An index from the working parts of another (see term-index-update.ts). */
  static fromState(state: TermIndexState): TermIndex {
    return new TermIndex(state.vectors, state.postings, state.centroidPostings, state.textRuns, state.textIntent, state.intentCount, state.forward);
  }

  private constructor(
    private readonly vectors: TermVectors,
    private readonly postings: PostingLists,
    private readonly centroidPostings: PostingLists,
    private readonly textRuns: TextRuns,
    private readonly textIntent: Int32Array,
    readonly intentCount: number,
    private readonly forward?: ForwardTexts,
  ) {
    this.unknownIdf = Math.log(1 + intentCount / 0.5);
    this.bestScratch = new Float64Array(intentCount);
    this.centroidScratch = new Float64Array(intentCount);
    this.result = { best: this.bestScratch, centroid: this.centroidScratch };
    this.bound = new Float64Array(intentCount);
    this.intentStamp = new Int32Array(intentCount);
    this.touchedIntents = new Int32Array(intentCount);
    this.candidates = new Int32Array(intentCount);
    this.scored = new Int32Array(intentCount);
    this.textSpanStart = new Int32Array(intentCount).fill(textIntent.length);
    this.textSpanEnd = new Int32Array(intentCount);
    for (let text = 0; text < textIntent.length; text++) {
      const intent = textIntent[text]!;
      // A text of an intent an update took out.
      if (intent < 0) continue;
      if (text < this.textSpanStart[intent]!) this.textSpanStart[intent] = text;
      this.textSpanEnd[intent] = text + 1;
    }
    let widest = 0;
    for (let intent = 0; intent < intentCount; intent++) widest = Math.max(widest, this.textSpanEnd[intent]! - this.textSpanStart[intent]!);
    this.perText = new Float64Array(widest);
  }

  /** What this index is made of, as plain data (shared, not copied: do not change it). */
  parts(): TermIndexParts {
    const { postings, centroidPostings, textRuns, textIntent, intentCount } = this;
    return { terms: this.vectors.terms(), termWeight: this.vectors.termWeight, postings, centroidPostings, textRuns, textIntent, intentCount };
  }

  /** What this index works with, read only: an update makes a new index from them. */
  get state(): TermIndexState {
    const { vectors, postings, centroidPostings, textRuns, textIntent, intentCount, forward } = this;
    return { vectors, postings, centroidPostings, textRuns, textIntent, intentCount, ...(forward ? { forward } : {}) };
  }

  /** See TermVectors.vector. */
  /** Whether an intent's own texts (its examples, not its answer) use a term (by id). */
  usedBy(term: number, intent: number): boolean {
    return this.centroidEntry(term, intent) >= 0;
  }

  /**
   * Where an intent's centroid entry for a term is (-1: its texts do not use the term). A term's entries are in
   * intent order: halved down to a short stretch (at archive scale a common term has thousands), which is then read
   * in order (at article scale a term has a few dozen: reading them costs less than halving's unforeseeable branches).
   */
  private centroidEntry(term: number, intent: number): number {
    const c = this.centroidPostings;
    let low = c.offsets[term]!;
    let high = c.offsets[term + 1]! - 1;
    while (high - low > READ_IN_ORDER) {
      const middle = (low + high) >>> 1;
      if (c.ids[middle]! < intent) low = middle + 1;
      else high = middle;
    }
    for (; low <= high; low++) {
      const id = c.ids[low]!;
      if (id >= intent) return id === intent ? low : -1;
    }
    return -1;
  }

  vector(terms: readonly string[], extraNormMass = 0): QueryVector {
    return this.vectors.vector(terms, extraNormMass);
  }

  /**
   * Per intent, the cosine with its centroid (all its texts together); and the best cosine with
   * any one of its texts, exactly for `always` and for every intent that can be among the best
   * three by `share * best + (1 - share) * centroid` (the matcher's ranking). The others are left
   * at zero, below their true value, so the three best and their scores are exactly as if every
   * text had been scored (max-score pruning: intents are scored from the highest upper bound of
   * their ranking score down, and the rest skipped once a bound is below the third-best exact
   * score). Intents that share no term are left at zero. The arrays returned are overwritten by
   * the next call: read them before scoring again.
   */
  score(query: QueryVector, share: number, always: number): { best: Float64Array; centroid: Float64Array } {
    const best = this.bestScratch;
    const centroid = this.centroidScratch;
    const { bound, intentStamp, touchedIntents } = this;
    // Only the intents the last call touched hold scores: zero those (an archive has thousands of intents).
    for (let i = 0; i < this.lastTouched; i++) {
      best[touchedIntents[i]!] = 0;
      centroid[touchedIntents[i]!] = 0;
    }
    this.scoredCount = 0;
    const c = this.centroidPostings;
    const maxWeight = this.textRuns.maxWeight;
    const stamp = ++this.stamp;
    let touchedCount = 0;
    for (let q = 0; q < query.count; q++) {
      const term = query.ids[q]!;
      const qWeight = query.weights[q]!;
      for (let e = c.offsets[term]!, end = c.offsets[term + 1]!; e < end; e++) {
        const intent = c.ids[e]!;
        if (intentStamp[intent] !== stamp) {
          intentStamp[intent] = stamp;
          touchedIntents[touchedCount++] = intent;
          bound[intent] = 0;
        }
        centroid[intent]! += qWeight * c.weights[e]!;
        bound[intent]! += qWeight * maxWeight[e]!;
      }
    }
    this.lastTouched = touchedCount;
    // Upper bounds of the ranking score (a hair above, against rounding), and the three highest.
    let top0 = -1;
    let top1 = -1;
    let top2 = -1;
    for (let i = 0; i < touchedCount; i++) {
      const intent = touchedIntents[i]!;
      const b = (bound[intent] = share * bound[intent]! + (1 - share) * centroid[intent]! + BOUND_MARGIN);
      if (intent === always) continue;
      if (top0 < 0 || b > bound[top0]!) {
        top2 = top1;
        top1 = top0;
        top0 = intent;
      } else if (top1 < 0 || b > bound[top1]!) {
        top2 = top1;
        top1 = intent;
      } else if (top2 < 0 || b > bound[top2]!) top2 = intent;
    }
    if (always >= 0 && intentStamp[always] === stamp) {
      best[always] = this.bestText(always, query);
      this.scored[this.scoredCount++] = always;
    }
    const ranking = this.ranking.fill(0);
    if (top0 >= 0) this.rank(top0, query, share);
    if (top1 >= 0) this.rank(top1, query, share);
    if (top2 >= 0) this.rank(top2, query, share);
    // Then every other intent whose bound reaches the third-best score, highest bound first, as
    // long as it still does.
    const { candidates } = this;
    let candidateCount = 0;
    for (let i = 0; i < touchedCount; i++) {
      const intent = touchedIntents[i]!;
      if (intent !== always && intent !== top0 && intent !== top1 && intent !== top2 && bound[intent]! >= ranking[2]!) candidates[candidateCount++] = intent;
    }
    // Highest bound first, ties in the order met (a stable sort). Usually a handful: an insertion
    // sort then, with no comparator call, view or closure per question.
    if (candidateCount > SORT_IN_PLACE) candidates.subarray(0, candidateCount).sort((a, b) => bound[b]! - bound[a]!);
    else {
      for (let i = 1; i < candidateCount; i++) {
        const intent = candidates[i]!;
        let at = i;
        for (; at > 0 && bound[candidates[at - 1]!]! < bound[intent]!; at--) candidates[at] = candidates[at - 1]!;
        candidates[at] = intent;
      }
    }
    for (let i = 0; i < candidateCount && bound[candidates[i]!]! >= ranking[2]!; i++) this.rank(candidates[i]!, query, share);
    return this.result;
  }

  /**
   * The intents the last `score` call scored exactly, in ascending order (a view overwritten by the
   * next call). Every other intent's ranking score is below the third best of these: only these
   * can be among the best three (the out-of-scope intent, when touched, is among them too).
   */
  scoredIntents(): Int32Array {
    const scored = this.scored.subarray(0, this.scoredCount);
    // A handful: insertion sort, no comparator call.
    for (let i = 1; i < scored.length; i++) {
      const intent = scored[i]!;
      let at = i;
      for (; at > 0 && scored[at - 1]! > intent; at--) scored[at] = scored[at - 1]!;
      scored[at] = intent;
    }
    return scored;
  }

  /** Scores one intent's texts exactly, and keeps the three best ranking scores in `ranking`. */
  private rank(intent: number, query: QueryVector, share: number): void {
    const best = (this.bestScratch[intent] = this.bestText(intent, query));
    this.scored[this.scoredCount++] = intent;
    const score = share * best + (1 - share) * this.centroidScratch[intent]!;
    const ranking = this.ranking;
    if (score > ranking[0]!) {
      ranking[2] = ranking[1]!;
      ranking[1] = ranking[0]!;
      ranking[0] = score;
    } else if (score > ranking[1]!) {
      ranking[2] = ranking[1]!;
      ranking[1] = score;
    } else if (score > ranking[2]!) ranking[2] = score;
  }

  /**
   * The best cosine of one intent's texts with the query: its texts scored term by term in query
   * order. The intent's centroid entry for each term (where its texts' postings for the term run) is
   * found by binary search (centroidEntry), so the pass over every intent need not note it. The texts'
   * sums are kept by their place in the intent's span, zeroed first: about as many as its postings the
   * query walks, and no check per posting whether a text is new.
   */
  private bestText(intent: number, query: QueryVector): number {
    const { perText } = this;
    const { ids, weights } = this.postings;
    const { start, end: runEnd } = this.textRuns;
    const first = this.textSpanStart[intent]!;
    const span = this.textSpanEnd[intent]! - first;
    if (span <= 0) return 0;
    perText.fill(0, 0, span);
    for (let q = 0; q < query.count; q++) {
      const entry = this.centroidEntry(query.ids[q]!, intent);
      if (entry < 0) continue;
      const qWeight = query.weights[q]!;
      for (let i = start[entry]!, end = runEnd[entry]!; i < end; i++) perText[ids[i]! - first]! += qWeight * weights[i]!;
    }
    // Texts no query term reaches stay at zero, below any text it does.
    let max = 0;
    for (let n = 0; n < span; n++) if (perText[n]! > max) max = perText[n]!;
    return max;
  }
}

/** Turns sets of terms into unit-length TF-IDF vectors over the index's term ids. */
export class TermVectors {
  /** Reused by every call: the vector returned is overwritten by the next. */
  private readonly query: QueryVector = { count: 0, ids: [], terms: [], weights: [] };
  /** Per term id, the last call that used it: a term twice in one set counts once. */
  private readonly lastQuery: Int32Array;
  private queryNumber = 0;

  constructor(
    /** Term -> id. */
    readonly termIds: ReadonlyMap<string, number>,
    /** Per term id: its idf, times the concept weight for a concept. */
    readonly termWeight: Float64Array,
  ) {
    // Sized by the weights: an updated index may have ids of terms no text uses any more.
    this.lastQuery = new Int32Array(termWeight.length);
  }

  /** Every term, by id (ids are numbered in order of first use, as the map was filled). */
  terms(): string[] {
    return [...this.termIds.keys()];
  }

  /** The same from term ids (`ids[from..to)`), as the index's own texts have them. */
  vectorOfIds(ids: Int32Array, from: number, to: number): QueryVector {
    const q = this.query;
    const stamp = ++this.queryNumber;
    let squares = 0;
    q.count = 0;
    for (let at = from; at < to; at++) {
      const id = ids[at]!;
      const weight = this.termWeight[id]!;
      squares += weight * weight;
      if (this.lastQuery[id] === stamp) continue;
      this.lastQuery[id] = stamp;
      q.ids[q.count] = id;
      q.weights[q.count] = weight;
      q.count++;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let i = 0; i < q.count; i++) q.weights[i] = q.weights[i]! / norm;
    return q;
  }

  /**
   * Unit-length TF-IDF vector of a set of terms (binary term frequency: questions are short);
   * terms no text uses are left out, their weight counted in `extraNormMass` by the caller.
   */
  vector(terms: readonly string[], extraNormMass = 0): QueryVector {
    const q = this.query;
    const stamp = ++this.queryNumber;
    let squares = extraNormMass;
    q.count = 0;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const weight = this.termWeight[id]!;
      squares += weight * weight;
      if (this.lastQuery[id] === stamp) continue;
      this.lastQuery[id] = stamp;
      q.ids[q.count] = id;
      q.terms[q.count] = term;
      q.weights[q.count] = weight;
      q.count++;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let i = 0; i < q.count; i++) q.weights[i] = q.weights[i]! / norm;
    return q;
  }
}

/** A term's idf over intents, times the concept weight for a concept. */
export function termWeightOf(term: string, intentsWithTerm: number, intentCount: number, weights: TermWeights): number {
  return Math.log(1 + intentCount / intentsWithTerm) * (term.startsWith('#') ? weights.concept : 1);
}

// A term's centroid entries for at most this many intents are read in order, not halved (see centroidEntry).
const READ_IN_ORDER = 32;

// Up to this many candidates are sorted by insertion (a typed array's sort calls a comparator).
const SORT_IN_PLACE = 16;

// Far above rounding error (sums of a few dozen products below 1), far below any real difference.
const BOUND_MARGIN = 1e-9;

/** Per (term, intent) entry of the centroid postings: where its texts' postings run, and their highest weight. */
export interface TextRuns {
  start: Int32Array;
  end: Int32Array;
  maxWeight: Float64Array;
}
