/**
 * Logistic regression for the matcher's answer decision (bench/fit-decision.ts): gradient descent on
 * standardised features with L2, each example weighted, and each weight held to a sign (or left out).
 */

/** A weight's allowed sign: 1 or -1, 'free' (either), or 0 (the feature is left out). */
export type Sign = -1 | 0 | 1 | 'free';

export interface Example {
  features: readonly number[];
  label: 0 | 1;
  /** How much the example counts in the fit (1 when absent). */
  weight?: number;
}

export interface LogisticModel {
  bias: number;
  weights: number[];
}

const STEPS = 3000;
const RATE = 0.5;

export function fitLogistic(data: readonly Example[], signs: readonly Sign[], l2: number): LogisticModel {
  const dims = signs.length;
  const total = data.reduce((s, e) => s + (e.weight ?? 1), 0);
  const mean = new Array<number>(dims).fill(0);
  const sd = new Array<number>(dims).fill(0);
  for (const e of data) for (let j = 0; j < dims; j++) mean[j]! += ((e.weight ?? 1) * e.features[j]!) / total;
  for (const e of data) for (let j = 0; j < dims; j++) sd[j]! += ((e.weight ?? 1) * (e.features[j]! - mean[j]!) ** 2) / total;
  for (let j = 0; j < dims; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  const x = data.map((e) => Float64Array.from({ length: dims }, (_, j) => (e.features[j]! - mean[j]!) / sd[j]!));
  const w = new Float64Array(dims);
  const gw = new Float64Array(dims);
  let b = 0;
  for (let step = 0; step < STEPS; step++) {
    gw.fill(0);
    let gb = 0;
    for (let i = 0; i < x.length; i++) {
      const row = x[i]!;
      let z = b;
      for (let j = 0; j < dims; j++) z += row[j]! * w[j]!;
      const err = ((data[i]!.weight ?? 1) * (1 / (1 + Math.exp(-z)) - data[i]!.label)) / total;
      gb += err;
      for (let j = 0; j < dims; j++) gw[j]! += err * row[j]!;
    }
    // Projected gradient step: a weight that would take the wrong sign stays at zero.
    for (let j = 0; j < dims; j++) {
      const next = w[j]! - RATE * (gw[j]! + l2 * w[j]!);
      const sign = signs[j]!;
      w[j] = sign === 'free' ? next : sign === 0 ? 0 : sign * Math.max(0, sign * next);
    }
    b -= RATE * gb;
  }
  // Back to the raw features' scale.
  const weights = Array.from(w, (wj, j) => wj / sd[j]!);
  return { bias: b - weights.reduce((s, wj, j) => s + wj * mean[j]!, 0), weights };
}

export function probability(model: LogisticModel, features: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j]! * (features[j] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
