import type { Migration } from './migration.js';

/**
 * A declined question's suggestions: the entries offered (JSON array of ids, best first) and the
 * one the asker picked, so the review queue shows what people meant.
 */
export const suggestionPicks: Migration = {
  version: 5,
  description: 'suggestions offered and picked',
  up(db) {
    db.exec(`
      ALTER TABLE asked_questions ADD COLUMN suggestions TEXT;
      ALTER TABLE asked_questions ADD COLUMN picked_intent TEXT;
      ALTER TABLE asked_questions ADD COLUMN picked_at TEXT;
    `);
  },
};
