import { FLOW_TERMS, type Flow } from './flow.js';

export type FlowCounts = Record<Flow, number>;

const FLOWS: readonly Flow[] = ['to-russia', 'to-north-korea'];

/** A text of the intent as analysed (an AnalysedText): its terms, and whether it is its answer. */
interface IntentText {
  terms: readonly string[];
  vocabularyOnly?: boolean;
}

/**
 * What one intent's texts say beyond the index: every term they use (its answer's too), and how
 * many of its examples send something each way between North Korea and Russia. Only the best
 * matches of a question are read, so it is worked out from the texts when first read, not for
 * every intent while the engine is built (a pass over every term of every text).
 */
export class IntentVocabulary {
  private constructor(
    private readonly texts: readonly IntentText[],
    private terms?: Set<string>,
    private flowCounts?: FlowCounts,
  ) {}

  /** Of these texts, worked out when first read. */
  static of(texts: readonly IntentText[]): IntentVocabulary {
    return new IntentVocabulary(texts);
  }

  /** As worked out before (a saved matcher's parts). */
  static known(terms: Set<string>, flows: FlowCounts): IntentVocabulary {
    return new IntentVocabulary([], terms, flows);
  }

  /** Every term the intent's texts use. */
  words(): ReadonlySet<string> {
    if (this.terms === undefined) {
      const terms = new Set<string>();
      for (const t of this.texts) for (const term of t.terms) terms.add(term);
      this.terms = terms;
    }
    return this.terms;
  }

  /** How many of the intent's examples (its answer aside) state each direction. */
  flows(): FlowCounts {
    if (this.flowCounts === undefined) {
      const counts = { 'to-russia': 0, 'to-north-korea': 0 };
      for (const t of this.texts) if (!t.vocabularyOnly) for (const flow of FLOWS) if (t.terms.includes(FLOW_TERMS[flow])) counts[flow]++;
      this.flowCounts = counts;
    }
    return this.flowCounts;
  }
}
