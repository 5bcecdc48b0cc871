import type { Migration } from './migration.js';

/**
 * The engine's matcher as assembled, saved as bytes beside the model it was assembled from: a cold
 * start maps it instead of assembling the index again. Null when only the model was saved.
 */
export const engineMatcherCache: Migration = {
  version: 11,
  description: 'engine model cache: the assembled matcher beside the model',
  up(db) {
    db.exec(`ALTER TABLE engine_model_cache ADD COLUMN matcher BLOB;`);
  },
};
