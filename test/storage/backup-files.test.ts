import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../../src/app/open-knowledge-base.js';
import { verifyCopy, writeBackup } from '../../src/storage/backup-files.js';
import { useTempDir } from '../support/temp-dir.js';

describe('backup files', () => {
  const tempDir = useTempDir();

  it('a backup passes the full integrity check; a damaged copy does not (the check runs in a worker thread)', async () => {
    const dir = tempDir();
    const { db } = openKnowledgeBase(path.join(dir, 'kb.db'));
    const backup = path.join(dir, 'backups', 'copy.db');
    await writeBackup(db, backup);
    db.close();
    expect(await verifyCopy(backup)).toBe('ok');

    const damaged = path.join(dir, 'damaged.db');
    const bytes = fs.readFileSync(backup);
    // Page 1 (the header and schema) stays readable; the pages after it are overwritten.
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 6));
    fs.writeFileSync(damaged, bytes);
    expect(await verifyCopy(damaged)).not.toBe('ok');
  });
});
