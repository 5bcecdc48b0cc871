import { isBusy } from '../storage/busy.js';

const PAUSES_MS = [2, 5, 10, 20, 40, 80];

/**
 * The bot's connection does not wait for another process's write lock (its event loop must never
 * block): a write that finds the database busy fails at once with SQLITE_BUSY, and is retried here
 * after a short asynchronous pause instead.
 * Runs `fn` until it does not fail for a busy database, pausing (not blocking) in between; gives up after `timeoutMs`. */
export async function retryWhenBusy<T>(fn: () => T | Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, PAUSES_MS[Math.min(attempt, PAUSES_MS.length - 1)]));
    }
  }
}
