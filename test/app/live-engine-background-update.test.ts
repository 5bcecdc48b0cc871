import { describe, expect, it } from 'vitest';
import { cliActor } from '../../src/admin/actor.js';
import { readLexicon, readLexiconText } from '../../src/app/open-knowledge-base.js';
import { Engine } from '../../src/engine/engine.js';
import { analyseKnowledgeBase } from '../../src/engine/model/engine-model.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { useAdminDb, zeppelinEntry, type AdminHandle } from '../support/admin-db.js';

const QUESTIONS = [
  'What about the horse train?',
  'Hvem tok satellittbildene?',
  'How long is the Friendship Bridge?',
  'Was a zeppelin seen over the bridge?',
  'Ble det sett en zeppeliner over broen?',
  'hva skjer i morgen',
];

/** The bot's engine answers every question exactly as an engine built afresh on the database, from the same model. */
function expectSameAsFresh(bot: AdminHandle): void {
  const kb = bot.repository.load();
  const lexicon = readLexicon();
  const engine = bot.app!.engine.current();
  expect(JSON.stringify(engine.model) === JSON.stringify(analyseKnowledgeBase(kb, lexicon))).toBe(true);
  const fresh = new Engine({ kb, lexicon, translate: createTranslator() });
  for (const q of QUESTIONS) expect(engine.inspect(q), q).toEqual(fresh.inspect(q));
}

/** Event-loop turns taken while `promise` runs: more than one means the work was cut into slices. */
async function turnsWhile(promise: Promise<void>): Promise<number> {
  let turns = 0;
  let done = false;
  const tick = (): void => {
    turns++;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  await promise;
  done = true;
  return turns;
}

describe('LiveEngine in the background: updates from what changed (the bot)', () => {
  const dbs = useAdminDb();

  it('answers from the old engine until the update is ready, then from the updated one; the update yields to the event loop', async () => {
    const bot = dbs.open(undefined, { engine: true });
    const admin = dbs.open(bot.file);
    const live = bot.app!.engine;
    const stop = live.runInBackground({ dbFile: bot.file, lexiconJson: readLexiconText(), minSwapIntervalMs: 0 });
    const question = 'What about the horse train?';
    const before = live.current().ask(question).answer;
    const answerOf = (edit: number): string => before.replace(/^(\S+: ).*$/m, `$1Edit ${edit}: a train with horses crossed the border.`);
    const actor = cliActor();
    for (let edit = 1; edit <= 3; edit++) {
      admin.admin.entries.edit(actor, 'horse-train', { answer: { en: `Edit ${edit}: a train with horses crossed the border.` } });
      admin.admin.questions.add(actor, { entryId: 'horse-train', lang: 'nb', text: `Hadde hestetoget med seg høyballer nummer ${edit}?` });
      // Not yet: the edit is analysed in the worker and the engine updated in slices, while this one answers.
      expect(live.current().ask(question).answer).toBe(edit === 1 ? before : answerOf(edit - 1));
      expect(await turnsWhile(live.settle())).toBeGreaterThan(1);
      expect(live.loadedRevision).toBe(bot.repository.revision());
      // The index was updated from the old one, not built again.
      expect(live.lastRefresh).toBe('updated');
      expect(live.current().ask(question).answer).toBe(answerOf(edit));
      expectSameAsFresh(bot);
    }
    await stop();
  }, 60_000);

  it('answers an added entry once the update is in, and no longer answers it once it is removed', async () => {
    const bot = dbs.open(undefined, { engine: true });
    const admin = dbs.open(bot.file);
    const live = bot.app!.engine;
    const stop = live.runInBackground({ dbFile: bot.file, lexiconJson: readLexiconText(), minSwapIntervalMs: 0 });
    const actor = cliActor();
    const asked = 'Was a zeppelin seen over the bridge?';
    expect(live.current().ask(asked).intent).not.toBe('zeppelin-sighting');
    const added = admin.admin.entries.add(actor, zeppelinEntry(bot.repository.load().sources[0]!.id)).change!.id;
    await live.settle();
    expect(live.current().ask(asked).intent).toBe('zeppelin-sighting');
    expect(live.lastRefresh).not.toBe('built');
    expectSameAsFresh(bot);

    admin.admin.history.undo(actor, added);
    await live.settle();
    expect(live.current().ask(asked).intent).not.toBe('zeppelin-sighting');
    expect(
      live
        .current()
        .listEntries()
        .map((e) => e.id),
    ).not.toContain('zeppelin-sighting');
    expectSameAsFresh(bot);

    admin.admin.entries.retire(actor, 'kim-horses');
    await live.settle();
    expect(
      live
        .current()
        .listEntries()
        .map((e) => e.id),
    ).not.toContain('kim-horses');
    expectSameAsFresh(bot);
    await stop();
  }, 60_000);

  it('saves the updated model for the next start once the edits pause', async () => {
    const bot = dbs.open(undefined, { engine: true });
    const admin = dbs.open(bot.file);
    const live = bot.app!.engine;
    const stop = live.runInBackground({ dbFile: bot.file, lexiconJson: readLexiconText(), minSwapIntervalMs: 0 });
    const actor = cliActor();
    for (let edit = 1; edit <= 3; edit++) {
      admin.admin.questions.add(actor, { entryId: 'horse-train', lang: 'en', text: `Were there horses on train number ${edit}?` });
      await live.settle();
    }
    const savedRevision = (): number | undefined =>
      (bot.db.prepare(`SELECT revision FROM engine_model_cache`).get() as { revision: number } | undefined)?.revision;
    for (let waited = 0; waited < 20_000 && savedRevision() !== live.loadedRevision; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(savedRevision()).toBe(bot.repository.revision());
    await stop();
  }, 60_000);

  it('loses no admin edit when the bot stops before its worker caught up: the next start answers with it', async () => {
    const bot = dbs.open(undefined, { engine: true });
    const admin = dbs.open(bot.file);
    const stop = bot.app!.engine.runInBackground({ dbFile: bot.file, lexiconJson: readLexiconText(), minSwapIntervalMs: 0 });
    admin.admin.entries.edit(cliActor(), 'horse-train', { answer: { en: 'Edited just before the crash.' } });
    // The bot goes away with the update still in the worker (never swapped in, maybe never saved).
    await stop();
    bot.app!.close();
    const restarted = dbs.open(bot.file, { engine: true });
    expect(restarted.app!.engine.current().ask('What about the horse train?').answer).toContain('Edited just before the crash.');
    expectSameAsFresh(restarted);
  }, 60_000);
});
