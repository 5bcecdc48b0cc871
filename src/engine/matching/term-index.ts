/**
 * TF-IDF vectors of the knowledge base's texts in an inverted index, so a question is compared
 * only with the texts that share a term with it. IDF is counted over intents (not texts), so a
 * word every entry uses weighs nothing however many times it is written.
 */
import { ITEMS_PER_SLICE, type Assembly } from '../assembly/assembly.js';

export interface IndexedText {
  intent: number;
  terms: readonly string[];
}

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
  /** Per text, its score so far in the intent being scored, and the texts that intent touched. */
  private readonly perText: Float64Array;
  private readonly textStamp: Int32Array;
  private readonly touchedTexts: Int32Array;
  private stamp = 0;
  readonly unknownIdf: number;

  /** The index of these texts, built in small pieces (see Assembly). */
  static *assemble(texts: readonly IndexedText[], intentCount: number, weights: TermWeights): Assembly<TermIndex> {
    // Every text's terms as ids (numbered in order of first use), in one flat array; and in how
    // many intents each term occurs (texts come grouped by intent, but need not).
    const termIds = new Map<string, number>();
    const termOf: string[] = [];
    const intentsWithTerm: number[] = [];
    const lastIntent: number[] = [];
    const seenIntents: Array<Set<number> | undefined> = [];
    let total = 0;
    for (const t of texts) total += t.terms.length;
    const textStart = new Int32Array(texts.length + 1);
    const textTerms = new Int32Array(total);
    let at = 0;
    for (let n = 0; n < texts.length; n++) {
      const t = texts[n]!;
      if (n % ITEMS_PER_SLICE === 0) yield;
      textStart[n] = at;
      for (const term of t.terms) {
        let id = termIds.get(term);
        if (id === undefined) {
          termIds.set(term, (id = termOf.length));
          termOf.push(term);
          intentsWithTerm.push(1);
          lastIntent.push(t.intent);
          seenIntents.push(undefined);
        } else if (lastIntent[id] !== t.intent) {
          const seen = (seenIntents[id] ??= new Set([lastIntent[id]!]));
          if (!seen.has(t.intent)) {
            seen.add(t.intent);
            intentsWithTerm[id]! += 1;
          }
          lastIntent[id] = t.intent;
        }
        textTerms[at++] = id;
      }
    }
    textStart[texts.length] = at;
    const termWeight = new Float64Array(termOf.length);
    for (let id = 0; id < termOf.length; id++) termWeight[id] = termWeightOf(termOf[id]!, intentsWithTerm[id]!, intentCount, weights);
    yield;
    const vectors = new TermVectors(termIds, termWeight);

    // Each text's vector, worked out once for its postings and its intent's centroid.
    const vectorStart = textStart;
    const vectorCount = new Int32Array(texts.length);
    const vectorIds = new Int32Array(total);
    const vectorWeights = new Float64Array(total);
    for (let n = 0; n < texts.length; n++) {
      if (n % ITEMS_PER_SLICE === 0) yield;
      const v = vectors.vectorOfIds(textTerms, textStart[n]!, textStart[n + 1]!);
      vectorCount[n] = v.count;
      for (let i = 0; i < v.count; i++) {
        vectorIds[vectorStart[n]! + i] = v.ids[i]!;
        vectorWeights[vectorStart[n]! + i] = v.weights[i]!;
      }
    }

    // A text with the same terms as another of its intent scores the same: index it once. Texts
    // are numbered intent by intent, so each term's postings for one intent are one run.
    const distinct: number[] = [];
    const byHash = new Map<number, number[]>();
    const sameText = (a: number, b: number): boolean => {
      if (texts[a]!.intent !== texts[b]!.intent || textStart[a + 1]! - textStart[a]! !== textStart[b + 1]! - textStart[b]!) return false;
      for (let i = textStart[a]!, j = textStart[b]!; i < textStart[a + 1]!; i++, j++) if (textTerms[i] !== textTerms[j]) return false;
      return true;
    };
    for (let n = 0; n < texts.length; n++) {
      if (n % ITEMS_PER_SLICE === 0) yield;
      let hash = texts[n]!.intent | 0;
      for (let i = textStart[n]!; i < textStart[n + 1]!; i++) hash = (Math.imul(hash, 31) + textTerms[i]! + 1) | 0;
      const same = byHash.get(hash);
      if (same?.some((m) => sameText(m, n))) continue;
      if (same) same.push(n);
      else byHash.set(hash, [n]);
      distinct.push(n);
    }
    // Stable, and linear for texts already grouped by intent (as the knowledge base lists them).
    distinct.sort((a, b) => texts[a]!.intent - texts[b]!.intent);
    yield;

    const textIntent = new Int32Array(distinct.length);
    const postings = new PostingListsBuilder(termIds.size);
    for (let index = 0; index < distinct.length; index++) {
      const n = distinct[index]!;
      if (index % ITEMS_PER_SLICE === 0) yield;
      textIntent[index] = texts[n]!.intent;
      for (let i = vectorStart[n]!, end = i + vectorCount[n]!; i < end; i++) postings.add(vectorIds[i]!, index, vectorWeights[i]!);
    }
    const textPostings = yield* postings.build();

    // Centroids sum every text, duplicates included: an intent said many ways leans that way.
    // Each intent's texts in their order, its terms in order of first use.
    const byIntent = new Int32Array(texts.length);
    const intentStart = new Int32Array(intentCount + 1);
    for (const t of texts) intentStart[t.intent + 1]!++;
    for (let intent = 0; intent < intentCount; intent++) intentStart[intent + 1]! += intentStart[intent]!;
    const next = intentStart.slice(0, intentCount);
    for (let n = 0; n < texts.length; n++) byIntent[next[texts[n]!.intent]!++] = n;
    const sum = new Float64Array(termOf.length);
    const used = new Int32Array(termOf.length).fill(-1);
    const order = new Int32Array(termOf.length);
    const centroidBuilder = new PostingListsBuilder(termIds.size);
    for (let intent = 0; intent < intentCount; intent++) {
      if (intent % ITEMS_PER_SLICE === 0) yield;
      let terms = 0;
      for (let k = intentStart[intent]!; k < intentStart[intent + 1]!; k++) {
        const n = byIntent[k]!;
        for (let i = vectorStart[n]!, end = i + vectorCount[n]!; i < end; i++) {
          const id = vectorIds[i]!;
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
      for (let k = 0; k < terms; k++) centroidBuilder.add(order[k]!, intent, sum[order[k]!]! / norm);
    }
    const centroidPostings = yield* centroidBuilder.build();
    const textRuns = yield* textRunsOf(centroidPostings, textPostings, textIntent);
    return new TermIndex(vectors, textPostings, centroidPostings, textRuns, textIntent, intentCount);
  }

  /** An index from the parts another one was made of (see term-index-update.ts). */
  static fromParts(parts: TermIndexParts): TermIndex {
    return new TermIndex(parts.vectors, parts.postings, parts.centroidPostings, parts.textRuns, parts.textIntent, parts.intentCount);
  }

  private constructor(
    private readonly vectors: TermVectors,
    private readonly postings: PostingLists,
    private readonly centroidPostings: PostingLists,
    private readonly textRuns: TextRuns,
    private readonly textIntent: Int32Array,
    readonly intentCount: number,
  ) {
    this.unknownIdf = Math.log(1 + intentCount / 0.5);
    this.bestScratch = new Float64Array(intentCount);
    this.centroidScratch = new Float64Array(intentCount);
    this.result = { best: this.bestScratch, centroid: this.centroidScratch };
    this.bound = new Float64Array(intentCount);
    this.intentStamp = new Int32Array(intentCount);
    this.touchedIntents = new Int32Array(intentCount);
    this.candidates = new Int32Array(intentCount);
    this.perText = new Float64Array(textIntent.length);
    this.textStamp = new Int32Array(textIntent.length);
    this.touchedTexts = new Int32Array(textIntent.length);
  }

  /** What this index is made of, read only: an update makes a new index from them. */
  get parts(): TermIndexParts {
    const { vectors, postings, centroidPostings, textRuns, textIntent, intentCount } = this;
    return { vectors, postings, centroidPostings, textRuns, textIntent, intentCount };
  }

  /** See TermVectors.vector. */
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
    const best = this.bestScratch.fill(0);
    const centroid = this.centroidScratch.fill(0);
    const { bound, intentStamp, touchedIntents } = this;
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
    if (always >= 0 && intentStamp[always] === stamp) best[always] = this.bestText(always, query);
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
    if (candidateCount > 1) candidates.subarray(0, candidateCount).sort((a, b) => bound[b]! - bound[a]!);
    for (let i = 0; i < candidateCount && bound[candidates[i]!]! >= ranking[2]!; i++) this.rank(candidates[i]!, query, share);
    return this.result;
  }

  /** Scores one intent's texts exactly, and keeps the three best ranking scores in `ranking`. */
  private rank(intent: number, query: QueryVector, share: number): void {
    const best = (this.bestScratch[intent] = this.bestText(intent, query));
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
   * order. Each term's centroid entries are in intent order: the intent's entry (where its texts'
   * postings for the term run) is found by binary search, so the pass over every intent need not
   * note it (at archive scale a common term has thousands).
   */
  private bestText(intent: number, query: QueryVector): number {
    const { perText, textStamp, touchedTexts } = this;
    const { ids, weights } = this.postings;
    const c = this.centroidPostings;
    const { start, end: runEnd } = this.textRuns;
    const stamp = ++this.stamp;
    let touched = 0;
    for (let q = 0; q < query.count; q++) {
      const term = query.ids[q]!;
      let low = c.offsets[term]!;
      let high = c.offsets[term + 1]! - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (c.ids[middle]! < intent) low = middle + 1;
        else high = middle;
      }
      if (low > high || c.ids[low] !== intent) continue;
      const qWeight = query.weights[q]!;
      for (let i = start[low]!, end = runEnd[low]!; i < end; i++) {
        const text = ids[i]!;
        if (textStamp[text] !== stamp) {
          textStamp[text] = stamp;
          touchedTexts[touched++] = text;
          perText[text] = 0;
        }
        perText[text]! += qWeight * weights[i]!;
      }
    }
    let max = 0;
    for (let n = 0; n < touched; n++) if (perText[touchedTexts[n]!]! > max) max = perText[touchedTexts[n]!]!;
    return max;
  }
}

/** A TermIndex's parts. Every posting list is in intent order (a build numbers texts intent by intent; an update need not). */
export interface TermIndexParts {
  vectors: TermVectors;
  postings: PostingLists;
  centroidPostings: PostingLists;
  textRuns: TextRuns;
  /** Per indexed (distinct) text, its intent. */
  textIntent: Int32Array;
  intentCount: number;
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
    for (const term of terms) {
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

// Far above rounding error (sums of a few dozen products below 1), far below any real difference.
const BOUND_MARGIN = 1e-9;

/** Per (term, intent) entry of the centroid postings: where its texts' postings run, and their highest weight. */
export interface TextRuns {
  start: Int32Array;
  end: Int32Array;
  maxWeight: Float64Array;
}

export function* textRunsOf(centroids: PostingLists, postings: PostingLists, textIntent: Int32Array): Assembly<TextRuns> {
  const entries = centroids.ids.length;
  const runs: TextRuns = { start: new Int32Array(entries), end: new Int32Array(entries), maxWeight: new Float64Array(entries) };
  for (let term = 0; term + 1 < centroids.offsets.length; term++) {
    if (term % ITEMS_PER_SLICE === 0) yield;
    termTextRuns(runs, term, centroids, postings, textIntent);
  }
  return runs;
}

/** One term's text runs (see textRunsOf). */
export function termTextRuns(runs: TextRuns, term: number, centroids: PostingLists, postings: PostingLists, textIntent: Int32Array): void {
  // Both lists are in intent order: walk them side by side.
  let i = postings.offsets[term]!;
  const last = postings.offsets[term + 1]!;
  for (let e = centroids.offsets[term]!; e < centroids.offsets[term + 1]!; e++) {
    const intent = centroids.ids[e]!;
    while (i < last && textIntent[postings.ids[i]!]! < intent) i++;
    runs.start[e] = i;
    let max = 0;
    for (; i < last && textIntent[postings.ids[i]!] === intent; i++) max = Math.max(max, postings.weights[i]!);
    runs.end[e] = i;
    runs.maxWeight[e] = max;
  }
}

/** Collects (term, id, weight) postings, then packs them by term, each term's in the order added. */
class PostingListsBuilder {
  private readonly terms: number[] = [];
  private readonly ids: number[] = [];
  private readonly weights: number[] = [];

  constructor(private readonly termCount: number) {}

  add(term: number, id: number, weight: number): void {
    this.terms.push(term);
    this.ids.push(id);
    this.weights.push(weight);
  }

  *build(): Assembly<PostingLists> {
    const offsets = new Int32Array(this.termCount + 1);
    for (let i = 0; i < this.terms.length; i++) offsets[this.terms[i]! + 1]!++;
    for (let t = 0; t < this.termCount; t++) offsets[t + 1]! += offsets[t]!;
    const next = offsets.slice(0, this.termCount);
    yield;
    const ids = new Int32Array(this.ids.length);
    const weights = new Float64Array(this.ids.length);
    for (let i = 0; i < this.terms.length; i++) {
      if (i % (ITEMS_PER_SLICE * 16) === 0) yield;
      const at = next[this.terms[i]!]!++;
      ids[at] = this.ids[i]!;
      weights[at] = this.weights[i]!;
    }
    return { offsets, ids, weights };
  }
}
