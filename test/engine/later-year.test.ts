import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../src/app/open-knowledge-base.js';
import { DATA_DIR } from '../../src/config/project-paths.js';
import { assembleNow } from '../../src/engine/assembly/assembly.js';
import { Engine } from '../../src/engine/engine.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { loadSeedFiles } from '../../src/kb/seed-files.js';

// A year after the article is a question about what came after it, until an entry tells of that year: an admin's
// entry on a later development (or a newsroom archive's years) moves what counts as the future.
describe('a question naming a year', () => {
  const kb = loadSeedFiles(DATA_DIR);
  const engineOn = (base: typeof kb) => new Engine({ kb: base, lexicon: readLexicon(), translate: createTranslator() });
  // As a bot swapping engines builds one: the latest year is found during the build, not on the first question.
  const sliced = (base: typeof kb) => assembleNow(Engine.assemble({ kb: base, lexicon: readLexicon(), translate: createTranslator() }));
  const question = 'Did the Friendship Bridge reopen in 2023?';
  // The seed knowledge base with an admin's addition to the bridge's entry: a sentence of its answer and a question it teaches.
  const withBridgeReopened = (told: { nb: string; en: string }, asked: { nb: string; en: string }): typeof kb => ({
    ...kb,
    entries: kb.entries.map((e) =>
      e.id === 'friendship-bridge'
        ? {
            ...e,
            answer: { nb: `${e.answer.nb} ${told.nb}`, en: `${e.answer.en} ${told.en}` },
            questions: { nb: [...e.questions.nb, asked.nb], en: [...e.questions.en, asked.en] },
          }
        : e,
    ),
  });

  it('after every year the knowledge base tells of is declined as a prediction', () => {
    for (const engine of [engineOn(kb), sliced(kb)]) {
      const answer = engine.ask(question);
      expect(answer.intent).toBeNull();
      expect(answer.declineReason).toBe('future');
    }
  });

  it('declines when the bridge reopened while no entry tells of a reopening, and answers it once one does', () => {
    const reopened = 'When did North Korea reopen the Friendship Bridge?';
    expect(engineOn(kb).ask(reopened).declineReason).toBe('detail');
    const told = withBridgeReopened(
      { nb: 'Broen ble gjenåpnet i 2023.', en: 'The bridge reopened in 2023.' },
      {
        nb: 'Når ble broen gjenåpnet?',
        en: 'When was the bridge reopened?',
      },
    );
    expect(engineOn(told).ask(reopened).intent).toBe('friendship-bridge');
  });

  it('is answered once an entry tells of that year', () => {
    const later = withBridgeReopened(
      { nb: 'Broen ble åpnet igjen i 2023.', en: 'The bridge reopened in 2023.' },
      {
        nb: 'Når åpnet broen igjen?',
        en: 'When did the bridge reopen?',
      },
    );
    for (const engine of [engineOn(later), sliced(later)]) {
      const answer = engine.ask(question);
      expect(answer.declineReason).not.toBe('future');
      expect(answer.intent).toBe('friendship-bridge');
    }
  });
});
