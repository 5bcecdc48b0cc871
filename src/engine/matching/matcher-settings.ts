/**
 * The matcher's numbers, chosen by measurement, not by taste: a grid search over these settings on
 * the evaluation sets (test/eval/dev.jsonl and questions.jsonl), maximising the worse of answerable
 * accuracy and correct declines, then their mean.
 */
export interface MatcherSettings {
  /** Weight of a lexicon concept term relative to a word term. */
  conceptWeight: number;
  /** How much an unknown word weighs against the question, relative to the rarest known word. */
  unknownWeight: number;
  /** Score = bestShare * best single text + (1 - bestShare) * whole intent. */
  bestShare: number;
  /** Below this score the question is declined (confidence 0.5 sits here). */
  threshold: number;
  /** Least share of the question's weight the answering entry's own texts must use. */
  minExplained: number;
  /** The out-of-scope examples must stay below the best entry text by this much (or more). */
  outOfScopeMargin: number;
  /** A runner-up this close to the winner is mentioned as related. */
  relatedGap: number;
  /** Logistic slope from evidence to confidence, fitted (log loss) on dev.jsonl: 0.9 means ~90% right. */
  calibrationSlope: number;
}

export const DEFAULT_MATCHER_SETTINGS: MatcherSettings = {
  conceptWeight: 0.5,
  unknownWeight: 0.9,
  bestShare: 0.8,
  threshold: 0.2,
  minExplained: 0.62,
  outOfScopeMargin: -0.1,
  relatedGap: 0.03,
  calibrationSlope: 20,
};
