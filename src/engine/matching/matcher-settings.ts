import type { CalibrationKnots } from './calibration.js';

/**
 * The matcher's numbers, chosen by measurement, not by taste. `decision` (its cut included) is fitted
 * on the training questions and the evaluation sets already scored (npm run fit-decision, which
 * judges it leave-one-set-out); the suggestion thresholds and the analysis weights were chosen on the
 * evaluation sets that had already been scored (test/eval/heldout/*.jsonl, questions.jsonl,
 * dev.jsonl), never on a set before its first-seen score was taken.
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
   * The answer decision: a logistic model over the match's features (MATCH_FEATURES, in order) and
   * products of pairs of them (`products`: [feature, feature, weight]), fitted by `npm run
   * fit-decision`; answered when its probability reaches `cut`.
   */
  decision: { bias: number; weights: readonly number[]; products?: ReadonlyArray<readonly [number, number, number]>; cut: number };
  /**
   * A complete match (at least `explained` of the question's weight in words the entry's texts use,
   * and a score of at least `score`) of a question about a topic, not for a particular fact (see
   * fact-question.ts), is answered from the lower `cut`. Chosen on the scored sets (E, F and G
   * among them): the lowest cut that answered no trap on any of them (0.6 with the decision fitted on
   * training questions alone; with the one fitted on realistic messages, 0.55 down to 0.4 answer the
   * same and no trap, 0.3 answers a question wrongly that it declined with the right suggestion: 0.5).
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
  // npm run fit-decision (its output verbatim, run with the decision before it in place): fitted on the training
  // questions and every scored evaluation set; leave-one-set-out it beats that decision on mean answered + declined.
  decision: {
    bias: -4.122,
    weights: [0.724, 0, 0, -0.701, 0.599, -0.244, 0, -0.291, 0, 0, -0.298, -0.074, -0.506, 0.494, -0.278, -0.524, 0.619, -0.37],
    // prettier-ignore
    products: [[0, 0, 0.972], [0, 1, 0.233], [0, 2, 0.392], [0, 3, -0.904], [0, 4, 0.657], [0, 16, 0.802], [0, 11, -0.644], [0, 5, -0.381], [0, 13, 0.089], [1, 1, -0.424], [1, 2, -0.35], [1, 3, -0.4], [1, 4, 0.194], [1, 16, 0.081], [1, 11, -1.007], [1, 5, -1.777], [1, 13, -0.254], [2, 2, -0.169], [2, 3, -0.516], [2, 4, 0.558], [2, 16, 0.262], [2, 11, -0.242], [2, 5, 2.048], [2, 13, 0.032], [3, 3, -1.246], [3, 4, -0.453], [3, 16, -0.573], [3, 11, -1.243], [3, 5, -1.26], [3, 13, -0.48], [4, 4, -0.647], [4, 16, 0.676], [4, 11, 0.1], [4, 5, -2.145], [4, 13, 0.27], [16, 16, 0.623], [16, 11, -0.342], [16, 5, 0.307], [16, 13, 0.202], [11, 11, -0.24], [11, 5, 0.884], [11, 13, 0.109], [5, 5, -1.164], [5, 13, 0.376], [13, 13, 0.113]],
    cut: 0.68,
  },
  completeMatch: { explained: 0.99, score: 0.7, cut: 0.5 },
  calibration: [],
};
