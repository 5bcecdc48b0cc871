import fs from 'node:fs';
import path from 'node:path';

/** The names backupFileName gives: `factbot-<UTC time>.db`, `factbot-scheduled-<UTC time>.db`. */
const BACKUP_NAME = /^factbot-(scheduled-)?[0-9TZ-]+\.db$/;

/** Where backups go: a `backups` folder next to the database file (/kb backup and the schedule). */
export function backupDirFor(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

/** A backup's file name from its time: `factbot-20260101-120000-000Z.db` (`factbot-scheduled-…` for the schedule's). */
export function backupFileName(at: Date, kind: 'manual' | 'scheduled' = 'manual'): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-');
  return `factbot-${kind === 'scheduled' ? 'scheduled-' : ''}${stamp}.db`;
}

/**
 * The backups in a folder named as backupFileName names them, newest first (the name holds the
 * UTC time): plain file names, never a path. None when the folder does not exist.
 */
export function listBackups(dir: string): string[] {
  let found: fs.Dirent[];
  try {
    found = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return found
    .filter((f) => f.isFile() && BACKUP_NAME.test(f.name))
    .map((f) => f.name)
    .sort()
    .reverse();
}

/** A backup in the folder by its plain name, and how messages show it (`backups/<name>`: never a server path). */
export function backupInFolder(dir: string, name: string): { file: string; shownAs: string } {
  return { file: path.join(dir, name), shownAs: path.join(path.basename(dir), name) };
}
