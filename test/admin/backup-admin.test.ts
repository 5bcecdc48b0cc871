import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { adminError, useAdminDb } from '../support/admin-db.js';

const alice = discordActor('111111111111111111');

describe('BackupAdmin', () => {
  const dbs = useAdminDb();

  it('backs up while another connection keeps writing, and restores as one undoable change, keeping history', async () => {
    const h = dbs.open();
    const other = dbs.open(h.file);
    const file = path.join(dbs.tempDir(), 'backups', 'kb-backup.db');
    const atBackup = h.admin.transfer.exportKb();
    const backup = h.admin.backups.backup(file);
    // The other connection writes while the backup runs (the backup sees a consistent state).
    other.admin.entries.edit(alice, 'horse-train', { answer: { en: 'Written during or after the backup.' } });
    const result = await backup;
    expect(result.bytes).toBeGreaterThan(10_000);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(adminError(() => h.admin.backups.restore(alice, path.join(dbs.tempDir(), 'missing.db'))).key).toBe('admin.error.fileMissing');

    h.admin.entries.retire(alice, 'dprk-denial');
    const history = h.admin.history.list().length;
    const restored = h.admin.backups.restore(alice, file);
    const kb = h.admin.transfer.exportKb();
    // The backup holds either state of horse-train, consistently; everything else is as at the backup.
    expect(kb.entries.find((e) => e.id === 'dprk-denial')!.retired).toBeUndefined();
    expect({ ...kb, entries: kb.entries.filter((e) => e.id !== 'horse-train') }).toEqual({
      ...atBackup,
      entries: atBackup.entries.filter((e) => e.id !== 'horse-train'),
    });
    expect(restored.change).toMatchObject({ action: 'backup.restore' });
    expect(h.admin.history.list()).toHaveLength(history + 1);
    h.admin.history.undo(alice, restored.change!.id);
    expect(h.admin.entries.show('dprk-denial').retired).toBe(true);
  });

  it('refuses to overwrite without the flag, and refuses a file that is not a backup, changing nothing', async () => {
    const h = dbs.open();
    const dir = dbs.tempDir();
    const file = path.join(dir, 'b.db');
    await h.admin.backups.backup(file);
    await expect(h.admin.backups.backup(file)).rejects.toMatchObject({ key: 'admin.error.fileExists' });
    await h.admin.backups.backup(file, { overwrite: true });
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'this is not sqlite'.repeat(100));
    const revision = h.repository.revision();
    expect(adminError(() => h.admin.backups.restore(alice, junk)).key).toBe('admin.error.notABackup');
    expect(h.repository.revision()).toBe(revision);
    expect(fs.readFileSync(junk, 'utf8')).toBe('this is not sqlite'.repeat(100));
  });

  it('backs up into the backups folder by time, lists only its own backups newest first, and restores one by name', async () => {
    const h = dbs.open();
    const dir = path.join(dbs.tempDir(), 'backups');
    expect(h.admin.backups.listIn(dir)).toEqual([]);
    const older = await h.admin.backups.backupInto(dir, new Date('2026-01-01T12:00:00.000Z'));
    expect(older).toMatchObject({ name: 'factbot-20260101-120000-000Z.db', shownAs: path.join('backups', 'factbot-20260101-120000-000Z.db') });
    const newer = await h.admin.backups.backupInto(dir, new Date('2026-01-02T08:30:00.500Z'));
    fs.writeFileSync(path.join(dir, 'notes.db'), 'not a backup');
    fs.mkdirSync(path.join(dir, 'factbot-20260103-000000-000Z.db'));
    expect(h.admin.backups.listIn(dir)).toEqual([newer.name, older.name]);

    h.admin.entries.retire(alice, 'dprk-denial');
    const restored = h.admin.backups.restoreFrom(alice, dir, older.name);
    expect(restored).toMatchObject({ shownAs: older.shownAs, change: { action: 'backup.restore' } });
    expect(h.admin.entries.show('dprk-denial').retired).toBeFalsy();
  });
});
