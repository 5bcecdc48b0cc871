import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliActor } from '../../src/admin/actor.js';
import { readLexicon } from '../../src/app/open-knowledge-base.js';
import { Engine } from '../../src/engine/engine.js';
import { readEvaluationSet } from '../../src/evaluation/evaluation-set.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { useAdminDb } from '../support/admin-db.js';

const EVAL_DIR = path.resolve(import.meta.dirname, '..', 'eval');

/** Every question of every evaluation set. */
function evaluationQuestions(): string[] {
  const files = ['questions.jsonl', 'dev.jsonl', ...fs.readdirSync(path.join(EVAL_DIR, 'heldout')).map((f) => path.join('heldout', f))];
  return files.flatMap((f) => readEvaluationSet(path.join(EVAL_DIR, f)).map((item) => item.q));
}

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
  });
});
