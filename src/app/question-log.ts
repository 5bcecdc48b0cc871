import type { Database } from 'better-sqlite3';
import { isBusy } from '../storage/busy.js';
import { utcNow } from '../storage/clock.js';
import {
  FeedbackRepository,
  type AskedQuestion,
  type FeedbackOutcome,
  type LoggedQuestion,
  type NewAskedQuestion,
  type PendingQuestions,
  type PickOutcome,
} from '../storage/feedback-repository.js';

export interface QuestionLogOptions {
  /** Ids reserved at a time (at least); the rest of a block is left unused when the process ends. */
  blockSize?: number;
  /**
   * How long a question waits in the buffer before it is written, with every other question of that
   * time: what a crash of the process may lose (well under a second).
   */
  flushDelayMs?: number;
  /** A write that failed for another reason than a busy database (the questions in it are dropped). */
  onError?: (error: unknown, dropped: number) => void;
}

/** The default flushDelayMs: a crash loses at most this much of the log. */
const FLUSH_DELAY_MS = 500;

/**
 * What people asked, written off the reply path. A question gets its id at once (from a block of ids
 * reserved beforehand, so the answer's buttons can refer to it) and is written `flushDelayMs` later,
 * with every other question of that time in one transaction, on the question log's own connection
 * (synchronous = NORMAL: a commit is not flushed to disk, which a killed process does not need;
 * only a power cut may lose the last moments). Admin edits keep synchronous = FULL.
 *
 * Not at the next turn of the event loop: discord.js (undici) writes the reply's request in a
 * setImmediate of its own, after the handler has returned, so a write scheduled by the handler for
 * the next turn ran first and the reply waited for the transaction.
 */
export class QuestionLog implements PendingQuestions {
  private readonly repository: FeedbackRepository;
  private readonly blockSize: number;
  private readonly flushDelayMs: number;
  private readonly onError: (error: unknown, dropped: number) => void;
  private buffer: LoggedQuestion[] = [];
  /** Reserved ids not yet handed out: [next, end). */
  private ids = { next: 0, end: 0 };
  /** A block reserved ahead (by a flush), taken once `ids` runs out. */
  private spare: { next: number; end: number } | undefined;
  private scheduled: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    options: QuestionLogOptions = {},
  ) {
    this.repository = new FeedbackRepository(db);
    this.blockSize = options.blockSize ?? 32;
    this.flushDelayMs = options.flushDelayMs ?? FLUSH_DELAY_MS;
    this.onError = options.onError ?? (() => undefined);
  }

  /**
   * Takes a question for the log and returns its id, or null when no id could be reserved (another
   * process holds the write lock): the question is still written, only without an id to refer to.
   */
  record(question: NewAskedQuestion): number | null {
    const id = this.takeId();
    this.buffer.push({ ...question, id: id ?? 0, askedAt: utcNow() });
    this.scheduled ??= setTimeout(() => this.scheduledFlush(), this.flushDelayMs);
    return id;
  }

  /** Stores which offered suggestion the asker picked (after writing the buffered questions). */
  recordPick(questionId: number, intent: string): PickOutcome {
    this.flush();
    return this.repository.recordPick(questionId, intent);
  }

  /** A stored question (after writing the buffered ones, so a question just answered is found). */
  findQuestion(id: number): AskedQuestion | undefined {
    this.flush();
    return this.repository.findQuestion(id);
  }

  /** Stores a vote on an answer (after writing the buffered questions); undefined when the question is unknown. */
  recordFeedback(questionId: number, userId: string, useful: boolean): FeedbackOutcome | undefined {
    this.flush();
    return this.repository.recordFeedback(questionId, userId, useful);
  }

  /** Writes the buffered questions now; when the database is busy they stay buffered and are tried again. */
  flush(): void {
    if (this.buffer.length === 0 || !this.db.open) return;
    const batch = this.buffer;
    try {
      this.withIds(batch);
      this.repository.recordQuestions(batch);
      this.buffer = [];
      // Reserve ids here, after the replies, so no question waits for it: enough for twice this batch.
      this.reserveAhead(batch.length * 2);
    } catch (error) {
      // Another process holds the write lock: try again shortly, never waiting on the event loop.
      if (isBusy(error)) {
        this.scheduled ??= setTimeout(() => this.scheduledFlush(), 20);
        return;
      }
      this.buffer = [];
      this.onError(error, batch.length);
    }
  }

  /** Writes what is buffered (waiting up to `busyMs` for another process's lock) and closes the connection. */
  close(busyMs = 2000): void {
    if (!this.db.open) return;
    this.db.pragma(`busy_timeout = ${busyMs}`);
    this.flush();
    this.cancel();
    this.db.close();
  }

  private scheduledFlush(): void {
    this.scheduled = undefined;
    this.flush();
  }

  private cancel(): void {
    clearTimeout(this.scheduled);
    this.scheduled = undefined;
  }

  private takeId(): number | null {
    try {
      return this.takeIdOrThrow();
    } catch (error) {
      if (isBusy(error)) return null;
      throw error;
    }
  }

  private reserve(count = this.blockSize): { next: number; end: number } {
    const first = this.repository.reserveQuestionIds(count);
    return { next: first, end: first + count };
  }

  /** Keeps at least `wanted` ids (and half a block) at hand, reserving a spare block when fewer are left. */
  private reserveAhead(wanted: number): void {
    if (this.spare) return;
    const left = this.ids.end - this.ids.next;
    if (left >= Math.max(wanted, this.blockSize / 2)) return;
    const block = this.reserve(Math.max(this.blockSize, wanted));
    if (left > 0) this.spare = block;
    else this.ids = block;
  }

  /** Questions taken while no id could be reserved get theirs now. */
  private withIds(batch: LoggedQuestion[]): void {
    for (const q of batch) if (q.id === 0) q.id = this.takeIdOrThrow();
  }

  private takeIdOrThrow(): number {
    if (this.ids.next >= this.ids.end) {
      this.ids = this.spare ?? this.reserve();
      this.spare = undefined;
    }
    return this.ids.next++;
  }
}
