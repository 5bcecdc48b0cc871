import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { DamagedBackupError, NotABackupError, readBackup, writeBackup } from '../storage/backup-files.js';
import { DATABASE_TOO_NEW } from '../storage/database.js';
import type { Actor } from './actor.js';
import type { AdminContext } from './admin-context.js';
import { LocalizedError } from '../errors/localized-error.js';
import { backupFileName, backupInFolder, listBackups } from './backup-folder.js';
import { requireRegularFile } from './regular-file.js';
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

  /** `shownAs`: the name messages use for the file (Discord never sees a server path). */
  async backup(file: string, options: { overwrite?: boolean; shownAs?: string } = {}): Promise<BackupResult> {
    const shownAs = options.shownAs ?? file;
    if (!options.overwrite && fs.existsSync(file)) throw new LocalizedError('admin.error.fileExists', { file: shownAs });
    const revision = this.ctx.kb.revision();
    const started = performance.now();
    try {
      const { bytes } = await writeBackup(this.db, file);
      return { file, bytes, ms: Math.round(performance.now() - started), revision };
    } catch (error) {
      throw new LocalizedError('admin.error.backupFailed', { file: shownAs, problem: (error as Error).message.split(file).join(shownAs) });
    }
  }

  /** A backup into `dir` (the backups folder), named for its time: what /kb backup makes. */
  async backupInto(dir: string, at: Date): Promise<BackupResult & { name: string; shownAs: string }> {
    const name = backupFileName(at);
    const { file, shownAs } = backupInFolder(dir, name);
    fs.mkdirSync(dir, { recursive: true });
    return { ...(await this.backup(file, { shownAs })), name, shownAs };
  }

  /** The backups in `dir` that restoreFrom may bring back, newest first (plain file names). */
  listIn(dir: string): string[] {
    return listBackups(dir);
  }

  /** Brings back the backup of `dir` named `name` (one of listIn's; check first: never a path). */
  restoreFrom(actor: Actor, dir: string, name: string): ImportResult & { backupRevision: number; shownAs: string } {
    const { file, shownAs } = backupInFolder(dir, name);
    return { ...this.restore(actor, file, { shownAs }), shownAs };
  }

  /**
   * Brings back a backup's knowledge base. Nothing is replaced unless the file is a regular file,
   * passes SQLite's integrity check and holds a factbot knowledge base.
   */
  restore(actor: Actor, file: string, options: { shownAs?: string } = {}): ImportResult & { backupRevision: number } {
    const shownAs = options.shownAs ?? file;
    requireRegularFile(file, shownAs);
    let backup: ReturnType<typeof readBackup>;
    try {
      backup = readBackup(file);
    } catch (error) {
      if (error instanceof DamagedBackupError) throw new LocalizedError('admin.error.backupCorrupt', { file: shownAs, problem: error.problem });
      if (error instanceof NotABackupError) throw new LocalizedError('admin.error.notABackup', { file: shownAs });
      if (error instanceof LocalizedError && error.key === DATABASE_TOO_NEW)
        throw new LocalizedError('admin.error.backupTooNew', { ...error.values, file: shownAs });
      throw new LocalizedError('admin.error.notABackup', { file: shownAs });
    }
    return { ...this.transfer.importKb(actor, backup.kb, 'backup.restore'), backupRevision: backup.revision };
  }
}
