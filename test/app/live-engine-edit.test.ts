import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliActor } from '../../src/admin/actor.js';
import { readLexicon } from '../../src/app/open-knowledge-base.js';
import { Engine } from '../../src/engine/engine.js';
import { analyseKnowledgeBase } from '../../src/engine/model/engine-model.js';
import { readEvaluationSet } from '../../src/evaluation/evaluation-set.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { useAdminDb, zeppelinEntry } from '../support/admin-db.js';

const EVAL_DIR = path.resolve(import.meta.dirname, '..', 'eval');

/** Every question of every evaluation set. */
function evaluationQuestions(): string[] {
  const files = ['questions.jsonl', 'dev.jsonl', ...fs.readdirSync(path.join(EVAL_DIR, 'heldout')).map((f) => path.join('heldout', f))];
  return files.flatMap((f) => readEvaluationSet(path.join(EVAL_DIR, f)).map((item) => item.q));
}

// Each test below asks every evaluation question (31,000 and more) of two engines after each edit: 45 s alone, three
// times that beside the other test files on a busy 2-core machine. Their 300 s limit is on a hang, not a speed target.
describe('LiveEngine after an admin edit', () => {
  const dbs = useAdminDb();
  const translate = createTranslator();
  const lexicon = readLexicon();
  const questions = evaluationQuestions();

  it('answers every evaluation question exactly as an engine built afresh on the edited knowledge base', () => {
    const bot = dbs.open(undefined, { engine: true });
    const admin = dbs.open(bot.file);
    const live = bot.app!.engine;
    live.current();
    const actor = cliActor();
    // A new training question with words the knowledge base has never seen, a changed answer, a retired entry.
    const edits = [
      () => admin.admin.questions.add(actor, { entryId: 'horse-train', lang: 'nb', text: 'Hadde hestetoget med seg høyballer og vannbøtter?' }),
      () =>
        admin.admin.entries.edit(actor, 'friendship-bridge', { answer: { en: 'The 800-metre Friendship Bridge is the only crossing; it was shut in 2020.' } }),
      () => admin.admin.entries.retire(actor, 'kim-horses'),
    ];
    for (const edit of edits) {
      edit();
      expect(live.refresh()).toBe(true);
      const fresh = new Engine({ kb: bot.repository.load(), lexicon, translate });
      const engine = live.current();
      const differing = questions.filter((q) => JSON.stringify(engine.inspect(q)) !== JSON.stringify(fresh.inspect(q)));
      expect(differing).toEqual([]);
    }
  }, 300_000);

  it('updates only what each kind of edit changed, and then decides every question as an engine built afresh', () => {
    const bot = dbs.open(undefined, { engine: true });
    const admin = dbs.open(bot.file);
    const live = bot.app!.engine;
    live.current();
    const actor = cliActor();
    const source = bot.repository.load().sources[0]!.id;
    // Every fifth evaluation question (both languages, answered and declined alike).
    const asked = questions.filter((_, i) => i % 5 === 0);
    let added = 0;
    const edits: Array<[string, () => void, 'updated' | 'analysed']> = [
      // Words no text has used ('høyballer'), and 'satellit', which is part of known words (their compounds may split anew).
      [
        'a training question added',
        () => admin.admin.questions.add(actor, { entryId: 'horse-train', lang: 'nb', text: 'Hadde hestetoget høyballer og en satellit?' }),
        'updated',
      ],
      // Words other entries use: their weights change, and with them every entry that uses them.
      [
        'a training question with common words added',
        () => admin.admin.questions.add(actor, { entryId: 'kim-horses', lang: 'en', text: 'Who took the satellite pictures of the train?' }),
        'updated',
      ],
      [
        'a training question removed',
        () => admin.admin.questions.remove(actor, { entryId: 'kim-horses', lang: 'en', text: 'Who took the satellite pictures of the train?' }),
        'updated',
      ],
      [
        "an entry's title and answer edited",
        () =>
          admin.admin.entries.edit(actor, 'friendship-bridge', {
            title: { nb: 'Vennskapsbroen over Tumen-elva' },
            answer: { en: 'The 800-metre Friendship Bridge is the only crossing; it was shut in 2020.' },
          }),
        'updated',
      ],
      [
        'an entry added',
        () => {
          added = admin.admin.entries.add(actor, zeppelinEntry(source)).change!.id;
        },
        // Every weight changes with the number of entries: the index is re-weighted, not built again.
        'updated',
      ],
      ['an entry deleted (its adding undone)', () => admin.admin.history.undo(actor, added), 'updated'],
      ['an entry retired', () => admin.admin.entries.retire(actor, 'kim-horses'), 'updated'],
      [
        'an out-of-scope example and a greeting added',
        () => {
          const kb = admin.repository.load();
          kb.outOfScope.en.push('What will the weather be like in Pyongyang tomorrow?');
          kb.conversation[0]!.questions.nb.push('Halloen der');
          admin.admin.transfer.importKb(actor, kb);
        },
        'updated',
      ],
    ];
    for (const [edit, make, expected] of edits) {
      make();
      expect(live.refresh(), edit).toBe(true);
      expect(live.lastRefresh, edit).toBe(expected);
      const kb = bot.repository.load();
      const fresh = new Engine({ kb, lexicon, translate });
      const engine = live.current();
      // The same model as a whole analysis, and the same decision, confidence and answer for every question.
      expect(JSON.stringify(engine.model) === JSON.stringify(analyseKnowledgeBase(kb, lexicon)), edit).toBe(true);
      const differing = asked.filter((q) => JSON.stringify(engine.inspect(q)) !== JSON.stringify(fresh.inspect(q)));
      expect(differing, edit).toEqual([]);
    }
  }, 300_000);
});
