import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { describeError } from '../../src/errors/localized-error.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { adminError, useAdminDb } from '../support/admin-db.js';

const alice = discordActor('111111111111111111');
const t = createTranslator();

describe('TransferAdmin import', () => {
  const dbs = useAdminDb();

  it('validates the whole input first and names every record and field that is wrong, in both languages', () => {
    const { admin, repository } = dbs.open();
    const kb = admin.transfer.exportKb();
    const bad = structuredClone(kb) as unknown as {
      entries: Array<{ status: string; title: Partial<Record<string, string>>; sources: string[] }>;
      sources: Array<{ id: string }>;
    };
    bad.entries[1]!.status = 'maybe';
    delete bad.entries[2]!.title.en;
    bad.entries[3]!.sources.push('nobody');
    bad.sources[0]!.id = 'Bad Id';
    const revision = repository.revision();
    const error = adminError(() => admin.transfer.importKb(alice, bad));
    expect(error).toMatchObject({ key: 'admin.error.importInvalid' });
    const en = describeError(error, 'en', t);
    const nb = describeError(error, 'nb', t);
    expect(en.message).toMatch(/nothing was changed/);
    expect(nb.message).toMatch(/ingenting ble endret/);
    const lines = en.details.join('\n');
    expect(lines).toContain(`entry #2 "${kb.entries[1]!.id}", field status: must be one of`);
    expect(lines).toContain(`entry #3 "${kb.entries[2]!.id}", field title.en: is missing`);
    expect(lines).toMatch(new RegExp(`entry #4 "${kb.entries[3]!.id}", field sources\\.\\d+: unknown source "nobody"`));
    expect(lines).toContain('source #1 "Bad Id", field id: must be a lowercase slug');
    expect(nb.details.join('\n')).toContain(`oppføring #3 "${kb.entries[2]!.id}", feltet title.en: mangler`);
    expect(repository.revision()).toBe(revision);
    expect(admin.transfer.exportKb()).toEqual(kb);
  });

  it('applies a valid file in one change, says which contract ids it lacks, and answers "nothing changed" for the same content', () => {
    const { admin } = dbs.open();
    const kb = admin.transfer.exportKb();
    expect(admin.transfer.importKb(alice, kb).change).toBeNull();
    const smaller = { ...kb, entries: kb.entries.filter((e) => e.id !== 'kim-horses') };
    const result = admin.transfer.importKb(alice, smaller);
    expect(result.change).toMatchObject({ action: 'kb.import', parts: [{ kind: 'kb', key: '*' }] });
    expect(result.missingContractIds).toEqual(['kim-horses']);
    expect(admin.entries.list().map((e) => e.id)).not.toContain('kim-horses');
  });

  it('refuses non-JSON and oversized text before anything else', () => {
    const { admin } = dbs.open();
    expect(adminError(() => admin.transfer.parseImportText('{"entries": [')).key).toBe('admin.error.notJson');
    expect(adminError(() => admin.transfer.parseImportText(' '.repeat(21 * 1024 * 1024))).key).toBe('admin.error.fileTooLarge');
    expect(adminError(() => admin.transfer.importKb(alice, null)).details[0]).toMatchObject({ key: 'admin.problem.wrongType' });
  });
});
