import type { Migration } from './migration.js';

/**
 * What users asked the bot and what they thought of the answers. Declined questions
 * (kind = 'declined') are the "unanswered" list admins review; feedback is one row per user and
 * answer, so a second click changes the vote instead of counting twice.
 */
export const questionsAndFeedback: Migration = {
  version: 2,
  description: 'asked questions (incl. unanswered) and answer feedback, one vote per user',
  up(db) {
    db.exec(`
      CREATE TABLE asked_questions (
        id         INTEGER PRIMARY KEY,
        asked_at   TEXT NOT NULL,                 -- UTC, ISO 8601
        surface    TEXT NOT NULL CHECK (surface IN ('mention', 'dm', 'channel', 'slash', 'context-menu')),
        question   TEXT NOT NULL,                 -- as asked, cut to 4000 characters
        lang       TEXT NOT NULL CHECK (lang IN ('nb', 'en')),
        kind       TEXT NOT NULL CHECK (kind IN ('entry', 'conversation', 'declined', 'empty')),
        intent     TEXT,                          -- entry id or conversation intent; NULL when declined
        status     TEXT,                          -- the entry's status when answered
        confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
        guild_id   TEXT,                          -- NULL in direct messages
        channel_id TEXT
      ) STRICT;
      CREATE INDEX asked_questions_by_kind ON asked_questions(kind, asked_at);
      CREATE INDEX asked_questions_by_intent ON asked_questions(intent);

      CREATE TABLE answer_feedback (
        question_id INTEGER NOT NULL REFERENCES asked_questions(id) ON DELETE CASCADE,
        user_id     TEXT NOT NULL,
        useful      INTEGER NOT NULL CHECK (useful IN (0, 1)),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (question_id, user_id)
      ) STRICT;
    `);
  },
};
