import { ITEMS_PER_SLICE, inSlices, type Assembly } from '../assembly/assembly.js';
import type { AnalysedText } from '../matching/matcher.js';
import type { EngineModel } from './engine-model.js';

/**
 * What an update changed in an engine model (see UpdatableModel), as plain data small enough to
 * send from a build worker to the bot: the intents in their new order, the texts of the intents
 * analysed again, and the vocabulary and language counts whole (a few thousand items, against a
 * hundred thousand texts at archive scale). Every other intent's texts are the ones the receiver
 * already has.
 */
export interface ModelDelta {
  /** Every intent with texts, in the order the model lists them. */
  intents: string[];
  /** The texts of the intents analysed again, in order. */
  texts: AnalysedText[];
  changedIntents: string[];
  vocabulary: EngineModel['vocabulary'];
  languageCounts: EngineModel['languageCounts'];
}

/** The delta from a model to `model`, in which only `changedIntents` have other texts. */
export function modelDelta(model: EngineModel, changedIntents: ReadonlySet<string>): ModelDelta {
  const intents: string[] = [];
  const texts: AnalysedText[] = [];
  for (const t of model.texts) {
    if (intents[intents.length - 1] !== t.intent) intents.push(t.intent);
    if (changedIntents.has(t.intent)) texts.push(t);
  }
  return { intents, texts, changedIntents: [...changedIntents], vocabulary: model.vocabulary, languageCounts: model.languageCounts };
}

/**
 * The model `previous` becomes with `delta`: equal (as JSON) to the model the sender has. Built in
 * slices: an archive's hundred thousand texts are only referenced again, but that is a loop too.
 */
export function* applyModelDelta(previous: EngineModel, delta: ModelDelta): Assembly<EngineModel> {
  // Where each intent's texts are in the previous model (they are grouped by intent).
  const runs = new Map<string, { from: number; to: number }>();
  const old = previous.texts;
  yield* inSlices(old.length, (from, to) => {
    for (let n = from; n < to; n++) {
      const run = runs.get(old[n]!.intent);
      if (run && run.to === n) run.to = n + 1;
      else if (!run) runs.set(old[n]!.intent, { from: n, to: n + 1 });
    }
  });
  const fresh = new Map<string, { from: number; to: number }>();
  for (let n = 0; n < delta.texts.length; n++) {
    const run = fresh.get(delta.texts[n]!.intent);
    if (run) run.to = n + 1;
    else fresh.set(delta.texts[n]!.intent, { from: n, to: n + 1 });
  }
  const changed = new Set(delta.changedIntents);
  const texts: AnalysedText[] = [];
  for (let i = 0; i < delta.intents.length; i++) {
    if (i % ITEMS_PER_SLICE === 0) yield;
    const intent = delta.intents[i]!;
    const [source, run] = changed.has(intent) ? [delta.texts, fresh.get(intent)] : [old, runs.get(intent)];
    if (!run) throw new Error(`the model update lacks the texts of ${intent}`);
    for (let n = run.from; n < run.to; n++) texts.push(source[n]!);
  }
  return { lexicon: previous.lexicon, languageCounts: delta.languageCounts, vocabulary: delta.vocabulary, texts };
}
