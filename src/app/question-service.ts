import type { BotMetrics } from '../ops/bot-metrics.js';
import type { LiveEngine } from './live-engine.js';
import type { EngineAnswer } from '../engine/answer.js';
import type { Lang } from '../kb/languages.js';
import type { Logger } from '../logging/logger.js';
import type { AskedQuestion, FeedbackOutcome, NewAskedQuestion, PickOutcome, QuestionSurface } from '../storage/feedback-repository.js';
import type { QuestionLog } from './question-log.js';
import { retryWhenBusy } from './retry-when-busy.js';

/** Discord gives an interaction 3 seconds to reply: a vote or a pick waits this long for another process's lock. */
const FEEDBACK_WAIT_MS = 2000;

export interface AskContext {
  surface: QuestionSurface;
  guildId: string | null;
  channelId: string | null;
  /** The language to answer in when the question does not show one (the user's Discord locale). */
  fallbackLang: Lang;
  /** Who asked: stored so a person's questions can be erased on request (removed after the retention period). */
  userId?: string | null;
}

export interface RecordedAnswer {
  answer: EngineAnswer;
  /** The stored question's id (for feedback buttons); null when nothing was stored. */
  questionId: number | null;
}

/**
 * Asks the engine and records what was asked: answered and declined questions alike (declined
 * ones are the admins' review list). The question log writes them after the reply; a failed write
 * is logged and the answer still given.
 */
export class QuestionService {
  constructor(
    private readonly engine: LiveEngine,
    private readonly log: QuestionLog,
    private readonly logger: Logger,
    /** The bot counts questions for /metrics; the terminal chat does not. */
    private readonly metrics?: BotMetrics,
  ) {}

  /** The answer without recording it (to decide first whether to answer at all). */
  answer(question: string, fallbackLang: Lang): EngineAnswer {
    return this.engine.current().ask(question, { fallbackLang });
  }

  detectLanguage(text: string, fallback: Lang): Lang {
    return this.engine.current().detectLanguage(text, fallback);
  }

  ask(question: string, context: AskContext): RecordedAnswer {
    const answer = this.answer(question, context.fallbackLang);
    return { answer, questionId: this.record(answer, context) };
  }

  /**
   * Hands an answered question to the log and returns its id; empty questions are not worth keeping.
   * When no id could be reserved (another process holds the write lock), the answer goes out
   * without vote buttons (null) and the question is still stored, so the review queue loses nothing.
   */
  record(answer: EngineAnswer, context: AskContext): number | null {
    if (answer.kind === 'empty') return null;
    this.metrics?.question(context.surface, answer);
    const row: NewAskedQuestion = {
      surface: context.surface,
      question: answer.question,
      lang: answer.lang,
      kind: answer.kind,
      intent: answer.intent,
      status: answer.status,
      confidence: answer.confidence,
      guildId: context.guildId,
      channelId: context.channelId,
      userId: context.userId ?? null,
      suggestions: answer.suggestions.map((s) => s.id),
    };
    try {
      return this.log.record(row);
    } catch (error) {
      this.failed(error, context);
      return null;
    }
  }

  /**
   * Stores which offered suggestion the asker picked, waiting (without blocking) for another process's
   * write lock; a failed write is logged, never thrown (the asker has the entry already): undefined then.
   */
  async pick(questionId: number, intent: string): Promise<PickOutcome | undefined> {
    try {
      return await retryWhenBusy(() => this.log.recordPick(questionId, intent), FEEDBACK_WAIT_MS);
    } catch (error) {
      this.logger.error({ err: error, questionId }, 'could not record a picked suggestion');
      return undefined;
    }
  }

  /**
   * A vote on an answer, one per user: what it did and the question it was about; undefined when the
   * question is not stored (an old or foreign button). Throws when the write fails.
   */
  async vote(questionId: number, userId: string, useful: boolean): Promise<{ outcome: FeedbackOutcome; question: AskedQuestion } | undefined> {
    const question = this.log.findQuestion(questionId);
    if (!question) return undefined;
    const outcome = await retryWhenBusy(() => this.log.recordFeedback(questionId, userId, useful), FEEDBACK_WAIT_MS);
    return outcome && { outcome, question };
  }

  private failed(error: unknown, context: AskContext): void {
    this.metrics?.error('record');
    this.logger.error({ err: error, surface: context.surface, guild: context.guildId }, 'could not record a question');
  }
}
