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
