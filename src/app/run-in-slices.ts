import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Assembly } from '../engine/assembly/assembly.js';

/**
 * Runs an assembly on the event loop in slices of at most about `budgetMs`, giving the loop back
 * between them, so a bot keeps answering while a new engine is put together.
 */
export async function runInSlices<T>(assembly: Assembly<T>, budgetMs = 3): Promise<T> {
  for (;;) {
    const sliceEnd = performance.now() + budgetMs;
    for (;;) {
      const step = assembly.next();
      if (step.done) return step.value;
      if (performance.now() >= sliceEnd) break;
    }
    await nextTurn();
  }
}
