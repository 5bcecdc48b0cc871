import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
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
 * reading and writing meanwhile). Written next to the target, checked (in a worker thread), made self-contained (no WAL)
 * and then renamed into place, so `file` is either absent or a whole, consistent database.
 */
export async function writeBackup(db: Database, file: string): Promise<{ bytes: number; pages: number }> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  try {
    const { totalPages } = await db.backup(partial);
    const check = await verifyCopy(partial);
    if (check !== 'ok') throw new Error(`backup check failed: ${check}`);
    fs.renameSync(partial, target);
    return { bytes: fs.statSync(target).size, pages: totalPages };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-wal`, { force: true });
    fs.rmSync(`${partial}-shm`, { force: true });
    throw error;
  }
}

// Runs in a worker thread: better-sqlite3 is synchronous, and checking a large copy must not hold
// up the bot's event loop.
const VERIFY_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let result;
try {
  const db = new Database(workerData.file);
  try {
    result = String(db.pragma('integrity_check', { simple: true }));
    if (result === 'ok') db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
} catch (error) {
  result = String(error && error.message);
}
parentPort.postMessage(result);
`;
const BETTER_SQLITE3 = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * The full check of a copy (integrity_check: pages, and indexes against their tables), made
 * self-contained (no WAL) when it passes; "ok" or what is wrong. Off the main thread.
 */
export function verifyCopy(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(VERIFY_SCRIPT, { eval: true, workerData: { file, module: BETTER_SQLITE3 } });
    worker.once('message', (result: string) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the backup check stopped (exit code ${code})`)));
  });
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
