import { performance } from 'node:perf_hooks';

/** A start time for `elapsed`. */
export const now = (): number => performance.now();

/** Milliseconds since `started`, to one decimal, for the `latencyMs` log field. */
export function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
