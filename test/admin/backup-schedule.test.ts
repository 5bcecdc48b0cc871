import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliActor } from '../../src/admin/actor.js';
import { BackupSchedule, type ScheduleTimer } from '../../src/admin/backup-schedule.js';
import { createLogger } from '../../src/logging/logger.js';
import { readBackup } from '../../src/storage/backup-files.js';
import { useAdminDb } from '../support/admin-db.js';

/** A timer the test fires by hand: the schedule is driven without waiting for real time. */
class ManualTimer implements ScheduleTimer {
  readonly waits: number[] = [];
  private pending: (() => void) | undefined;
  set(fn: () => void, ms: number): unknown {
    this.waits.push(ms);
    this.pending = fn;
    return fn;
  }
  clear(handle: unknown): void {
    if (this.pending === handle) this.pending = undefined;
  }
  get armed(): boolean {
    return this.pending !== undefined;
  }
  fire(): void {
    const fn = this.pending;
    if (!fn) throw new Error('nothing scheduled');
    this.pending = undefined;
    fn();
  }
}

/** A clock that moves one hour per reading. */
function hourlyClock(): () => Date {
  let t = Date.parse('2026-03-01T00:00:00Z');
  return () => new Date((t += 3_600_000));
}

const quiet = createLogger('silent');

describe('scheduled backups (FACTBOT_BACKUP_EVERY, FACTBOT_BACKUP_KEEP)', () => {
  const dbs = useAdminDb();

  it('backs up on every tick, each copy whole and holding the writes so far, keeping only the newest KEEP scheduled ones', async () => {
    const { admin } = dbs.open();
    const dir = path.join(dbs.tempDir(), 'backups');
    fs.mkdirSync(dir);
    // A manual backup and an unrelated file are never pruned.
    fs.writeFileSync(path.join(dir, 'factbot-20200101-000000-000Z.db'), 'manual');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'keep me');
    const timer = new ManualTimer();
    const schedule = new BackupSchedule({ backups: admin.backups, dir, everyMs: 6 * 3_600_000, keep: 3, logger: quiet, timer, now: hourlyClock() });
    schedule.start();
    expect(timer.waits).toEqual([6 * 3_600_000]);

    const statuses = ['confirmed', 'refuted', 'disputed', 'suspected', 'unknown'] as const;
    for (const status of statuses) {
      admin.entries.edit(cliActor(), 'horse-train', { status });
      timer.fire();
      await schedule.idle();
      const scheduled = fs
        .readdirSync(dir)
        .filter((f) => f.startsWith('factbot-scheduled-'))
        .sort();
      expect(scheduled.length).toBeLessThanOrEqual(3);
      // The newest backup holds the change made just before it.
      const newest = readBackup(path.join(dir, scheduled.at(-1)!));
      expect(newest.kb.entries.find((e) => e.id === 'horse-train')!.status).toBe(status);
    }
    const left = fs.readdirSync(dir).sort();
    expect(left).toEqual([
      'factbot-20200101-000000-000Z.db',
      'factbot-scheduled-20260301-030000-000Z.db',
      'factbot-scheduled-20260301-040000-000Z.db',
      'factbot-scheduled-20260301-050000-000Z.db',
      'notes.txt',
    ]);
    // No partial files are left behind.
    expect(left.some((f) => f.includes('partial'))).toBe(false);
    expect(timer.waits).toHaveLength(statuses.length + 1);

    await schedule.stop();
    expect(timer.armed).toBe(false);
  });

  it('a failed backup is reported, deletes nothing, and the next one still comes', async () => {
    const { admin } = dbs.open();
    const base = dbs.tempDir();
    const dir = path.join(base, 'backups');
    fs.writeFileSync(dir, 'a file where the folder should be');
    const errors: unknown[] = [];
    const timer = new ManualTimer();
    const schedule = new BackupSchedule({
      backups: admin.backups,
      dir,
      everyMs: 60_000,
      keep: 1,
      logger: quiet,
      timer,
      now: hourlyClock(),
      onError: (e) => errors.push(e),
    });
    schedule.start();
    timer.fire();
    await schedule.idle();
    expect(errors).toHaveLength(1);
    expect(timer.armed).toBe(true);

    fs.rmSync(dir);
    timer.fire();
    await schedule.idle();
    expect(errors).toHaveLength(1);
    expect(fs.readdirSync(dir)).toHaveLength(1);
    await schedule.stop();
  });
});
