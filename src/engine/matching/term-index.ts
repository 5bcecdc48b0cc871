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

export class TermIndex {
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, Array<{ text: number; weight: number }>>();
  private readonly centroidPostings = new Map<string, Array<{ intent: number; weight: number }>>();
  private readonly textIntent: Int32Array;
  readonly unknownIdf: number;

  constructor(
    texts: readonly IndexedText[],
    readonly intentCount: number,
    private readonly weights: TermWeights,
  ) {
    const intentsWithTerm = new Map<string, Set<number>>();
    for (const t of texts)
      for (const term of t.terms) {
        let set = intentsWithTerm.get(term);
        if (!set) intentsWithTerm.set(term, (set = new Set()));
        set.add(t.intent);
      }
    for (const [term, set] of intentsWithTerm) this.idf.set(term, Math.log(1 + intentCount / set.size));
    this.unknownIdf = Math.log(1 + intentCount / 0.5);

    this.textIntent = new Int32Array(texts.length);
    const centroids = Array.from({ length: intentCount }, () => new Map<string, number>());
    texts.forEach((t, index) => {
      this.textIntent[index] = t.intent;
      const vector = this.vector(t.terms);
      for (const [term, weight] of vector) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ text: index, weight });
        const centroid = centroids[t.intent]!;
        centroid.set(term, (centroid.get(term) ?? 0) + weight);
      }
    });
    centroids.forEach((centroid, intent) => {
      const norm = Math.sqrt([...centroid.values()].reduce((s, w) => s + w * w, 0)) || 1;
      for (const [term, weight] of centroid) {
        let list = this.centroidPostings.get(term);
        if (!list) this.centroidPostings.set(term, (list = []));
        list.push({ intent, weight: weight / norm });
      }
    });
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
   * (all its texts together). Intents that share no term are left at zero.
   */
  score(query: Map<string, number>): { best: Float64Array; centroid: Float64Array } {
    const best = new Float64Array(this.intentCount);
    const centroid = new Float64Array(this.intentCount);
    const perText = new Map<number, number>();
    for (const [term, qWeight] of query) {
      for (const p of this.postings.get(term) ?? []) perText.set(p.text, (perText.get(p.text) ?? 0) + qWeight * p.weight);
      for (const p of this.centroidPostings.get(term) ?? []) centroid[p.intent]! += qWeight * p.weight;
    }
    for (const [text, cosine] of perText) {
      const intent = this.textIntent[text]!;
      if (cosine > best[intent]!) best[intent] = cosine;
    }
    return { best, centroid };
  }
}
