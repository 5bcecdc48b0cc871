import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/logger.js';
import type { Config } from '../config/env.js';
import { backupDirFor, backupFileName } from './backup-folder.js';
import { AdminService, type AdminServiceParts } from './admin-service.js';
import type { BackupAdmin, BackupResult } from './backup-admin.js';

/** Scheduled backups' names (manual ones, /kb backup and `kb backup`, are never deleted). */
const SCHEDULED = /^factbot-scheduled-[0-9TZ-]+\.db$/;

/** The timer the schedule waits with: the real one, or a test's that fires on demand. */
export interface ScheduleTimer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMER: ScheduleTimer = {
  set: (fn, ms) => setTimeout(fn, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface BackupScheduleOptions {
  backups: BackupAdmin;
  /** Where the backups go (backups/ next to the database). */
  dir: string;
  everyMs: number;
  /** How many scheduled backups to keep; older ones are deleted after a successful backup. */
  keep: number;
  logger: Logger;
  onError?: (error: unknown) => void;
  timer?: ScheduleTimer;
  now?: () => Date;
}

export interface ScheduledBackup extends BackupResult {
  /** Scheduled backups deleted because more than `keep` were there. */
  deleted: string[];
}

/**
 * FACTBOT_BACKUP_EVERY / FACTBOT_BACKUP_KEEP: an online backup on a schedule while the bot runs.
 * Each one is SQLite's backup API (paged and asynchronous: the event loop keeps serving between
 * pages), checked with integrity_check on the copy before it is renamed into place; then the
 * oldest scheduled backups beyond `keep` are deleted. A failed backup is logged and retried at the
 * next time; it never stops the bot.
 */
export class BackupSchedule {
  private readonly timer: ScheduleTimer;
  private readonly now: () => Date;
  private handle: unknown;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: BackupScheduleOptions) {
    this.timer = options.timer ?? REAL_TIMER;
    this.now = options.now ?? (() => new Date());
  }

  /** The first backup comes one interval after the start. */
  start(): void {
    this.stopped = false;
    this.next();
  }

  /** No further backups; waits for one in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.handle !== undefined) this.timer.clear(this.handle);
    this.handle = undefined;
    await this.running;
  }

  /** The backup in progress (or the last one), settled: for shutdown and tests. */
  idle(): Promise<void> {
    return this.running;
  }

  /** One backup now, then pruning. Throws when the backup fails (nothing is deleted then). */
  async runOnce(): Promise<ScheduledBackup> {
    const { backups, dir, keep, logger } = this.options;
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, backupFileName(this.now(), 'scheduled'));
    const result = await backups.backup(file);
    const deleted = this.prune(dir, keep);
    logger.info({ file: result.file, bytes: result.bytes, ms: result.ms, revision: result.revision, deleted: deleted.length }, 'scheduled backup made');
    return { ...result, deleted };
  }

  private next(): void {
    if (this.stopped) return;
    this.handle = this.timer.set(() => {
      this.handle = undefined;
      this.running = this.runOnce().then(
        () => this.next(),
        (error: unknown) => {
          this.options.onError?.(error);
          this.options.logger.error({ err: error }, 'scheduled backup failed');
          this.next();
        },
      );
    }, this.options.everyMs);
  }

  /** Deletes the oldest scheduled backups beyond `keep` (names sort by time). */
  private prune(dir: string, keep: number): string[] {
    const scheduled = fs
      .readdirSync(dir)
      .filter((name) => SCHEDULED.test(name))
      .sort();
    const old = scheduled.slice(0, Math.max(0, scheduled.length - keep));
    for (const name of old) fs.rmSync(path.join(dir, name), { force: true });
    return old;
  }
}

/** The schedule FACTBOT_BACKUP_EVERY asks for (started), or undefined when it is not set. */
export function startBackupSchedule(
  config: Pick<Config, 'FACTBOT_DB' | 'FACTBOT_BACKUP_EVERY' | 'FACTBOT_BACKUP_KEEP'>,
  parts: AdminServiceParts,
  logger: Logger,
  onError?: (error: unknown) => void,
): BackupSchedule | undefined {
  if (config.FACTBOT_BACKUP_EVERY === undefined) return undefined;
  const schedule = new BackupSchedule({
    backups: new AdminService(parts, { eagerRetrain: false }).backups,
    dir: backupDirFor(config.FACTBOT_DB),
    everyMs: config.FACTBOT_BACKUP_EVERY,
    keep: config.FACTBOT_BACKUP_KEEP,
    logger,
    ...(onError ? { onError } : {}),
  });
  schedule.start();
  logger.info({ everyMinutes: config.FACTBOT_BACKUP_EVERY / 60_000, keep: config.FACTBOT_BACKUP_KEEP }, 'backups scheduled');
  return schedule;
}
