import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { useAdminDb } from '../support/admin-db.js';
import type { ClaimReviewJson, KbFileJson } from '../support/kb-file-json.js';
import { runCli, type CliResult } from '../support/run-cli.js';

describe('factbot kb export / import / backup / restore (spawned)', () => {
  const dbs = useAdminDb();

  it('rejects every malformed import (wrong status, missing language, unknown source, broken JSON, 50 MB) and changes nothing', async () => {
    const file = dbs.file();
    const dir = dbs.tempDir();
    const h = dbs.open(file);
    const kb = h.admin.transfer.exportKb();
    const revision = h.repository.revision();
    const write = (name: string, content: unknown): string => {
      const target = path.join(dir, name);
      fs.writeFileSync(target, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content));
      return target;
    };
    const variant = (change: (k: KbFileJson) => void) => {
      const copy = structuredClone(kb) as unknown as KbFileJson;
      change(copy);
      return copy;
    };
    const cases: Array<[string, string, RegExp]> = [
      [
        write(
          'status.json',
          variant((k) => (k.entries[4]!.status = 'maybe')),
        ),
        'status',
        new RegExp(`entry #5 "${kb.entries[4]!.id}", field status: must be one of`),
      ],
      [
        write(
          'lang.json',
          variant((k) => delete k.entries[6]!.answer.nb),
        ),
        'language',
        new RegExp(`entry #7 "${kb.entries[6]!.id}", field answer\\.nb: is missing`),
      ],
      [
        write(
          'source.json',
          variant((k) => k.entries[2]!.sources.push('nobody')),
        ),
        'source',
        /field sources\.\d+: unknown source "nobody"/,
      ],
      [write('broken.json', JSON.stringify(kb).slice(0, 4000)), 'json', /broken\.json is not valid JSON/],
      [write('huge.json', Buffer.alloc(50 * 1024 * 1024, 0x20)), 'size', /huge\.json is too large \(50\.0 MB; the limit is 20\.0 MB\)/],
    ];
    const results = await Promise.all(cases.map(([target]) => runCli(['kb', 'import', target], { env: { FACTBOT_DB: file, LANG: 'C' } })));
    results.forEach((result, i) => {
      const [, name, message] = cases[i]!;
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).toMatch(message);
      expect(result.stderr, name).toMatch(/nothing was changed/i);
    });
    expect(h.repository.revision()).toBe(revision);
    expect(h.admin.transfer.exportKb()).toEqual(kb);
    expect(h.admin.history.list()).toEqual([]);

    // A valid file is applied, and the next answer comes from it.
    const good = variant((k) => (k.entries.find((e) => e.id === 'horse-train')!.answer.en = 'Imported: the train carried horses, say Russian vets.'));
    const imported = await runCli(['kb', 'import', write('good.json', good)], { env: { FACTBOT_DB: file } });
    expect(imported.code, imported.stderr).toBe(0);
    const question = h.admin.entries.show('horse-train').questions.en[0]!;
    const asked = await runCli(['ask', '--json', question], { env: { FACTBOT_DB: file } });
    expect(JSON.parse(asked.stdout)).toMatchObject({ intent: 'horse-train', answer: expect.stringContaining('Imported: the train carried horses') });
    expect(h.admin.history.list()[0]).toMatchObject({ action: 'kb.import', actor: { kind: 'cli' } });
  });

  it('refuses a file that is not UTF-8 (with the byte offset), and NUL or unpaired surrogates in text fields; nothing changes', async () => {
    const file = dbs.file();
    const dir = dbs.tempDir();
    const h = dbs.open(file);
    const kb = h.admin.transfer.exportKb();
    const revision = h.repository.revision();
    const json = JSON.stringify(kb);
    // The same file saved as Latin-1: every å, ø, æ is one byte no UTF-8 decoder accepts.
    const latin1 = path.join(dir, 'latin1.json');
    fs.writeFileSync(latin1, Buffer.from(json, 'latin1'));
    const offset = Buffer.from(
      json.slice(
        0,
        [...json].findIndex((c) => c.charCodeAt(0) > 127),
      ),
      'utf8',
    ).length;
    const nul = path.join(dir, 'nul.json');
    fs.writeFileSync(nul, json.replace(kb.entries[0]!.answer.en, `${kb.entries[0]!.answer.en.slice(0, 10)}\\u0000`));
    const surrogate = path.join(dir, 'surrogate.json');
    fs.writeFileSync(surrogate, json.replace(kb.entries[1]!.title.en, 'Half a pair \\ud83d here'));
    const [bad, withNul, withSurrogate] = (await Promise.all(
      [latin1, nul, surrogate].map((target) => runCli(['kb', 'import', target], { env: { FACTBOT_DB: file, LANG: 'C' } })),
    )) as [CliResult, CliResult, CliResult];
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`latin1.json is not UTF-8 text: invalid byte at offset ${offset}`);
    expect(withNul.code).toBe(1);
    expect(withNul.stderr).toMatch(new RegExp(`entry #1 "${kb.entries[0]!.id}", field answer\\.en: must not contain NUL or unpaired surrogate`));
    expect(withSurrogate.code).toBe(1);
    expect(withSurrogate.stderr).toMatch(new RegExp(`entry #2 "${kb.entries[1]!.id}", field title\\.en: must not contain NUL or unpaired surrogate`));
    expect(h.repository.revision()).toBe(revision);
    expect(h.admin.transfer.exportKb()).toEqual(kb);
    // A UTF-8 file with a byte-order mark is fine.
    const bom = path.join(dir, 'bom.json');
    fs.writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
    expect((await runCli(['kb', 'import', bom], { env: { FACTBOT_DB: file } })).code).toBe(0);
  });

  it('an import that changes nothing (or only repeats a training question) is a no-op: no revision, no timestamps, "Nothing to change"', async () => {
    const file = dbs.file();
    const dir = dbs.tempDir();
    const h = dbs.open(file);
    const kb = h.admin.transfer.exportKb();
    const revision = h.repository.revision();
    const updatedAt = () => h.db.prepare(`SELECT id, updated_at FROM entries ORDER BY id`).all();
    const stamps = updatedAt();
    const same = path.join(dir, 'same.json');
    fs.writeFileSync(same, JSON.stringify(kb));
    const repeated = structuredClone(kb);
    repeated.entries[3]!.questions.en.push(repeated.entries[3]!.questions.en[0]!);
    const dup = path.join(dir, 'dup.json');
    fs.writeFileSync(dup, JSON.stringify(repeated));
    for (const target of [same, dup]) {
      const result = await runCli(['kb', 'import', target], { env: { FACTBOT_DB: file, LANG: 'C' } });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('Nothing to change');
      expect(result.stderr).not.toContain('Imported');
    }
    expect(h.repository.revision()).toBe(revision);
    expect(updatedAt()).toEqual(stamps);
    expect(h.admin.history.list()).toEqual([]);
  });

  it('exports ClaimReview JSON-LD for the reviewed claims, with urls under FACTBOT_PUBLIC_URL; without it, says which variable to set', async () => {
    const file = dbs.file();
    const env = { FACTBOT_DB: file, FACTBOT_PUBLIC_URL: 'https://factbot.example.org/', FACTBOT_PUBLISHER_NAME: 'Faktasjekk Eksempel' };
    const result = await runCli(['kb', 'export', '--claimreview', '--lang', 'nb'], { env });
    expect(result.code, result.stderr).toBe(0);
    const reviews = JSON.parse(result.stdout) as ClaimReviewJson[];
    expect(reviews.map((r) => r.identifier).sort()).toEqual([
      'claim-arms-supply',
      'covert-shipments',
      'dprk-denial',
      'sanctions-enforcement',
      'white-house-shells',
    ]);
    const denial = reviews.find((r) => r.identifier === 'dprk-denial')!;
    expect(denial).toMatchObject({
      url: 'https://factbot.example.org/verdicts/dprk-denial?lang=nb',
      claimReviewed: 'Nord-Korea har aldri solgt våpen eller ammunisjon til Russland og har ingen planer om det.',
      itemReviewed: { author: { '@type': 'Organization', name: 'Nord-Korea' }, datePublished: '2022-09' },
      author: { '@type': 'Organization', name: 'Faktasjekk Eksempel', url: 'https://factbot.example.org' },
      reviewRating: { ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Omstridt' },
    });
    // An entry with a claim status but no claim text is named on stderr, not exported.
    expect(result.stderr).toContain('transloading-unconfirmed');

    const unset = await runCli(['kb', 'export', '--claimreview'], { env: { FACTBOT_DB: file, LANG: 'C', LC_ALL: '' } });
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain('FACTBOT_PUBLIC_URL');
    expect(unset.stdout).toBe('');
  });

  it('backs up and restores through the command line (round trip), keeping the history', async () => {
    const file = dbs.file();
    const backup = path.join(dbs.tempDir(), 'backup.db');
    const h = dbs.open(file);
    h.admin.entries.edit(discordActor('111111111111111111'), 'horse-train', { status: 'confirmed' });
    const atBackup = h.admin.transfer.exportKb();
    const made = await runCli(['kb', 'backup', backup, '--json'], { env: { FACTBOT_DB: file } });
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ file: backup, bytes: expect.any(Number) });

    h.admin.entries.retire(discordActor('111111111111111111'), 'dprk-denial');
    h.admin.questions.add(discordActor('111111111111111111'), { entryId: 'kim-horses', lang: 'en', text: 'after the backup' }, { preview: false });
    const restored = await runCli(['kb', 'restore', backup], { env: { FACTBOT_DB: file, LANG: 'C' } });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Restored the knowledge base from/);
    expect(h.admin.transfer.exportKb()).toEqual(atBackup);
    expect(h.admin.history.list().map((c) => c.action)).toEqual(['backup.restore', 'question.add', 'entry.retire', 'entry.edit']);
  });
});
