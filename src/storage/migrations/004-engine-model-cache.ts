import type { Migration } from './migration.js';

/** A saved engine model, so a start on an unchanged knowledge base skips re-analysing it. */
export const engineModelCache: Migration = {
  version: 4,
  description: 'engine model cache',
  up(db) {
    db.exec(`
      CREATE TABLE engine_model_cache (
        fingerprint TEXT NOT NULL,
        revision    INTEGER NOT NULL,
        model       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        PRIMARY KEY (fingerprint, revision)
      ) STRICT;
    `);
  },
};
