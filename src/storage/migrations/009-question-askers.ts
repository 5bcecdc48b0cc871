import type { Migration } from './migration.js';

/**
 * Who asked a question (the Discord user id), so one person's questions can be erased on request
 * (`kb forget-user`). Retention removes it, with the channel id, from questions older than
 * FACTBOT_RETENTION_DAYS; the wording stays for review. `retained_at` marks rows already done.
 */
export const questionAskers: Migration = {
  version: 9,
  description: 'asked questions: who asked (for erasure on request), retention mark',
  up(db) {
    db.exec(`
      ALTER TABLE asked_questions ADD COLUMN user_id TEXT;
      ALTER TABLE asked_questions ADD COLUMN retained_at TEXT;
      CREATE INDEX asked_questions_by_user ON asked_questions(user_id) WHERE user_id IS NOT NULL;
      CREATE INDEX asked_questions_to_retain ON asked_questions(asked_at) WHERE retained_at IS NULL;
      CREATE INDEX answer_feedback_by_user ON answer_feedback(user_id);
    `);
  },
};
