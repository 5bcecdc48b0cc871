import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { cliActor, discordActor } from '../../src/admin/actor.js';
import { useAdminDb, adminError, zeppelinEntry } from '../support/admin-db.js';

const alice = discordActor('111111111111111111');
const bob = discordActor('222222222222222222');

describe('HistoryAdmin', () => {
  const dbs = useAdminDb();

  it('records who, when (UTC) and the before/after of the fields a change touched', () => {
    const { admin } = dbs.open();
    const before = admin.entries.show('horse-train');
    const started = Date.now();
    admin.entries.edit(alice, 'horse-train', { title: { en: 'Horses on the train?' } });
    admin.questions.add(cliActor(), { entryId: 'horse-train', lang: 'nb', text: 'hadde toget hester om bord' });
    const [question, edit] = admin.history.list();
    expect(edit).toMatchObject({
      action: 'entry.edit',
      actor: { kind: 'discord', id: '111111111111111111' },
      parts: [{ kind: 'entry', key: 'horse-train', before: { title: { en: before.title.en } }, after: { title: { en: 'Horses on the train?' } } }],
    });
    expect(edit!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(edit!.at)).toBeGreaterThanOrEqual(started - 1000);
    expect(question!.actor).toEqual({ kind: 'cli', id: os.userInfo().username });
    expect(admin.history.list({ actor: alice }).map((c) => c.id)).toEqual([edit!.id]);
    expect(admin.history.list({ target: { kind: 'entry', key: 'horse-train' } })).toHaveLength(2);
    expect(admin.history.list({ target: { kind: 'entry', key: 'dprk-denial' } })).toHaveLength(0);
  });

  it('undoes a change when later changes touched only other fields or other questions', () => {
    const { admin } = dbs.open();
    const original = admin.entries.show('horse-train');
    const title = admin.entries.edit(alice, 'horse-train', { title: { en: 'Edited title' } }).change!;
    admin.entries.edit(bob, 'horse-train', { answer: { nb: 'Nytt svar.' } });
    const q1 = admin.questions.add(alice, { entryId: 'horse-train', lang: 'en', text: 'first added question' }).change!;
    admin.questions.add(bob, { entryId: 'horse-train', lang: 'en', text: 'second added question' });

    const undo = admin.history.undo(bob, title.id).change!;
    expect(undo).toMatchObject({ action: 'undo', undoes: title.id, actor: bob });
    admin.history.undo(bob, q1.id);
    const now = admin.entries.show('horse-train');
    expect(now.title.en).toBe(original.title.en);
    expect(now.answer.nb).toBe('Nytt svar.');
    expect(now.questions.en).toContain('second added question');
    expect(now.questions.en).not.toContain('first added question');
  });

  it('refuses an undo that conflicts with a later change, names it, and changes nothing', () => {
    const { admin, repository } = dbs.open();
    const first = admin.entries.edit(alice, 'horse-train', { answer: { en: 'First correction.' } }).change!;
    const second = admin.entries.edit(bob, 'horse-train', { answer: { en: 'Second correction.' } }).change!;
    const revision = repository.revision();
    const error = adminError(() => admin.history.undo(alice, first.id));
    expect(error.key).toBe('admin.error.undoConflict');
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'admin.undo.conflictField', values: expect.objectContaining({ fields: 'answer.en' }) }),
        expect.objectContaining({ key: 'admin.undo.laterChange', values: expect.objectContaining({ id: second.id }) }),
      ]),
    );
    expect(repository.revision()).toBe(revision);
    expect(admin.entries.show('horse-train').answer.en).toBe('Second correction.');
    // Undo the later one first, then the earlier one works.
    admin.history.undo(alice, second.id);
    admin.history.undo(alice, first.id);
    expect(admin.entries.show('horse-train').answer.en).not.toMatch(/correction/);
  });

  it('undoes an undo (redo), refuses a second undo of the same change, and rejects unknown ids', () => {
    const { admin } = dbs.open();
    const retire = admin.entries.retire(alice, 'dprk-denial').change!;
    const undo = admin.history.undo(alice, retire.id).change!;
    expect(admin.entries.show('dprk-denial').retired).toBe(false);
    expect(adminError(() => admin.history.undo(alice, retire.id)).key).toBe('admin.error.alreadyUndone');
    admin.history.undo(alice, undo.id);
    expect(admin.entries.show('dprk-denial').retired).toBe(true);
    expect(adminError(() => admin.history.undo(alice, 9999)).key).toBe('admin.error.changeNotFound');
  });

  it('undoing an added entry deletes it; a contract id is never deleted', () => {
    const { admin } = dbs.open();
    const source = admin.sources.list()[0]!.id;
    const add = admin.entries.add(alice, zeppelinEntry(source)).change!;
    admin.history.undo(alice, add.id);
    expect(adminError(() => admin.entries.show('zeppelin-sighting')).key).toBe('admin.error.entryNotFound');

    // A contract id that came back through "add" (after an import without it) is not deleted by undo.
    const kb = admin.transfer.exportKb();
    const horse = kb.entries.find((e) => e.id === 'horse-train')!;
    admin.transfer.importKb(alice, { ...kb, entries: kb.entries.filter((e) => e.id !== 'horse-train') });
    const readd = admin.entries.add(alice, { ...horse, retired: false }).change!;
    expect(adminError(() => admin.history.undo(alice, readd.id)).key).toBe('admin.error.contractIdProtected');
    expect(admin.entries.show('horse-train').id).toBe('horse-train');
  });

  it('undoes an import as a whole', () => {
    const { admin } = dbs.open();
    const kb = admin.transfer.exportKb();
    const changed = structuredClone(kb);
    changed.entries[0]!.answer.en = 'Imported text.';
    const imported = admin.transfer.importKb(alice, changed).change!;
    expect(admin.transfer.exportKb().entries[0]!.answer.en).toBe('Imported text.');
    admin.history.undo(bob, imported.id);
    expect(admin.transfer.exportKb()).toEqual(kb);
  });

  it('keeps an undo of a source creation from deleting a source that entries now cite', () => {
    const { admin } = dbs.open();
    const add = admin.sources.add(alice, { id: 'new-source', name: 'New source', description: { nb: 'Ny kilde.', en: 'New source.' } }).change!;
    const link = admin.sources.link(alice, { entryId: 'horse-train', sourceId: 'new-source' }).change!;
    const error = adminError(() => admin.history.undo(alice, add.id));
    expect(error).toMatchObject({ key: 'admin.error.sourceInUse', values: { id: 'new-source', entries: 'horse-train' } });
    admin.history.undo(alice, link.id);
    admin.history.undo(alice, add.id);
    expect(admin.sources.list().map((s) => s.id)).not.toContain('new-source');
  });
});
