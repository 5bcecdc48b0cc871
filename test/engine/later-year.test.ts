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
    const told = {
      ...kb,
      entries: kb.entries.map((e) =>
        e.id === 'friendship-bridge'
          ? {
              ...e,
              answer: { nb: `${e.answer.nb} Broen ble gjenåpnet i 2023.`, en: `${e.answer.en} The bridge reopened in 2023.` },
              questions: { nb: [...e.questions.nb, 'Når ble broen gjenåpnet?'], en: [...e.questions.en, 'When was the bridge reopened?'] },
            }
          : e,
      ),
    };
    expect(engineOn(told).ask(reopened).intent).toBe('friendship-bridge');
  });

  it('is answered once an entry tells of that year', () => {
    const later = {
      ...kb,
      entries: kb.entries.map((e) =>
        e.id === 'friendship-bridge'
          ? {
              ...e,
              answer: { nb: `${e.answer.nb} Broen ble åpnet igjen i 2023.`, en: `${e.answer.en} The bridge reopened in 2023.` },
              questions: { nb: [...e.questions.nb, 'Når åpnet broen igjen?'], en: [...e.questions.en, 'When did the bridge reopen?'] },
            }
          : e,
      ),
    };
    for (const engine of [engineOn(later), sliced(later)]) {
      const answer = engine.ask(question);
      expect(answer.declineReason).not.toBe('future');
      expect(answer.intent).toBe('friendship-bridge');
    }
  });
});
