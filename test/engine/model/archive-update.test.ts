import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../bench/synthetic/generate.js';
import { readLexicon } from '../../../src/app/open-knowledge-base.js';
import { DATA_DIR } from '../../../src/config/project-paths.js';
import { Engine } from '../../../src/engine/engine.js';
import { analyseKnowledgeBase } from '../../../src/engine/model/engine-model.js';
import { UpdatableModel } from '../../../src/engine/model/updatable-model.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import type { Entry, KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import { loadSeedFiles } from '../../../src/kb/seed-files.js';

// The index update at archive scale (hundreds of intents sharing most terms): after each edit the
// engine reached by updates decides every archive question as one built in one go.

describe('an archive engine reached by edits', () => {
  const archive = generateArchive(loadSeedFiles(DATA_DIR), { entries: 400 });
  const lexicon = readLexicon();
  const translate = createTranslator();
  const questions = [...archive.dev, ...archive.test].map((item) => item.q);

  const withEntry = (kb: KnowledgeBase, id: string, change: (e: Entry) => Entry): KnowledgeBase => ({
    ...kb,
    entries: kb.entries.map((e) => (e.id === id ? change(e) : e)),
  });

  it('answers every archive question as an engine built in one go, edit after edit, with the index updated each time', () => {
    let kb = archive.kb;
    let updatable = UpdatableModel.of(kb, lexicon);
    let engine = new Engine({ kb, lexicon, translate, model: updatable.model });
    const [first, middle, last] = [kb.entries[0]!, kb.entries[200]!, kb.entries[kb.entries.length - 1]!];
    const edits: Array<[string, string, (e: Entry) => Entry]> = [
      // Words other entries use (their weights change, and with them the vectors of every entry using them).
      [
        'a question with common words',
        middle.id,
        (e) => ({ ...e, questions: { ...e.questions, en: [...e.questions.en, `What happened in ${first.title.en}?`] } }),
      ],
      // Words no text has used.
      [
        'a question with new words',
        first.id,
        (e) => ({ ...e, questions: { ...e.questions, nb: [...e.questions.nb, 'Hva skjedde med zeppelinerne og høyballene?'] } }),
      ],
      ['every question of the last entry removed but one', last.id, (e) => ({ ...e, questions: { nb: e.questions.nb.slice(0, 1), en: [] } })],
      ['a title rewritten', middle.id, (e) => ({ ...e, title: { ...e.title, en: `${e.title.en} and the bridge` } })],
    ];
    for (const [edit, id, change] of edits) {
      kb = withEntry(kb, id, change);
      updatable = updatable.update(kb, new Set([id]));
      const updated = engine.updated({ kb, lexicon, translate, model: updatable.model }, updatable.changedIntents);
      expect(updated.indexUpdated, edit).toBe(true);
      engine = updated.engine;
      const fresh = new Engine({ kb, lexicon, translate });
      const differing = questions.filter((q) => JSON.stringify(engine.inspect(q)) !== JSON.stringify(fresh.inspect(q)));
      expect(differing, edit).toEqual([]);
    }
  }, 120_000);

  it('gives the model of a whole analysis, and answers as an engine built in one go, when entries are added, removed or retired', () => {
    let kb = archive.kb;
    let updatable = UpdatableModel.of(kb, lexicon);
    let engine = new Engine({ kb, lexicon, translate, model: updatable.model });
    const middle = kb.entries[200]!;
    const copy = (id: string, question: string): Entry => ({ ...middle, id, questions: { ...middle.questions, nb: [...middle.questions.nb, question] } });
    const edits: Array<[string, (entries: Entry[]) => Entry[], string[]]> = [
      ['an entry added after the others', (entries) => [...entries, copy('copy-last', 'Hva med zeppelinerne?')], ['copy-last']],
      ['an entry added in the middle', (entries) => [...entries.slice(0, 100), copy('copy-middle', 'Og høyballene?'), ...entries.slice(100)], ['copy-middle']],
      // No intent added or removed: the weights of the terms it uses change (the index keeps every text's terms for the next re-weighting).
      [
        'a training question added',
        (entries) =>
          entries.map((e) => (e.id === 'copy-last' ? { ...e, questions: { ...e.questions, en: [...e.questions.en, 'And the zeppelin ferry?'] } } : e)),
        ['copy-last'],
      ],
      ['the entry added last removed', (entries) => entries.filter((e) => e.id !== 'copy-last'), ['copy-last']],
      ['an entry in the middle removed', (entries) => entries.filter((e) => e.id !== middle.id), [middle.id]],
      ['an entry retired', (entries) => entries.map((e) => (e.id === 'copy-middle' ? { ...e, retired: true } : e)), ['copy-middle']],
      [
        'two entries added and one changed',
        (entries) => [
          ...entries.map((e, i) => (i === 5 ? { ...e, title: { ...e.title, en: `${e.title.en} and the ferry` } } : e)),
          copy('copy-a', 'Hva med fergen?'),
          copy('copy-b', 'What about the zeppelins?'),
        ],
        [archive.kb.entries[5]!.id, 'copy-a', 'copy-b'],
      ],
    ];
    for (const [edit, change, ids] of edits) {
      kb = { ...kb, entries: change(kb.entries) };
      updatable = updatable.update(kb, new Set(ids));
      expect(JSON.stringify(updatable.model), edit).toBe(JSON.stringify(analyseKnowledgeBase(kb, lexicon)));
      const updated = engine.updated({ kb, lexicon, translate, model: updatable.model }, updatable.changedIntents);
      expect(updated.indexUpdated, edit).toBe(true);
      engine = updated.engine;
      const fresh = new Engine({ kb, lexicon, translate });
      const asked = [...questions, 'Hva med zeppelinerne?', 'What about the zeppelins and the ferry?'];
      const differing = asked.filter((q) => JSON.stringify(engine.inspect(q)) !== JSON.stringify(fresh.inspect(q)));
      expect(differing, edit).toEqual([]);
    }
  }, 120_000);
});
