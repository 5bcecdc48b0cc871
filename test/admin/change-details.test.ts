import { describe, expect, it } from 'vitest';
import { cliActor } from '../../src/admin/actor.js';
import { recordChanges } from '../../src/admin/change-details.js';
import { describeChangeDetails, describeTargets } from '../../src/admin/describe-change.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { useAdminDb } from '../support/admin-db.js';

const t = createTranslator();

describe('history for people: what a change did, field by field', () => {
  const dbs = useAdminDb();

  it('an import that edits one answer shows only that answer, old and new text, not the whole knowledge base', () => {
    const { admin } = dbs.open();
    const kb = admin.transfer.exportKb();
    const horse = kb.entries.find((e) => e.id === 'horse-train')!;
    const next = structuredClone(kb);
    const edited = next.entries.find((e) => e.id === 'horse-train')!;
    edited.answer.en = 'Corrected: a train with horses went the other way.';
    edited.questions.en.push('Which way did the horse train go?');
    next.sources.find((s) => s.id === 'un')!.name = { nb: 'De forente nasjoner', en: 'United Nations' };
    const { change } = admin.transfer.importKb(cliActor(), next);

    expect(recordChanges(change!)).toEqual([
      {
        kind: 'source',
        key: 'un',
        type: 'changed',
        fields: [{ field: 'name', before: { nb: 'FN', en: 'United Nations' }, after: { nb: 'De forente nasjoner', en: 'United Nations' } }],
      },
      {
        kind: 'entry',
        key: 'horse-train',
        type: 'changed',
        fields: [
          { field: 'answer.en', before: horse.answer.en, after: 'Corrected: a train with horses went the other way.' },
          { field: 'questions.en', before: horse.questions.en, after: edited.questions.en, added: ['Which way did the horse train go?'], removed: [] },
        ],
      },
    ]);
    expect(describeTargets(change!, 'en', t)).toBe('source un (name); entry horse-train (answer.en, questions.en)');
    expect(describeChangeDetails(change!, 'en', t)).toEqual([
      { title: 'source un', lines: ['name:', '  before: {"nb":"FN","en":"United Nations"}', '  after: {"nb":"De forente nasjoner","en":"United Nations"}'] },
      {
        title: 'entry horse-train',
        lines: [
          'answer.en:',
          `  before: ${JSON.stringify(horse.answer.en)}`,
          '  after: "Corrected: a train with horses went the other way."',
          'questions.en:',
          '  + "Which way did the horse train go?"',
        ],
      },
    ]);
    expect(describeChangeDetails(change!, 'nb', t)[1]!.lines[1]).toMatch(/^ {2}før: /);
  });

  it('names records created and deleted by an import, and changes to conversation and out-of-scope examples', () => {
    const { admin } = dbs.open();
    const kb = admin.transfer.exportKb();
    const next = structuredClone(kb);
    next.entries = next.entries.filter((e) => e.id !== 'kim-horses');
    next.entries.push({ ...structuredClone(kb.entries[0]!), id: 'new-entry', title: { nb: 'Ny oppføring', en: 'New entry' } });
    next.outOfScope.en.push('What is the weather in Oslo?');
    next.conversation.find((c) => c.id === 'thanks')!.questions.nb.push('takk skal dere ha for svaret');
    const { change } = admin.transfer.importKb(cliActor(), next);
    const details = describeChangeDetails(change!, 'en', t);
    expect(details).toContainEqual({
      title: 'entry kim-horses',
      lines: [`deleted: ${JSON.stringify(kb.entries.find((e) => e.id === 'kim-horses')!.title.en)}`],
    });
    expect(details).toContainEqual({ title: 'entry new-entry', lines: ['created: "New entry"'] });
    expect(details).toContainEqual({ title: 'conversation examples thanks', lines: ['questions.nb:', '  + "takk skal dere ha for svaret"'] });
    expect(details).toContainEqual({ title: 'out-of-scope examples', lines: ['en:', '  + "What is the weather in Oslo?"'] });
  });
});
