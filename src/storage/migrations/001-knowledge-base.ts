import type { Migration } from './migration.js';

export const knowledgeBase: Migration = {
  version: 1,
  description: 'knowledge base: sources, entries, training questions, conversation examples',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id             TEXT PRIMARY KEY,
        name           TEXT NOT NULL,
        description_nb TEXT NOT NULL,
        description_en TEXT NOT NULL,
        position       INTEGER NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE entries (
        id         TEXT PRIMARY KEY,
        status     TEXT NOT NULL,
        title_nb   TEXT NOT NULL,
        title_en   TEXT NOT NULL,
        answer_nb  TEXT NOT NULL,
        answer_en  TEXT NOT NULL,
        position   INTEGER NOT NULL,
        retired_at TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE entry_sources (
        entry_id  TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
        position  INTEGER NOT NULL,
        PRIMARY KEY (entry_id, source_id)
      ) STRICT;
      CREATE INDEX entry_sources_by_source ON entry_sources(source_id);

      CREATE TABLE entry_questions (
        id         INTEGER PRIMARY KEY,
        entry_id   TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        lang       TEXT NOT NULL CHECK (lang IN ('nb', 'en')),
        text       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (entry_id, lang, text)
      ) STRICT;

      -- Examples for the conversation intents and for what must be declined ('out-of-scope').
      CREATE TABLE conversation_examples (
        id     INTEGER PRIMARY KEY,
        intent TEXT NOT NULL CHECK (intent IN ('greeting', 'help', 'thanks', 'out-of-scope')),
        lang   TEXT NOT NULL CHECK (lang IN ('nb', 'en')),
        text   TEXT NOT NULL,
        UNIQUE (intent, lang, text)
      ) STRICT;

      -- revision: bumped by every knowledge-base write, so engines know when to retrain.
      CREATE TABLE kb_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      INSERT INTO kb_meta (key, value) VALUES ('revision', '0');
    `);
  },
};
