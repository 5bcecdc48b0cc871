import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAdminDb } from '../support/admin-db.js';
import { runCli } from '../support/run-cli.js';

const english = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

describe('factbot kb history (spawned): readable, field by field', () => {
  const dbs = useAdminDb();

  it('after an import that edits one answer, history names that answer and shows its old and new text; --full shows the raw records', async () => {
    const file = dbs.file();
    const env = { FACTBOT_DB: file, ...english, LOG_LEVEL: 'info' };
    const kb = dbs.open(file).admin.transfer.exportKb();
    const old = kb.entries.find((e) => e.id === 'horse-train')!.answer.en;
    kb.entries.find((e) => e.id === 'horse-train')!.answer.en = 'Imported: the horse train went from Russia to North Korea.';
    const importFile = path.join(dbs.tempDir(), 'kb.json');
    fs.writeFileSync(importFile, JSON.stringify(kb));

    const imported = await runCli(['kb', 'import', importFile], { env });
    expect(imported.code, imported.stderr).toBe(0);
    // Messages for people only: no JSON log records mixed in, even at LOG_LEVEL=info.
    expect(imported.stderr.split('\n').filter((l) => l.trimStart().startsWith('{'))).toEqual([]);
    expect(imported.stderr).toContain('Imported');

    const list = await runCli(['kb', 'history', '--limit', '1'], { env });
    expect(list.stdout.trim()).toMatch(/^#(\d+) \S+ \S+ UTC cli:\S+ imported entry horse-train \(answer\.en\)$/);
    const id = /^#(\d+)/.exec(list.stdout)![1]!;

    const shown = await runCli(['kb', 'history', id], { env });
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout.split('\n').slice(1)).toEqual([
      '',
      'entry horse-train',
      '  answer.en:',
      `    before: ${JSON.stringify(old)}`,
      '    after: "Imported: the horse train went from Russia to North Korea."',
      '',
    ]);
    expect(shown.stdout).not.toContain('"entries"');

    const full = await runCli(['kb', 'history', id, '--full'], { env });
    expect(full.stdout).toContain('the knowledge base *');
    expect(full.stdout).toContain('"entries": [');
    expect(full.stdout.length).toBeGreaterThan(shown.stdout.length * 10);

    const nb = await runCli(['kb', 'history', id], { env: { ...env, LANG: 'nb_NO.UTF-8' } });
    expect(nb.stdout).toContain('importerte oppføring horse-train (answer.en)');
    expect(nb.stdout).toContain('    før: ');
  });
});
