import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { adminError, useAdminDb } from '../support/admin-db.js';

const alice = discordActor('111111111111111111');

describe('QuestionAdmin', () => {
  const dbs = useAdminDb();

  it("adds a training question and returns the engine's answer to it right away", () => {
    const { admin, app } = dbs.open(undefined, { engine: true });
    const text = 'did the train carry a horse orchestra';
    const result = admin.questions.add(alice, { entryId: 'horse-train', lang: 'en', text });
    expect(result.change).toMatchObject({ action: 'question.add', parts: [{ kind: 'entry', key: 'horse-train' }] });
    expect(result.preview).toMatchObject({ matchesEntry: true, answer: { intent: 'horse-train', lang: 'en' } });
    expect(app!.engine.current().ask(text).intent).toBe('horse-train');
    expect(admin.entries.show('horse-train').questions.en).toContain(text);

    const removed = dbs.open(app!.db.name).admin.questions.remove(alice, { entryId: 'horse-train', lang: 'en', text });
    expect(removed.change!.action).toBe('question.remove');
    expect(removed.preview).toBeUndefined();
    expect(admin.entries.show('horse-train').questions.en).not.toContain(text);
  });

  it('refuses duplicates, unknown questions, bad languages and overlong text', () => {
    const { admin } = dbs.open();
    const existing = admin.entries.show('horse-train').questions.en[0]!;
    expect(adminError(() => admin.questions.add(alice, { entryId: 'horse-train', lang: 'en', text: existing })).key).toBe('admin.error.questionExists');
    expect(adminError(() => admin.questions.remove(alice, { entryId: 'horse-train', lang: 'en', text: 'never added' })).key).toBe(
      'admin.error.questionNotFound',
    );
    expect(adminError(() => admin.questions.add(alice, { entryId: 'horse-train', lang: 'de' as 'en', text: 'Gab es Pferde?' })).details[0]).toMatchObject({
      key: 'admin.problem.notOneOf',
      at: { field: 'lang' },
    });
    expect(adminError(() => admin.questions.add(alice, { entryId: 'horse-train', lang: 'en', text: 'x'.repeat(301) })).details[0]!.key).toBe(
      'admin.problem.tooLong',
    );
    expect(adminError(() => admin.questions.add(alice, { entryId: 'nope', lang: 'en', text: 'anything' })).key).toBe('admin.error.entryNotFound');
  });

  it('says which other entries already have the same question', () => {
    const { admin } = dbs.open();
    const elsewhere = admin.entries.show('dprk-denial').questions.en[0]!;
    const result = admin.questions.add(alice, { entryId: 'horse-train', lang: 'en', text: elsewhere.toUpperCase() }, { preview: false });
    expect(result.alsoIn).toEqual(['dprk-denial']);
    expect(result.preview).toBeUndefined();
  });
});

describe('SourceAdmin', () => {
  const dbs = useAdminDb();

  it('adds, edits, links and unlinks sources, each recorded', () => {
    const { admin } = dbs.open();
    admin.sources.add(alice, { id: 'reuters', name: 'Reuters', description: { nb: 'Nyhetsbyrå.', en: 'News agency.' } });
    admin.sources.edit(alice, 'reuters', { description: { en: 'International news agency.' } });
    expect(admin.sources.show('reuters')).toMatchObject({ name: 'Reuters', description: { nb: 'Nyhetsbyrå.', en: 'International news agency.' }, entries: [] });
    admin.sources.link(alice, { entryId: 'horse-train', sourceId: 'reuters' });
    expect(admin.entries.show('horse-train').sources.at(-1)).toBe('reuters');
    expect(admin.sources.show('reuters').entries).toEqual(['horse-train']);
    expect(admin.sources.link(alice, { entryId: 'horse-train', sourceId: 'reuters' }).change).toBeNull();
    admin.sources.unlink(alice, { entryId: 'horse-train', sourceId: 'reuters' });
    expect(admin.entries.show('horse-train').sources).not.toContain('reuters');
    expect(admin.history.list().map((c) => c.action)).toEqual(['source.unlink', 'source.link', 'source.edit', 'source.add']);
  });

  it('refuses an unknown source, a duplicate id, and unlinking the last source', () => {
    const { admin } = dbs.open();
    expect(adminError(() => admin.sources.link(alice, { entryId: 'horse-train', sourceId: 'nobody' })).key).toBe('admin.error.sourceNotFound');
    const { id, name, description } = admin.sources.list()[0]!;
    expect(adminError(() => admin.sources.add(alice, { id, name, description })).key).toBe('admin.error.sourceExists');
    expect(adminError(() => admin.sources.add(alice, { id: 'x y', name: '', description: { nb: 'a', en: 'b' } })).details.map((d) => d.at?.field)).toEqual([
      'id',
      'name',
    ]);
    const only = admin.entries.show('horse-train').sources;
    for (const extra of only.slice(1)) admin.sources.unlink(alice, { entryId: 'horse-train', sourceId: extra });
    expect(adminError(() => admin.sources.unlink(alice, { entryId: 'horse-train', sourceId: only[0]! })).key).toBe('admin.error.lastSource');
    expect(adminError(() => admin.sources.unlink(alice, { entryId: 'horse-train', sourceId: 'un' === only[0] ? 'tv2' : 'un' })).key).toBe(
      'admin.error.notLinked',
    );
  });
});
