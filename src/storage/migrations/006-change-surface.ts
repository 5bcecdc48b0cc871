import type { Migration } from './migration.js';

/**
 * Where a change was made when the actor's kind does not say it: a Discord user (or the local
 * operator) working in the web desk. NULL for changes made where the kind says (Discord, CLI).
 */
export const changeSurface: Migration = {
  version: 6,
  description: 'surface of a change (the web desk)',
  up(db) {
    db.exec(`ALTER TABLE kb_changes ADD COLUMN surface TEXT CHECK (surface IS NULL OR surface IN ('desk'));`);
  },
};
