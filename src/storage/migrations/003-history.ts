import type { Migration } from './migration.js';

/**
 * The admin's history: every change to the knowledge base (and every review decision) with who,
 * when (UTC) and the before/after of each record it touched, so any change can be shown and undone.
 * Review decisions say which asked questions (migration 2's asked_questions, declined or voted "not
 * useful") an admin has dealt with; the bot's records themselves stay as it wrote them.
 */
export const history: Migration = {
  version: 3,
  description: 'history of knowledge-base changes and review decisions',
  up(db) {
    db.exec(`
      CREATE TABLE kb_changes (
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
        actor_kind TEXT NOT NULL CHECK (actor_kind IN ('discord', 'cli', 'system')),
        actor_id   TEXT NOT NULL CHECK (length(actor_id) BETWEEN 1 AND 100),
        action     TEXT NOT NULL,
        undoes     INTEGER REFERENCES kb_changes(id),
        revision   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX kb_changes_by_actor ON kb_changes(actor_kind, actor_id);

      -- One row per record a change touched. before/after hold only the fields that changed
      -- (the whole record when it was created or deleted; NULL for "did not exist").
      CREATE TABLE kb_change_parts (
        change_id   INTEGER NOT NULL REFERENCES kb_changes(id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('entry', 'source', 'review', 'kb')),
        key         TEXT NOT NULL,
        before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
        after_json  TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
        PRIMARY KEY (change_id, seq)
      ) STRICT;
      CREATE INDEX kb_change_parts_by_target ON kb_change_parts(kind, key, change_id);

      -- What an admin did with an item of a review queue (unanswered questions, "not useful" feedback).
      CREATE TABLE review_decisions (
        queue      TEXT NOT NULL CHECK (queue IN ('unanswered', 'feedback')),
        record_id  INTEGER NOT NULL REFERENCES asked_questions(id) ON DELETE CASCADE,
        decision   TEXT NOT NULL CHECK (decision IN ('dismissed', 'promoted')),
        entry_id   TEXT,
        lang       TEXT CHECK (lang IS NULL OR lang IN ('nb', 'en')),
        decided_at TEXT NOT NULL,
        PRIMARY KEY (queue, record_id)
      ) STRICT;
    `);
  },
};
