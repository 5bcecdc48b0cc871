import { describe, expect, it } from 'vitest';
import { calibrated } from '../../../src/engine/matching/calibration.js';
import { DEFAULT_MATCHER_SETTINGS } from '../../../src/engine/matching/matcher-settings.js';

describe('calibrated confidence', () => {
  const knots = [
    [0.8, 0.7],
    [0.9, 0.85],
    [0.99, 0.95],
  ] as const;

  it('reports the raw probability when nothing was fitted', () => {
    expect(calibrated(0.93, [])).toBe(0.93);
  });

  it('is linear between knots, from zero to the first and flat after the last', () => {
    expect(calibrated(0.85, knots)).toBeCloseTo(0.775);
    expect(calibrated(0.9, knots)).toBeCloseTo(0.85);
    expect(calibrated(0.4, knots)).toBeCloseTo(0.35);
    expect(calibrated(1, knots)).toBeCloseTo(0.95);
    expect(calibrated(0, knots)).toBe(0);
  });

  it('keeps the order of confidences (a surer match is never reported as less sure)', () => {
    let last = -1;
    for (let raw = 0; raw <= 1; raw += 0.001) {
      const c = calibrated(raw, DEFAULT_MATCHER_SETTINGS.calibration);
      expect(c).toBeGreaterThanOrEqual(last);
      expect(c).toBeLessThanOrEqual(1);
      last = c;
    }
  });
});
