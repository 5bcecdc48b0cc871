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
  /** Ids reserved at a time; the rest of a block is left unused when the process ends. */
  blockSize?: number;
  /** A write that failed for another reason than a busy database (the questions in it are dropped). */
  onError?: (error: unknown, dropped: number) => void;
}

/**
 * What people asked, written off the reply path. A question gets its id at once (from a block of ids
 * reserved beforehand, so the answer's buttons can refer to it) and is written once the handler
 * that asked it has sent its reply (setImmediate: after the current turn of the event loop), with
 * every other question of that turn in one transaction, on the question log's own connection
 * (synchronous = NORMAL: a commit is not flushed to disk, which a killed process does not need;
 * only a power cut may lose the last moments). Admin edits keep synchronous = FULL.
 */
export class QuestionLog implements PendingQuestions {
  private readonly repository: FeedbackRepository;
  private readonly blockSize: number;
  private readonly onError: (error: unknown, dropped: number) => void;
  private buffer: LoggedQuestion[] = [];
  /** Reserved ids not yet handed out: [next, end). */
  private ids = { next: 0, end: 0 };
  private scheduled: NodeJS.Immediate | NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    options: QuestionLogOptions = {},
  ) {
    this.repository = new FeedbackRepository(db);
    this.blockSize = options.blockSize ?? 32;
    this.onError = options.onError ?? (() => undefined);
  }

  /**
   * Takes a question for the log and returns its id, or null when no id could be reserved (another
   * process holds the write lock): the question is still written, only without an id to refer to.
   */
  record(question: NewAskedQuestion): number | null {
    const id = this.takeId();
    this.buffer.push({ ...question, id: id ?? 0, askedAt: utcNow() });
    this.scheduled ??= setImmediate(() => this.scheduledFlush());
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
      // Reserve the next block here, after the reply, so the next question does not wait for it.
      if (this.ids.next >= this.ids.end) this.reserve();
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
    clearImmediate(this.scheduled as NodeJS.Immediate);
    clearTimeout(this.scheduled as NodeJS.Timeout);
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

  private reserve(): void {
    const first = this.repository.reserveQuestionIds(this.blockSize);
    this.ids = { next: first, end: first + this.blockSize };
  }

  /** Questions taken while no id could be reserved get theirs now. */
  private withIds(batch: LoggedQuestion[]): void {
    for (const q of batch) if (q.id === 0) q.id = this.takeIdOrThrow();
  }

  private takeIdOrThrow(): number {
    if (this.ids.next >= this.ids.end) this.reserve();
    return this.ids.next++;
  }
}
