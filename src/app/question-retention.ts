import { retryWhenBusy } from './retry-when-busy.js';
import { utcNow } from '../storage/clock.js';
import type { PrivacyRepository } from '../storage/privacy-repository.js';

const DAY_MS = 86_400_000;

/** What a retention pass reports: how many rows it changed, or why it could not run. */
export interface RetentionReport {
  onDone?: (rows: number) => void;
  onError?: (error: unknown) => void;
}

/**
 * FACTBOT_RETENTION_DAYS: who asked (user and channel ids) is removed from stored questions older
 * than that, and voters from older votes; the wording stays for review. Runs at start-up and then
 * periodically, in small transactions with the event loop free in between.
 */
export class QuestionRetention {
  constructor(
    private readonly privacy: PrivacyRepository,
    private readonly days: number,
    private readonly report: RetentionReport = {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One pass over everything due; resolves with how many rows it changed. */
  async run(): Promise<number> {
    const cutoff = new Date(this.now().getTime() - this.days * DAY_MS).toISOString();
    let total = 0;
    for (;;) {
      const changed = await retryWhenBusy(() => this.privacy.retainBatch(cutoff, utcNow()));
      total += changed;
      if (changed === 0) return total;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Runs now and every `intervalMs` (default six hours); returns a function that stops it. */
  start(intervalMs = 6 * 3_600_000): () => void {
    const pass = () =>
      void this.run().then(
        (rows) => this.report.onDone?.(rows),
        (error: unknown) => {
          if (!(error as Error).message?.includes('not open')) this.report.onError?.(error);
        },
      );
    pass();
    const timer = setInterval(pass, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
