import type { Database } from 'better-sqlite3';
import type { Lang } from '../kb/languages.js';
import type { AskedKind } from './feedback-repository.js';

/** A period of asked questions: from (inclusive) to (exclusive), ISO 8601 UTC. */
export interface Period {
  from: string;
  to: string;
}

export interface DayCount {
  day: string;
  lang: Lang;
  count: number;
}

export interface FeedbackByIntent {
  intent: string | null;
  useful: number;
  notUseful: number;
}

/** Read-only figures over what people asked (asked_questions, answer_feedback) for the desk's overview. */
export class UsageRepository {
  constructor(private readonly db: Database) {}

  perDay(period: Period): DayCount[] {
    return this.db
      .prepare(
        `SELECT substr(asked_at, 1, 10) AS day, lang, count(*) AS count FROM asked_questions
         WHERE asked_at >= ? AND asked_at < ? GROUP BY day, lang ORDER BY day, lang`,
      )
      .all(period.from, period.to) as DayCount[];
  }

  /** Questions by how they were answered; a declined question that offered suggestions counts as 'suggested'. */
  byOutcome(period: Period): Array<{ outcome: AskedKind | 'suggested'; count: number }> {
    return this.db
      .prepare(
        `SELECT CASE WHEN kind = 'declined' AND suggestions IS NOT NULL THEN 'suggested' ELSE kind END AS outcome, count(*) AS count
         FROM asked_questions WHERE asked_at >= ? AND asked_at < ? GROUP BY outcome`,
      )
      .all(period.from, period.to) as Array<{ outcome: AskedKind | 'suggested'; count: number }>;
  }

  topIntents(period: Period, limit: number): Array<{ intent: string; count: number }> {
    return this.db
      .prepare(
        `SELECT intent, count(*) AS count FROM asked_questions WHERE kind = 'entry' AND asked_at >= ? AND asked_at < ?
         GROUP BY intent ORDER BY count DESC, intent LIMIT ?`,
      )
      .all(period.from, period.to, limit) as Array<{ intent: string; count: number }>;
  }

  declined(period: Period, limit = 5000): Array<{ id: number; question: string }> {
    return this.db
      .prepare(
        `SELECT id, question FROM asked_questions WHERE kind = 'declined' AND trim(question) <> ''
         AND asked_at >= ? AND asked_at < ? ORDER BY asked_at DESC LIMIT ?`,
      )
      .all(period.from, period.to, limit) as Array<{ id: number; question: string }>;
  }

  feedbackByIntent(period: Period): FeedbackByIntent[] {
    return this.db
      .prepare(
        `SELECT q.intent AS intent, sum(f.useful) AS useful, sum(1 - f.useful) AS notUseful
         FROM answer_feedback f JOIN asked_questions q ON q.id = f.question_id
         WHERE q.asked_at >= ? AND q.asked_at < ? GROUP BY q.intent ORDER BY notUseful DESC, useful DESC`,
      )
      .all(period.from, period.to) as FeedbackByIntent[];
  }
}
