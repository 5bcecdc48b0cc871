import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { NotABackupError, readBackup, writeBackup } from '../storage/backup-files.js';
import { DatabaseTooNewError } from '../storage/database.js';
import type { Actor } from './actor.js';
import type { AdminContext } from './admin-context.js';
import { AdminError } from './admin-error.js';
import type { ImportResult, TransferAdmin } from './transfer-admin.js';

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
  /** The knowledge base's revision the backup holds (at least). */
  revision: number;
}

/**
 * Backup while the bot runs (SQLite's online backup), and restore. A restore brings back the
 * backup's knowledge base as one recorded change — so it shows in history and can be undone — and
 * keeps the history and the asked questions (nothing is lost).
 */
export class BackupAdmin {
  constructor(
    private readonly ctx: AdminContext,
    private readonly db: Database,
    private readonly transfer: TransferAdmin,
  ) {}

  async backup(file: string, options: { overwrite?: boolean } = {}): Promise<BackupResult> {
    if (!options.overwrite && fs.existsSync(file)) throw new AdminError('admin.error.fileExists', { file });
    const revision = this.ctx.kb.revision();
    const started = performance.now();
    try {
      const { bytes } = await writeBackup(this.db, file);
      return { file, bytes, ms: Math.round(performance.now() - started), revision };
    } catch (error) {
      throw new AdminError('admin.error.backupFailed', { file, problem: (error as Error).message });
    }
  }

  restore(actor: Actor, file: string): ImportResult & { backupRevision: number } {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AdminError('admin.error.fileMissing', { file });
    let backup: ReturnType<typeof readBackup>;
    try {
      backup = readBackup(file);
    } catch (error) {
      if (error instanceof NotABackupError) throw new AdminError('admin.error.notABackup', { file });
      if (error instanceof DatabaseTooNewError)
        throw new AdminError('admin.error.backupTooNew', { file, found: error.found, supported: error.supported });
      throw new AdminError('admin.error.notABackup', { file });
    }
    return { ...this.transfer.importKb(actor, backup.kb, 'backup.restore'), backupRevision: backup.revision };
  }
}
