import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { openDatabase } from './database.js';
import { KnowledgeRepository } from './knowledge-repository.js';

export class NotABackupError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not a factbot database`);
    this.name = 'NotABackupError';
  }
}

/** A file that is a SQLite database but fails its integrity check: nothing is read from it. */
export class DamagedBackupError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file} fails the integrity check: ${problem}`);
    this.name = 'DamagedBackupError';
  }
}

/**
 * An online backup of the open database to `file` (SQLite's backup API: other connections keep
 * reading and writing meanwhile). Written next to the target, checked, made self-contained (no WAL)
 * and then renamed into place, so `file` is either absent or a whole, consistent database.
 */
export async function writeBackup(db: Database, file: string): Promise<{ bytes: number; pages: number }> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  try {
    const { totalPages } = await db.backup(partial);
    const copy = new BetterSqlite3(partial);
    try {
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`backup check failed: ${String(check)}`);
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, target);
    return { bytes: fs.statSync(target).size, pages: totalPages };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-wal`, { force: true });
    fs.rmSync(`${partial}-shm`, { force: true });
    throw error;
  }
}

/**
 * The knowledge base held in a backup file. The file is never opened in place (it stays exactly as
 * it is): a temporary copy is opened, brought up to this version's schema and read.
 */
export function readBackup(file: string): { kb: KnowledgeBase; revision: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbot-restore-'));
  const copy = path.join(dir, 'backup.db');
  try {
    fs.copyFileSync(file, copy);
    checkIntegrity(copy, file);
    let db: Database;
    try {
      db = openDatabase(copy);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new NotABackupError(file);
      throw error;
    }
    try {
      const repository = new KnowledgeRepository(db);
      if (repository.needsSeed()) throw new NotABackupError(file);
      return { kb: repository.load(), revision: repository.revision() };
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** SQLite's full integrity_check on the copy, before it is migrated or read. */
function checkIntegrity(copy: string, file: string): void {
  let db: Database;
  try {
    db = new BetterSqlite3(copy, { fileMustExist: true });
  } catch {
    throw new NotABackupError(file);
  }
  try {
    const rows = db.pragma('integrity_check(20)', { simple: false }) as Array<{ integrity_check: string }>;
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length) throw new DamagedBackupError(file, problems.slice(0, 3).join('; ').slice(0, 300));
  } catch (error) {
    if (error instanceof DamagedBackupError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new NotABackupError(file);
    if (code === 'SQLITE_CORRUPT') throw new DamagedBackupError(file, (error as Error).message);
    throw error;
  } finally {
    db.close();
  }
}
