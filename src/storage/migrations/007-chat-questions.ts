import type { Migration } from './migration.js';

/**
 * The terminal chat records what it is asked too (surface 'chat'), so its declined questions reach
 * the review queue. Only the CHECK of asked_questions.surface widens: SQLite's documented way for a
 * change that leaves every stored row valid is to edit the table's definition in place
 * (https://sqlite.org/lang_altertable.html#otheralter), which keeps the feedback and review rows
 * that reference the table (a rebuild would have to drop it, cascading to them).
 */
export const chatQuestions: Migration = {
  version: 7,
  description: "asked questions from the terminal chat (surface 'chat')",
  up(db) {
    const version = db.pragma('schema_version', { simple: true }) as number;
    db.unsafeMode(true);
    try {
      db.pragma('writable_schema = ON');
      const changed = db
        .prepare(
          `UPDATE sqlite_schema SET sql = replace(sql, '''slash'', ''context-menu'')', '''slash'', ''context-menu'', ''chat'')')
           WHERE type = 'table' AND name = 'asked_questions'`,
        )
        .run().changes;
      if (changed !== 1) throw new Error('asked_questions has an unexpected definition');
      db.pragma(`schema_version = ${version + 1}`);
      db.pragma('writable_schema = OFF');
    } finally {
      db.unsafeMode(false);
    }
  },
};
