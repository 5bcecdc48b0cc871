import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { openDatabase } from './database.js';
import { KnowledgeRepository } from './knowledge-repository.js';

/** Where backups go: a `backups` folder next to the database file (/kb backup and the schedule). */
export function backupDirFor(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

/** A backup's file name from its time: `factbot-20260101-120000-000Z.db` (`factbot-scheduled-…` for the schedule's). */
export function backupFileName(at: Date, kind: 'manual' | 'scheduled' = 'manual'): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-');
  return `factbot-${kind === 'scheduled' ? 'scheduled-' : ''}${stamp}.db`;
}

export class NotABackupError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not a factbot database`);
    this.name = 'NotABackupError';
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
      // The full check (indexes against tables too): a backup is only worth keeping if it is whole.
      const check = copy.pragma('integrity_check', { simple: true });
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
