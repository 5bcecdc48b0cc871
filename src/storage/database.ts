import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LocalizedError } from '../errors/localized-error.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/** The key of the error for a database made by a newer factbot; its values are `file`, `found` and `supported`. */
export const DATABASE_TOO_NEW = 'cli.databaseTooNew';

function databaseTooNew(file: string, found: number, supported: number): LocalizedError {
  const message = `database ${file} has schema version ${found}, newer than this factbot supports (${supported}); upgrade factbot`;
  return new LocalizedError(DATABASE_TOO_NEW, { file, found, supported }, [], message);
}

/** Opens (creating if needed) a database file, sets it up and brings its schema up to date. */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Several processes (shards, the CLI) share the file: wait for a writer instead of failing.
    db.pragma('busy_timeout = 5000');
    // FULL: a change reported as done survives a crash of the process or the machine.
    db.pragma('synchronous = FULL');
    migrate(db, file, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A second connection to the same file for the question log. synchronous = NORMAL: in WAL mode a
 * commit is then not flushed to disk, only handed to the operating system, so a killed process
 * loses nothing and only a power cut may lose the last moments of the log. It never waits for
 * another process's write lock (busy_timeout 0): the log retries later instead.
 */
export function openQuestionLogDatabase(file: string): Database {
  const db = openDatabase(file);
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 0');
  return db;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Database, file: string, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) throw databaseTooNew(file, current, latest);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    // IMMEDIATE takes the write lock first; re-checking inside it lets two processes
    // (two shards) open a new file at once without running a migration twice.
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
