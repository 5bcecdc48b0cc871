import type { Database } from 'better-sqlite3';

/** What erasing one person's data removed. */
export interface ForgetCounts {
  questions: number;
  votes: number;
  historyEntries: number;
}

/** Stands in for an erased person in history (the change stays, who made it does not). */
export const FORGOTTEN_ACTOR_ID = 'forgotten';

/**
 * Personal data in the database: who asked a question (user and channel ids), who voted, who made
 * a change. Retention thins it out in small batches; erasure on request removes one person's.
 */
export class PrivacyRepository {
  constructor(private readonly db: Database) {}

  /**
   * One small transaction of retention: up to `batch` questions asked before `cutoff` lose their
   * user and channel ids (the wording stays for review), and up to `batch` older votes lose the
   * voter (the vote still counts). Returns how many rows it changed (0: nothing left to do).
   */
  retainBatch(cutoff: string, now: string, batch = 200): number {
    return this.db
      .transaction(() => {
        const questions = this.db
          .prepare(
            `UPDATE asked_questions SET user_id = NULL, channel_id = NULL, retained_at = ?
             WHERE id IN (SELECT id FROM asked_questions WHERE retained_at IS NULL AND asked_at < ? ORDER BY asked_at LIMIT ?)`,
          )
          .run(now, cutoff, batch).changes;
        const votes = this.db
          .prepare(
            `UPDATE answer_feedback SET user_id = 'retained:' || rowid
             WHERE rowid IN (SELECT rowid FROM answer_feedback WHERE updated_at < ? AND user_id NOT LIKE 'retained:%' LIMIT ?)`,
          )
          .run(cutoff, batch).changes;
        return questions + votes;
      })
      .immediate();
  }

  /** Erases one Discord user's data: their questions (and what hangs on them), their votes, their name in history. */
  forgetDiscordUser(userId: string): ForgetCounts {
    return this.db
      .transaction((): ForgetCounts => {
        const votes = this.db.prepare(`DELETE FROM answer_feedback WHERE user_id = ?`).run(userId).changes;
        const questions = this.db.prepare(`DELETE FROM asked_questions WHERE user_id = ?`).run(userId).changes;
        const historyEntries = this.db
          .prepare(`UPDATE kb_changes SET actor_id = ? WHERE actor_kind = 'discord' AND actor_id = ?`)
          .run(FORGOTTEN_ACTOR_ID, userId).changes;
        return { questions, votes, historyEntries };
      })
      .immediate();
  }
}
