import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/factbot-app.js';
import { engineFingerprint } from '../../src/app/engine-fingerprint.js';
import { readLexicon, readLexiconText } from '../../src/app/open-knowledge-base.js';
import { packMatcher, unpackMatcher } from '../../src/app/packed-matcher.js';
import { readSavedBuild, savedBuildRow } from '../../src/app/saved-build.js';
import { DATA_DIR, PROJECT_ROOT } from '../../src/config/project-paths.js';
import { Engine } from '../../src/engine/engine.js';
import { readEvaluationSet } from '../../src/evaluation/evaluation-set.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { loadSeedFiles } from '../../src/kb/seed-files.js';
import { EngineModelCacheRepository } from '../../src/storage/engine-model-cache-repository.js';
import { useTempDir } from '../support/temp-dir.js';

// A start on an unchanged knowledge base takes the matcher assembled by an earlier start from the
// saved build instead of assembling it again: it must answer exactly as an assembled one, and
// bytes that are damaged or belong to another build must never be used.

const kb = loadSeedFiles(DATA_DIR);
const lexicon = readLexicon();
const translate = createTranslator();
const assembled = new Engine({ kb, lexicon, translate });
const questions = readEvaluationSet(`${PROJECT_ROOT}/test/eval/dev.jsonl`).map((item) => item.q);

function expectSameDecisions(engine: Engine): void {
  for (const q of questions) {
    for (const fallbackLang of ['nb', 'en'] as const) {
      const expected = assembled.inspect(q, { fallbackLang });
      expect(engine.inspect(q, { fallbackLang })).toEqual(expected);
    }
  }
}

describe('the saved matcher', () => {
  const tempDir = useTempDir();

  it('round-trips: an engine from the unpacked bytes answers every question as an assembled one, to the last feature', () => {
    const row = savedBuildRow(kb, assembled.model, assembled.matcherParts());
    const parts = unpackMatcher(row.matcher!, row.model);
    expect(parts).toBeDefined();
    expect(parts!.index.terms).toEqual(assembled.matcherParts().index.terms);
    expectSameDecisions(new Engine({ kb, lexicon, translate, model: assembled.model, matcher: parts! }));
  });

  it('is not used when its bytes are damaged, truncated, of another layout, or saved beside another build', () => {
    const { model: json, matcher } = savedBuildRow(kb, assembled.model, assembled.matcherParts());
    const bytes = matcher!;
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 100]! ^= 0xff; // a weight in the last arrays
    expect(unpackMatcher(flipped, json)).toBeUndefined();
    expect(unpackMatcher(bytes.subarray(0, bytes.length - 8), json)).toBeUndefined();
    const otherLayout = Buffer.from(bytes);
    otherLayout.writeUInt32LE(99, 4);
    expect(unpackMatcher(otherLayout, json)).toBeUndefined();
    expect(unpackMatcher(Buffer.from('not a matcher at all, just some text here'), json)).toBeUndefined();
    // The same bytes next to another build's JSON (an entry edited since): not this build's matcher.
    expect(unpackMatcher(bytes, json.replace('satellitt', 'satelitt'))).toBeUndefined();
    expect(unpackMatcher(packMatcher(assembled.matcherParts(), json), json)).toBeDefined();
  });

  it('gives back the knowledge base and the model as saved (the analysed texts, kept apart, read when first asked for)', () => {
    const file = path.join(tempDir(), 'kb.db');
    const app = createApp({ FACTBOT_DB: file });
    const repository = new EngineModelCacheRepository(app.db);
    repository.write('test', 7, savedBuildRow(kb, assembled.model, assembled.matcherParts()));
    const saved = readSavedBuild(repository, 'test', 7);
    app.close();
    expect(saved?.kb).toEqual(kb);
    expect(saved?.model.texts).toEqual(assembled.model.texts);
    expect(saved?.model).toEqual(assembled.model);
    // Without its matcher the index is assembled from those texts: the same decisions.
    expectSameDecisions(new Engine({ kb, lexicon, translate, model: saved!.model }));
  });

  it('is saved on the first start, used on the next, and answers exactly as the first start did', () => {
    const file = path.join(tempDir(), 'kb.db');
    const first = createApp({ FACTBOT_DB: file });
    const fingerprint = engineFingerprint(readLexiconText());
    const before = questions.slice(0, 40).map((q) => first.engine.current().ask(q));
    const saved = readSavedBuild(new EngineModelCacheRepository(first.db), fingerprint, first.repository.revision());
    expect(saved?.matcher).toBeDefined();
    first.close();

    const second = createApp({ FACTBOT_DB: file });
    expect(questions.slice(0, 40).map((q) => second.engine.current().ask(q))).toEqual(before);
    second.close();
  });

  it('damaged in the database: the next start assembles the index again, answers right, and saves an intact one', () => {
    const file = path.join(tempDir(), 'kb.db');
    const first = createApp({ FACTBOT_DB: file });
    const question = 'Hvem tok satellittbildene?';
    const expected = first.engine.current().ask(question);
    // Every posting weight zeroed: used, it would answer nothing.
    const row = first.db.prepare(`SELECT matcher FROM engine_model_cache`).get() as { matcher: Buffer };
    const damaged = Buffer.from(row.matcher);
    damaged.fill(0, 4096, damaged.length - 4096);
    first.db.prepare(`UPDATE engine_model_cache SET matcher = ?`).run(damaged);
    first.close();

    const second = createApp({ FACTBOT_DB: file });
    expect(second.engine.current().ask(question)).toEqual(expected);
    const fingerprint = engineFingerprint(readLexiconText());
    expect(readSavedBuild(new EngineModelCacheRepository(second.db), fingerprint, second.repository.revision())?.matcher).toBeDefined();
    second.close();
  });

  it('from before an admin edit, beside the edited build: not used, and the edit is answered', () => {
    const file = path.join(tempDir(), 'kb.db');
    const app = createApp({ FACTBOT_DB: file });
    app.engine.current();
    const old = app.db.prepare(`SELECT matcher FROM engine_model_cache`).get() as { matcher: Buffer };
    const kbNow = app.repository.load();
    app.repository.replaceAll({
      ...kbNow,
      entries: kbNow.entries.map((e) =>
        e.id === 'friendship-bridge' ? { ...e, questions: { ...e.questions, en: [...e.questions.en, 'Tell me about the quokka crossing'] } } : e,
      ),
    });
    app.engine.current();
    // The edited revision's row, with the matcher of the build before the edit put beside it.
    app.db.prepare(`UPDATE engine_model_cache SET matcher = ?`).run(old.matcher);
    app.close();

    const again = createApp({ FACTBOT_DB: file });
    expect(again.engine.current().ask('Tell me about the quokka crossing').intent).toBe('friendship-bridge');
    again.close();
  });
});
