/**
 * Knots of a monotone map from the answer decision's probability to how often answers given at it
 * were right on evaluation sets already scored (npm run fit-calibration): the decision model is
 * fitted on the training questions, which are cleaner than real messages, so its raw probability
 * promises more than it delivers. Each knot is [raw probability, share right], raw ascending.
 */
export type CalibrationKnots = ReadonlyArray<readonly [raw: number, right: number]>;

/**
 * The reported confidence for a raw probability: linear between knots, from (0, 0) to the first
 * and flat after the last; the raw probability itself when there are no knots.
 */
export function calibrated(raw: number, knots: CalibrationKnots): number {
  if (knots.length === 0) return raw;
  let fromRaw = 0;
  let fromRight = 0;
  for (const [knotRaw, knotRight] of knots) {
    if (raw <= knotRaw) {
      const span = knotRaw - fromRaw;
      return span <= 0 ? knotRight : fromRight + ((knotRight - fromRight) * (raw - fromRaw)) / span;
    }
    fromRaw = knotRaw;
    fromRight = knotRight;
  }
  return fromRight;
}
