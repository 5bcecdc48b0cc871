/**
 * Building an engine is a few hundred milliseconds of synchronous work at archive scale. Written
 * as a generator that yields between small pieces, it can be run at once (the command line) or
 * in slices between which a bot's event loop answers members (see src/app/run-in-slices.ts).
 */
export type Assembly<T> = Generator<void, T, void>;

/** How many items (texts, words) a loop handles between two yields: well under a millisecond. */
export const ITEMS_PER_SLICE = 256;

/** Runs an assembly to its end, synchronously. */
export function assembleNow<T>(assembly: Assembly<T>): T {
  for (;;) {
    const step = assembly.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `step(from, to)` over [0, count) a slice at a time, yielding before each slice. The loops sit
 * in a plain function: V8 does not optimise a long loop inside a generator while it runs (no
 * on-stack replacement), but a function called once a slice is optimised like any other.
 */
export function* inSlices(count: number, step: (from: number, to: number) => void): Assembly<void> {
  for (let from = 0; from < count; from += ITEMS_PER_SLICE) {
    yield;
    step(from, Math.min(count, from + ITEMS_PER_SLICE));
  }
}
