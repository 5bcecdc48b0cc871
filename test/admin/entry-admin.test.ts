import { describe, expect, it } from 'vitest';
import { cliActor, discordActor } from '../../src/admin/actor.js';
import { adminError, useAdminDb, zeppelinEntry } from '../support/admin-db.js';

const alice = discordActor('123456789012345678');

describe('EntryAdmin', () => {
  const dbs = useAdminDb();

  it('adds, edits, retires and restores an entry; the engine answers from the change at once, in both languages', () => {
    const { admin, app } = dbs.open(undefined, { engine: true });
    const zeppelin = zeppelinEntry(admin.sources.list()[0]!.id);
    const ask = (q: string) => app!.engine.current().ask(q);

    const added = admin.entries.add(alice, zeppelin);
    expect(added.change).toMatchObject({ action: 'entry.add', actor: alice });
    expect(added.retrainMs).toBeGreaterThan(0);
    expect(ask('Was a zeppelin seen over the bridge?')).toMatchObject({ intent: 'zeppelin-sighting', status: 'refuted', lang: 'en' });
    expect(ask('Ble det sett en zeppeliner over broen?')).toMatchObject({ intent: 'zeppelin-sighting', lang: 'nb' });
    expect(ask('Ble det sett en zeppeliner over broen?').answer).toContain('Ingen zeppeliner');

    const edited = admin.entries.edit(alice, 'zeppelin-sighting', { answer: { en: 'Corrected: nobody saw a zeppelin.' }, status: 'unknown' });
    const after = ask('Was a zeppelin seen over the bridge?');
    expect(after.answer).toContain('Corrected: nobody saw a zeppelin.');
    expect(after.status).toBe('unknown');
    // The language left out keeps its text.
    expect(admin.entries.show('zeppelin-sighting').answer.nb).toBe(zeppelin.answer.nb);
    console.info(`retrain after a change (in-process, ${admin.entries.list().length} entries): ${added.retrainMs} ms, ${edited.retrainMs} ms`);

    // Retire and restore (their effect on answers is checked end to end in test/cli/kb-entries.test.ts).
    const plain = dbs.open(app!.db.name);
    plain.admin.entries.retire(alice, 'zeppelin-sighting');
    expect(plain.admin.entries.list({ includeRetired: false }).map((e) => e.id)).not.toContain('zeppelin-sighting');
    expect(plain.admin.entries.show('zeppelin-sighting').retired).toBe(true);
    plain.admin.entries.restore(alice, 'zeppelin-sighting');
    expect(plain.admin.entries.show('zeppelin-sighting').retired).toBe(false);
  });

  it('validates every field and names it; nothing is written on error', () => {
    const { admin, repository } = dbs.open();
    const zeppelin = zeppelinEntry('tv2');
    const revision = repository.revision();
    const bad = adminError(() =>
      admin.entries.add(cliActor(), {
        ...zeppelin,
        id: 'Not A Slug',
        status: 'maybe',
        title: { nb: 'x'.repeat(121), en: '' },
        sources: ['tv2', 'nobody'],
      } as never),
    );
    expect(bad.key).toBe('admin.error.invalid');
    const byField = Object.fromEntries(bad.details.map((d) => [d.at?.field, d.key]));
    expect(byField).toMatchObject({
      id: 'admin.problem.notSlug',
      status: 'admin.problem.notOneOf',
      'title.nb': 'admin.problem.tooLong',
      'title.en': 'admin.problem.empty',
    });
    const unknownSource = adminError(() => admin.entries.add(cliActor(), { ...zeppelin, sources: ['tv2', 'nobody'] }));
    expect(unknownSource.details).toEqual([
      expect.objectContaining({ key: 'admin.problem.unknownSource', values: { source: 'nobody' }, at: expect.objectContaining({ field: 'sources.1' }) }),
    ]);
    const missingLang = adminError(() => admin.entries.add(cliActor(), { ...zeppelin, answer: { nb: 'bare norsk' } } as never));
    expect(missingLang.details[0]).toMatchObject({ key: 'admin.problem.missing', at: { field: 'answer.en' } });
    expect(adminError(() => admin.entries.add(cliActor(), { ...zeppelin, id: 'greeting' })).details[0]!.key).toBe('admin.problem.reservedId');
    expect(adminError(() => admin.entries.add(cliActor(), { ...zeppelin, id: 'horse-train' })).key).toBe('admin.error.entryExists');
    expect(adminError(() => admin.entries.edit(cliActor(), 'horse-train', { status: 'true' as never })).details[0]!.key).toBe('admin.problem.notOneOf');
    expect(adminError(() => admin.entries.edit(cliActor(), 'horse-train', { sources: [] })).details[0]!.key).toBe('admin.problem.tooFew');
    expect(adminError(() => admin.entries.edit(cliActor(), 'no-such-entry', { status: 'confirmed' })).key).toBe('admin.error.entryNotFound');
    expect(adminError(() => admin.entries.edit(cliActor(), 'horse-train', {})).key).toBe('admin.error.nothingToEdit');
    expect(repository.revision()).toBe(revision);
    expect(admin.history.list()).toEqual([]);
  });

  it('bumps the revision once per change and records nothing for a change to the same value', () => {
    const { admin, repository } = dbs.open();
    const revision = repository.revision();
    const first = admin.entries.retire(cliActor(), 'horse-train');
    expect(first.change!.revision).toBe(revision + 1);
    expect(repository.revision()).toBe(revision + 1);
    expect(admin.entries.retire(cliActor(), 'horse-train').change).toBeNull();
    expect(repository.revision()).toBe(revision + 1);
  });
  it('stamps every write with the clock it is given: records, history and a whole import', () => {
    const clock = { at: '2031-05-06T07:08:09.000Z' };
    const { admin } = dbs.open(undefined, { now: () => clock.at });
    const added = admin.entries.add(alice, zeppelinEntry(admin.sources.list()[0]!.id));
    expect(added.change?.at).toBe(clock.at);
    expect(admin.entries.show('zeppelin-sighting').updatedAt).toBe(clock.at);

    clock.at = '2032-01-01T00:00:00.000Z';
    admin.entries.retire(alice, 'zeppelin-sighting');
    expect(admin.entries.list().find((e) => e.id === 'zeppelin-sighting')).toMatchObject({ retired: true, updatedAt: clock.at });

    clock.at = '2033-03-03T03:03:03.000Z';
    const kb = admin.transfer.exportKb();
    const imported = admin.transfer.importKb(alice, { ...kb, entries: kb.entries.filter((e) => e.id !== 'zeppelin-sighting') });
    expect(imported.change?.at).toBe(clock.at);
    expect(new Set(admin.entries.list().map((e) => e.updatedAt))).toEqual(new Set([clock.at]));
  });
});
