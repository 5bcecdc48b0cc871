import type { Migration } from './migration.js';

/**
 * A source's name per language, and the claim an entry reviews. `sources.name` stays the name as
 * before (and the English one); `name_nb` is NULL when the name is the same in both languages (a
 * plain string in the file format). An entry's claim is NULL when it reviews no claim.
 */
export const localizedNamesAndClaims: Migration = {
  version: 8,
  description: 'source names per language; the claim an entry reviews',
  up(db) {
    db.exec(`
      ALTER TABLE sources ADD COLUMN name_nb TEXT;
      ALTER TABLE entries ADD COLUMN claim_nb TEXT;
      ALTER TABLE entries ADD COLUMN claim_en TEXT;
      ALTER TABLE entries ADD COLUMN claim_by TEXT;    -- source id of who made the claim; NULL: the entry's first source
      ALTER TABLE entries ADD COLUMN claim_date TEXT;  -- YYYY, YYYY-MM or YYYY-MM-DD; NULL: the article's date
    `);
  },
};
