import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { useAdminDb } from '../support/admin-db.js';
import { runCli } from '../support/run-cli.js';

const alice = discordActor('111111111111111111');

describe('factbot kb: files that are not what they seem, long histories, export safe for HTML (spawned)', () => {
  const dbs = useAdminDb();

  it('restore and import of a directory, a FIFO or a device say what it is (and do not hang); nothing changes', async () => {
    const h = dbs.open();
    const dir = dbs.tempDir();
    const fifo = path.join(dir, 'pipe.db');
    execFileSync('mkfifo', [fifo]);
    const revision = h.repository.revision();
    const cases: Array<[string, string]> = [
      [dir, 'is a directory, not a file'],
      [fifo, 'is a FIFO (named pipe), not a file'],
      ['/dev/null', 'is a device, not a file'],
      [path.join(dir, 'missing.db'), 'not found'],
    ];
    for (const verb of ['restore', 'import']) {
      const results = await Promise.all(cases.map(([file]) => runCli(['kb', verb, file], { env: { FACTBOT_DB: h.file, LANG: 'C' } })));
      results.forEach((r, i) => {
        expect(r.code, `${verb} ${cases[i]![0]}`).toBe(1);
        expect(r.stderr, `${verb} ${cases[i]![0]}`).toContain(cases[i]![1]);
      });
    }
    expect(h.repository.revision()).toBe(revision);
  });

  it("restore runs SQLite's integrity check on the backup before replacing anything", async () => {
    const h = dbs.open();
    const dir = dbs.tempDir();
    const backup = path.join(dir, 'damaged.db');
    await h.admin.backups.backup(backup);
    // Damage the pages after the header (the file still opens as SQLite).
    const bytes = fs.readFileSync(backup);
    for (let i = 4096 * 2; i < bytes.length - 4096; i += 4096) bytes.fill(0x5a, i + 8, i + 200);
    fs.writeFileSync(backup, bytes);
    h.admin.entries.retire(alice, 'horse-train');
    const revision = h.repository.revision();
    const result = await runCli(['kb', 'restore', backup], { env: { FACTBOT_DB: h.file, LANG: 'C' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/damaged\.db (is damaged \(SQLite integrity check|is not a factbot database backup)/);
    expect(result.stderr).toContain('Nothing was changed');
    expect(h.repository.revision()).toBe(revision);
    expect(h.admin.entries.show('horse-train').retired).toBe(true);
  });

  it('kb history --limit beyond one page (1,000) pages back instead of silently stopping', async () => {
    const h = dbs.open();
    for (let i = 0; i < 1030; i++) h.admin.entries.edit(alice, 'horse-train', { status: i % 2 ? 'reported' : 'unproven' });
    const result = await runCli(['kb', 'history', '--limit', '1025', '--json'], { env: { FACTBOT_DB: h.file } });
    expect(result.code, result.stderr).toBe(0);
    const changes = JSON.parse(result.stdout) as Array<{ id: number }>;
    expect(changes).toHaveLength(1025);
    expect(new Set(changes.map((c) => c.id)).size).toBe(1025);
    expect(changes.map((c) => c.id)).toEqual([...changes.map((c) => c.id)].sort((a, b) => b - a));
    const all = await runCli(['kb', 'history', '--limit', '5000', '--json'], { env: { FACTBOT_DB: h.file } });
    expect(JSON.parse(all.stdout)).toHaveLength(1030);
  });

  it('the ClaimReview export can be pasted into an HTML <script>: no </script>, <!-- or U+2028/U+2029 in the text, same JSON', async () => {
    const h = dbs.open();
    const title = 'Trains </script><script>alert(1)</script> <!-- & more\u2028line\u2029para';
    const { claim } = h.admin.entries.show('claim-arms-supply');
    h.admin.entries.edit(alice, 'claim-arms-supply', { claim: { ...claim!, en: title } });
    const result = await runCli(['kb', 'export', '--claimreview', '--lang', 'en'], {
      env: { FACTBOT_DB: h.file, FACTBOT_PUBLIC_URL: 'https://factbot.example/' },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/<\/|<!--|\u2028|\u2029/);
    const reviews = JSON.parse(result.stdout) as Array<{ identifier: string; claimReviewed: string }>;
    expect(reviews.find((r) => r.identifier === 'claim-arms-supply')!.claimReviewed).toBe(title);
  });
});
