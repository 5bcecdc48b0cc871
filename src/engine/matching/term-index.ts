/**
 * TF-IDF vectors of the knowledge base's texts in an inverted index, so a question is compared
 * only with the texts that share a term with it. IDF is counted over intents (not texts), so a
 * word every entry uses weighs nothing however many times it is written.
 */
export interface IndexedText {
  intent: number;
  terms: readonly string[];
}

export interface TermWeights {
  /** Concept terms (from the lexicon, "#…") count less than the words themselves. */
  concept: number;
}

/** A term's postings as parallel arrays: compact, and fast to walk. */
interface Postings {
  ids: Int32Array;
  weights: Float64Array;
}

export class TermIndex {
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, Postings>();
  private readonly centroidPostings = new Map<string, Postings>();
  private readonly textIntent: Int32Array;
  /**
   * Scratch for scoring, reused by every call (the engine answers one question at a time):
   * fresh typed arrays per question cost more in garbage collection than the scoring itself.
   */
  private readonly perText: Float64Array;
  private readonly touched: Int32Array;
  private readonly bestScratch: Float64Array;
  private readonly centroidScratch: Float64Array;
  readonly unknownIdf: number;

  constructor(
    texts: readonly IndexedText[],
    readonly intentCount: number,
    private readonly weights: TermWeights,
  ) {
    // In how many intents each term occurs (texts come grouped by intent, but need not).
    const intentsWithTerm = new Map<string, { count: number; last: number; seen?: Set<number> }>();
    for (const t of texts)
      for (const term of t.terms) {
        const c = intentsWithTerm.get(term);
        if (!c) intentsWithTerm.set(term, { count: 1, last: t.intent });
        else if (c.last !== t.intent) {
          c.seen ??= new Set([c.last]);
          if (!c.seen.has(t.intent)) {
            c.seen.add(t.intent);
            c.count += 1;
          }
          c.last = t.intent;
        }
      }
    for (const [term, c] of intentsWithTerm) this.idf.set(term, Math.log(1 + intentCount / c.count));
    this.unknownIdf = Math.log(1 + intentCount / 0.5);

    this.textIntent = new Int32Array(texts.length);
    this.perText = new Float64Array(texts.length);
    this.touched = new Int32Array(texts.length);
    this.bestScratch = new Float64Array(intentCount);
    this.centroidScratch = new Float64Array(intentCount);
    const postings = new Map<string, { ids: number[]; weights: number[] }>();
    const centroids = Array.from({ length: intentCount }, () => new Map<string, number>());
    texts.forEach((t, index) => {
      this.textIntent[index] = t.intent;
      for (const [term, weight] of this.vector(t.terms)) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = { ids: [], weights: [] }));
        list.ids.push(index);
        list.weights.push(weight);
        const centroid = centroids[t.intent]!;
        centroid.set(term, (centroid.get(term) ?? 0) + weight);
      }
    });
    for (const [term, list] of postings) this.postings.set(term, packed(list));
    const centroidLists = new Map<string, { ids: number[]; weights: number[] }>();
    centroids.forEach((centroid, intent) => {
      const norm = Math.sqrt([...centroid.values()].reduce((s, w) => s + w * w, 0)) || 1;
      for (const [term, weight] of centroid) {
        let list = centroidLists.get(term);
        if (!list) centroidLists.set(term, (list = { ids: [], weights: [] }));
        list.ids.push(intent);
        list.weights.push(weight / norm);
      }
    });
    for (const [term, list] of centroidLists) this.centroidPostings.set(term, packed(list));
  }

  /** Unit-length TF-IDF vector of a set of terms (binary term frequency: questions are short). */
  vector(terms: readonly string[], extraNormMass = 0): Map<string, number> {
    const vector = new Map<string, number>();
    let squares = extraNormMass;
    for (const term of terms) {
      const idf = this.idf.get(term);
      if (idf === undefined) continue;
      const weight = idf * (term.startsWith('#') ? this.weights.concept : 1);
      vector.set(term, weight);
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  }

  /**
   * Per intent: the best cosine with any one of its texts, and the cosine with its centroid
   * (all its texts together). Intents that share no term are left at zero. The arrays returned
   * are overwritten by the next call: read them before scoring again.
   */
  score(query: Map<string, number>): { best: Float64Array; centroid: Float64Array } {
    const best = this.bestScratch.fill(0);
    const centroid = this.centroidScratch.fill(0);
    const { perText, touched } = this;
    let touchedCount = 0;
    for (const [term, qWeight] of query) {
      const p = this.postings.get(term);
      if (p)
        for (let i = 0; i < p.ids.length; i++) {
          const text = p.ids[i]!;
          if (perText[text] === 0) touched[touchedCount++] = text;
          perText[text]! += qWeight * p.weights[i]!;
        }
      const c = this.centroidPostings.get(term);
      if (c) for (let i = 0; i < c.ids.length; i++) centroid[c.ids[i]!]! += qWeight * c.weights[i]!;
    }
    for (let i = 0; i < touchedCount; i++) {
      const text = touched[i]!;
      const intent = this.textIntent[text]!;
      if (perText[text]! > best[intent]!) best[intent] = perText[text]!;
      perText[text] = 0;
    }
    return { best, centroid };
  }
}

function packed(list: { ids: number[]; weights: number[] }): Postings {
  return { ids: Int32Array.from(list.ids), weights: Float64Array.from(list.weights) };
}
