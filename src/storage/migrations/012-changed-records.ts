import type { Migration } from './migration.js';

/**
 * Which knowledge-base records changed, and at which revision: a running engine then reads and
 * re-analyses only those, not the whole knowledge base. Triggers fill it, so every writer (the
 * admin service, an import, a restore, SQL by hand) is covered. One row per record (an entry id,
 * or '#conversation' for the conversation and out-of-scope examples, '#sources' for the sources),
 * holding the revision as it was when the record last changed: a write's rows carry the revision
 * its transaction started from (or the one it bumped to, if it bumped first), so an engine built at
 * revision R reads what changed since with `revision >= R`.
 */
export const changedRecords: Migration = {
  version: 12,
  description: 'knowledge base: which records changed at which revision, for the engine to update only those',
  up(db) {
    const record = (key: string) =>
      `INSERT INTO kb_changed_records (record, revision) SELECT ${key}, CAST(value AS INTEGER) FROM kb_meta WHERE key = 'revision'
         ON CONFLICT (record) DO UPDATE SET revision = excluded.revision;`;
    const triggers = [
      ['entries', 'id'],
      ['entry_questions', 'entry_id'],
      ['entry_sources', 'entry_id'],
    ].flatMap(([table, column]) => [
      `CREATE TRIGGER ${table}_inserted AFTER INSERT ON ${table} BEGIN ${record(`NEW.${column}`)} END;`,
      `CREATE TRIGGER ${table}_updated AFTER UPDATE ON ${table} BEGIN ${record(`OLD.${column}`)} ${record(`NEW.${column}`)} END;`,
      `CREATE TRIGGER ${table}_deleted AFTER DELETE ON ${table} BEGIN ${record(`OLD.${column}`)} END;`,
    ]);
    for (const [table, key] of [
      ['conversation_examples', `'#conversation'`],
      ['sources', `'#sources'`],
    ])
      for (const [event, name] of [
        ['INSERT', 'inserted'],
        ['UPDATE', 'updated'],
        ['DELETE', 'deleted'],
      ])
        triggers.push(`CREATE TRIGGER ${table}_${name} AFTER ${event} ON ${table} BEGIN ${record(key!)} END;`);
    db.exec(`
      CREATE TABLE kb_changed_records (
        record   TEXT PRIMARY KEY,
        revision INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX kb_changed_records_by_revision ON kb_changed_records(revision);
      ${triggers.join('\n')}
    `);
  },
};
