import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { parseBuilt } from '../../src/app/background-builder.js';
import { parseChunked, toChunkedJson } from '../../src/app/chunked-json.js';
import { readLexicon } from '../../src/app/open-knowledge-base.js';
import { runInSlices } from '../../src/app/run-in-slices.js';
import { DATA_DIR, PROJECT_ROOT } from '../../src/config/project-paths.js';
import { Engine } from '../../src/engine/engine.js';
import { applyModelDelta, modelDelta, type ModelDelta } from '../../src/engine/model/model-delta.js';
import { UpdatableModel } from '../../src/engine/model/updatable-model.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { loadSeedFiles } from '../../src/kb/seed-files.js';
import { readEvaluationSet } from '../../src/evaluation/evaluation-set.js';

// How the bot swaps engines: the worker's knowledge base and model as chunked JSON, parsed and
// assembled in slices between which the event loop runs. The result must be the same engine.

describe('an engine swapped in slices', () => {
  const kb = loadSeedFiles(DATA_DIR);
  const lexicon = readLexicon();
  const translate = createTranslator();
  const atOnce = new Engine({ kb, lexicon, translate });

  it('answers every evaluation question exactly as an engine built at once, and lets the event loop run meanwhile', async () => {
    const built = { revision: 7, kb: toChunkedJson(kb), model: toChunkedJson(atOnce.model) };
    let turns = 0;
    let assembling = true;
    const counting = (async () => {
      while (assembling) {
        await nextTurn();
        turns++;
      }
    })();
    const { engine, revision } = await runInSlices(
      (function* () {
        const parsed = yield* parseBuilt(built);
        return { engine: yield* Engine.assemble({ kb: parsed.kb, lexicon, translate, model: parsed.model }), revision: parsed.revision };
      })(),
      1,
    );
    assembling = false;
    await counting;
    expect(revision).toBe(7);
    // Other work ran between the slices (a bot answering members).
    expect(turns).toBeGreaterThan(5);

    for (const { q } of readEvaluationSet(`${PROJECT_ROOT}/test/eval/dev.jsonl`)) {
      for (const fallbackLang of ['nb', 'en'] as const) {
        const expected = atOnce.ask(q, { fallbackLang });
        expect(engine.ask(q, { fallbackLang })).toEqual(expected);
      }
    }
  });

  it('is updated from a model delta in slices, and then answers as an engine built at once on the edited knowledge base', async () => {
    const edited = {
      ...kb,
      entries: kb.entries.map((e) =>
        e.id === 'horse-train' ? { ...e, questions: { ...e.questions, nb: [...e.questions.nb, 'Hadde hestetoget med seg høyballer?'] } } : e,
      ),
    };
    const updatable = UpdatableModel.of(kb, lexicon).update(edited, new Set(['horse-train']));
    // What the worker sends, through chunked JSON as it does.
    const delta = await runInSlices(parseChunked(toChunkedJson(modelDelta(updatable.model, updatable.changedIntents))));
    expect((delta as ModelDelta).texts.length).toBeLessThan(atOnce.model.texts.length / 10);
    let steps = 0;
    const { engine, indexUpdated } = await runInSlices(
      (function* () {
        const model = yield* applyModelDelta(atOnce.model, delta as ModelDelta);
        const assembly = atOnce.updating({ kb: edited, lexicon, translate, model }, updatable.changedIntents);
        for (;;) {
          const step = assembly.next();
          if (step.done) return step.value;
          steps++;
          yield;
        }
      })(),
      1,
    );
    expect(indexUpdated).toBe(true);
    // Cut into many steps, none of which the event loop waits on for long.
    expect(steps).toBeGreaterThan(20);
    const fresh = new Engine({ kb: edited, lexicon, translate });
    expect(JSON.stringify(engine.model) === JSON.stringify(fresh.model)).toBe(true);
    for (const { q } of readEvaluationSet(`${PROJECT_ROOT}/test/eval/dev.jsonl`)) expect(engine.inspect(q), q).toEqual(fresh.inspect(q));
  });

  it('round-trips any JSON value through chunks, long lists at any depth included', async () => {
    const value = {
      a: Array.from({ length: 1000 }, (_, i) => [`w${i}`, i]),
      b: { c: Array.from({ length: 700 }, (_, i) => ({ i })), d: 'x' },
      e: null,
      f: [1, 2],
    };
    const chunked = toChunkedJson(value);
    expect(JSON.stringify(chunked).length).toBeGreaterThan(0);
    expect(await runInSlices(parseBuilt({ revision: 1, kb: chunked, model: toChunkedJson({}) }))).toEqual({ revision: 1, kb: value, model: {} });
  });
});
