import type { Database } from 'better-sqlite3';
import type { Lang } from '../kb/languages.js';

export type ReviewQueue = 'unanswered' | 'feedback';

/**
 * The queues carry the start of each question (stored ones may be 4,000 characters): enough to
 * show, group and promote (a training question has at most 300), without reading megabytes.
 */
export const REVIEW_TEXT_CHARS = 1000;

/** What an admin did with one asked question of a review queue. */
export interface ReviewDecision {
  decision: 'dismissed' | 'promoted';
  /** For "promoted": the entry the question became a training question of. */
  entryId: string | null;
  lang: Lang | null;
}

export interface OpenUnanswered {
  id: number;
  question: string;
  lang: Lang;
  askedAt: string;
  /** The suggestion the asker picked: what they meant, in their own words. */
  pickedIntent: string | null;
}

export interface OpenNotUseful {
  /** The asked question the votes are about. */
  id: number;
  question: string;
  lang: Lang;
  /** The entry (or conversation intent) the bot answered with. */
  intent: string | null;
  askedAt: string;
  votes: number;
  lastVoteAt: string;
}

/**
 * The review queues: questions the bot declined and answers voted "not useful" (the bot's
 * asked_questions and answer_feedback, migration 2), minus what an admin has already dealt with
 * (review_decisions, migration 3).
 */
export class ReviewRepository {
  constructor(private readonly db: Database) {}

  /** Declined questions nobody has dealt with yet, newest first. */
  openUnanswered(limit = 5000): OpenUnanswered[] {
    return this.db
      .prepare(
        `SELECT q.id, substr(q.question, 1, ${REVIEW_TEXT_CHARS}) AS question, q.lang, q.asked_at AS askedAt,
                q.picked_intent AS pickedIntent FROM asked_questions q
         WHERE q.kind = 'declined' AND trim(q.question) <> ''
           AND NOT EXISTS (SELECT 1 FROM review_decisions d WHERE d.queue = 'unanswered' AND d.record_id = q.id)
         ORDER BY q.asked_at DESC, q.id DESC LIMIT ?`,
      )
      .all(limit) as OpenUnanswered[];
  }

  /** Answers with at least one "not useful" vote that nobody has dealt with yet, newest vote first. */
  openNotUseful(limit = 5000): OpenNotUseful[] {
    return this.db
      .prepare(
        `SELECT q.id, substr(q.question, 1, ${REVIEW_TEXT_CHARS}) AS question, q.lang, q.intent, q.asked_at AS askedAt,
                count(*) AS votes, max(f.updated_at) AS lastVoteAt
         FROM answer_feedback f JOIN asked_questions q ON q.id = f.question_id
         WHERE f.useful = 0
           AND NOT EXISTS (SELECT 1 FROM review_decisions d WHERE d.queue = 'feedback' AND d.record_id = q.id)
         GROUP BY q.id ORDER BY lastVoteAt DESC, q.id DESC LIMIT ?`,
      )
      .all(limit) as OpenNotUseful[];
  }

  getDecision(queue: ReviewQueue, recordId: number): ReviewDecision | null {
    const row = this.db.prepare(`SELECT decision, entry_id, lang FROM review_decisions WHERE queue = ? AND record_id = ?`).get(queue, recordId) as
      { decision: ReviewDecision['decision']; entry_id: string | null; lang: Lang | null } | undefined;
    return row ? { decision: row.decision, entryId: row.entry_id, lang: row.lang } : null;
  }

  setDecision(queue: ReviewQueue, recordId: number, decision: ReviewDecision, at: string): void {
    this.db
      .prepare(
        `INSERT INTO review_decisions (queue, record_id, decision, entry_id, lang, decided_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (queue, record_id) DO UPDATE SET decision = excluded.decision, entry_id = excluded.entry_id,
           lang = excluded.lang, decided_at = excluded.decided_at`,
      )
      .run(queue, recordId, decision.decision, decision.entryId, decision.lang, at);
  }

  clearDecision(queue: ReviewQueue, recordId: number): void {
    this.db.prepare(`DELETE FROM review_decisions WHERE queue = ? AND record_id = ?`).run(queue, recordId);
  }

  askedQuestionExists(id: number): boolean {
    return this.db.prepare(`SELECT 1 FROM asked_questions WHERE id = ?`).get(id) !== undefined;
  }
}
