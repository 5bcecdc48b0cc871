import type { APIApplicationCommandOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { AnswerPresenter } from '../../src/bot/answer-presenter.js';
import { CommandLocalizer } from '../../src/bot/command-localizer.js';
import { kbDefinition } from '../../src/bot/kb/kb-definition.js';
import { KbView } from '../../src/bot/kb/kb-view.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { entrySchema, sourceSchema } from '../../src/kb/knowledge-base.js';

const t = createTranslator();

/** Every option of /kb, by "group sub option" path. */
function options(list: readonly APIApplicationCommandOption[], path: string[] = []): Map<string, APIApplicationCommandOption> {
  const found = new Map<string, APIApplicationCommandOption>();
  for (const o of list) {
    const here = [...path, o.name];
    if ('options' in o && o.options) for (const [k, v] of options(o.options, here)) found.set(k, v);
    else found.set(here.join(' '), o);
  }
  return found;
}

/** A form's text inputs by custom id: their longest length. */
function fieldMax(form: { components: unknown[] }): Record<string, number> {
  return Object.fromEntries(
    form.components.map((c) => {
      const input = (c as { component: { custom_id: string; max_length: number } }).component;
      return [input.custom_id, input.max_length];
    }),
  );
}

const entry = (over: Record<string, unknown>) => ({
  id: 'e1',
  status: 'unproven',
  title: { nb: 'T', en: 'T' },
  answer: { nb: 'A', en: 'A' },
  sources: ['s1'],
  questions: { nb: [], en: [] },
  ...over,
});
const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('/kb takes as much text as the knowledge base allows, and no more', () => {
  const definition = kbDefinition(new CommandLocalizer(t));
  const all = options(definition.options ?? []);
  const view = new KbView(t, new AnswerPresenter(t));

  it('lets a training question be as long as the schema allows', () => {
    const max = (all.get('questions add question') as { max_length: number }).max_length;
    expect(accepts(entrySchema, entry({ questions: { nb: ['q'.repeat(max)], en: [] } }))).toBe(true);
    expect(accepts(entrySchema, entry({ questions: { nb: ['q'.repeat(max + 1)], en: [] } }))).toBe(false);
    expect((all.get('review promote text') as { max_length: number }).max_length).toBe(max);
  });

  it('lets an id and a list of sources be as long as the schema allows', () => {
    const id = all.get('entries add id') as { min_length: number; max_length: number };
    expect(accepts(entrySchema, entry({ id: 'a'.repeat(id.max_length) }))).toBe(true);
    expect(accepts(entrySchema, entry({ id: 'a'.repeat(id.max_length + 1) }))).toBe(false);
    expect(accepts(entrySchema, entry({ id: 'a'.repeat(id.min_length - 1) }))).toBe(false);
    const sourcesMax = (all.get('entries add sources') as { max_length: number }).max_length;
    const longest = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')}${'s'.repeat(id.max_length - 2)}`);
    expect(accepts(entrySchema, entry({ sources: longest }))).toBe(true);
    expect(longest.join(',').length).toBeLessThanOrEqual(sourcesMax);
    expect(accepts(entrySchema, entry({ sources: [...longest, 'one-more'] }))).toBe(false);
  });

  it("sizes the entry and source forms' fields by the schema", () => {
    const entryForm = fieldMax(view.entryAddForm({ kind: 'entry-add', status: 'unproven', id: 'e1' }, 's1', 'en'));
    expect(
      accepts(entrySchema, entry({ title: { nb: 't'.repeat(entryForm['title.nb']!), en: 'T' }, answer: { nb: 'a'.repeat(entryForm['answer.nb']!), en: 'A' } })),
    ).toBe(true);
    expect(accepts(entrySchema, entry({ title: { nb: 't'.repeat(entryForm['title.nb']! + 1), en: 'T' } }))).toBe(false);
    expect(accepts(entrySchema, entry({ answer: { nb: 'a'.repeat(entryForm['answer.en']! + 1), en: 'A' } }))).toBe(false);
    const sourceForm = fieldMax(view.sourceForm({ id: 's1', name: '', description: { nb: '', en: '' } }, true, 'en'));
    const source = (name: string, description: string) => ({ id: 's1', name, description: { nb: description, en: 'D' } });
    expect(accepts(sourceSchema, source('n'.repeat(sourceForm['name.nb']!), 'd'.repeat(sourceForm['description.nb']!)))).toBe(true);
    expect(accepts(sourceSchema, source('n'.repeat(sourceForm['name.en']! + 1), 'D'))).toBe(false);
    expect(accepts(sourceSchema, source('N', 'd'.repeat(sourceForm['description.en']! + 1)))).toBe(false);
  });
});
