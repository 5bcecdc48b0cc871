import { describe, expect, it } from 'vitest';
import { cliActor } from '../../src/admin/actor.js';
import { adminError, useAdminDb } from '../support/admin-db.js';

const bob = cliActor();

describe('source names in both languages', () => {
  const dbs = useAdminDb();

  it('answers name the sources in the answer\'s language ("Russiske veterinærmyndigheter", "FN", "Det hvite hus")', () => {
    const { app } = dbs.open(undefined, { engine: true });
    const engine = app!.engine.current();
    const nb = engine.ask('Hva rapporterte de russiske veterinærmyndighetene om toget?');
    expect(nb).toMatchObject({ lang: 'nb', intent: 'horse-train' });
    expect(nb.sources).toEqual(['Russiske veterinærmyndigheter']);
    expect(nb.answer).toContain('Russiske veterinærmyndigheter');
    const en = engine.ask('What did the Russian veterinary authorities report about the train?');
    expect(en).toMatchObject({ lang: 'en', intent: 'horse-train', sources: ['Russian veterinary authorities'] });
    expect(engine.ask('Hva sier FN-resolusjonen om våpeneksport fra Nord-Korea?').sources).toContain('FN');
    expect(engine.ask('Hva beskyldte Det hvite hus Nord-Korea for?').sources).toContain('Det hvite hus');
  });

  it('keeps a plain string name and a { nb, en } name as they were through import, export and edits', () => {
    const { admin } = dbs.open();
    const kb = admin.transfer.exportKb();
    expect(kb.sources.find((s) => s.id === 'un')!.name).toEqual({ nb: 'FN', en: 'United Nations' });
    expect(kb.sources.find((s) => s.id === '38-north')!.name).toBe('38 North');

    // An import may use either form for any source.
    const next = structuredClone(kb);
    next.sources.find((s) => s.id === 'tv2')!.name = { nb: 'TV 2 (norsk)', en: 'TV 2 (Norway)' };
    next.sources.find((s) => s.id === 'un')!.name = 'UN';
    admin.transfer.importKb(bob, next);
    const after = admin.transfer.exportKb();
    expect(after.sources.find((s) => s.id === 'tv2')!.name).toEqual({ nb: 'TV 2 (norsk)', en: 'TV 2 (Norway)' });
    expect(after.sources.find((s) => s.id === 'un')!.name).toBe('UN');

    // Editing one language of a plain name makes it a name per language; the same text in both stays one string.
    admin.sources.edit(bob, 'un', { name: { nb: 'FN' } });
    expect(admin.sources.show('un').name).toEqual({ nb: 'FN', en: 'UN' });
    admin.sources.edit(bob, 'un', { name: { nb: 'UN' } });
    expect(admin.sources.show('un').name).toBe('UN');
    // And the change is undoable like any other.
    const [last] = admin.history.list({ limit: 1 });
    admin.history.undo(bob, last!.id);
    expect(admin.sources.show('un').name).toEqual({ nb: 'FN', en: 'UN' });
  });

  it('refuses a name that is neither a string nor both languages, naming the field', () => {
    const { admin } = dbs.open();
    const kb = admin.transfer.exportKb() as unknown as { sources: Array<Record<string, unknown>> };
    kb.sources[0]!.name = { nb: 'Bare norsk' };
    const error = adminError(() => admin.transfer.importKb(bob, kb));
    expect(error.details.some((d) => d.at?.record === 'source' && d.at.field?.startsWith('name'))).toBe(true);
  });
});
