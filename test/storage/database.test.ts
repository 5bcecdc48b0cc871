import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_TOO_NEW, openDatabase, schemaVersion } from '../../src/storage/database.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { useTempDir } from '../support/temp-dir.js';

describe('openDatabase', () => {
  const tempDir = useTempDir();

  it('creates a new file and runs every migration, with WAL and foreign keys on', () => {
    const file = path.join(tempDir(), 'nested', 'kb.db');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string; sql: string }>;
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['entries', 'sources', 'entry_sources', 'entry_questions']));
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT\s*$/);
    db.close();
  });

  it('keeps data across re-opens and does not re-run migrations', () => {
    const file = path.join(tempDir(), 'kb.db');
    const db = openDatabase(file);
    db.prepare(`INSERT INTO kb_meta (key, value) VALUES ('probe', 'kept')`).run();
    db.close();
    const again = openDatabase(file);
    expect(again.prepare(`SELECT value FROM kb_meta WHERE key = 'probe'`).get()).toEqual({ value: 'kept' });
    again.close();
  });

  it('refuses a database from a newer version of factbot and leaves it untouched', () => {
    const file = path.join(tempDir(), 'future.db');
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ key: DATABASE_TOO_NEW, values: expect.objectContaining({ found: 999 }) }));
    const check = new BetterSqlite3(file);
    expect(check.pragma('user_version', { simple: true })).toBe(999);
    check.close();
  });

  it('rolls back a failing migration completely', () => {
    const file = path.join(tempDir(), 'broken.db');
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        description: 'fails half way',
        up: (db: BetterSqlite3.Database) => db.exec(`CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM missing_table;`),
      },
    ];
    expect(() => openDatabase(file, broken)).toThrow();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half'`).get()).toBeUndefined();
    db.close();
  });
});
