import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackgroundBuilder } from '../../src/app/background-builder.js';
import { readLexicon, readLexiconText } from '../../src/app/open-knowledge-base.js';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { Engine } from '../../src/engine/engine.js';
import { analyseKnowledgeBase } from '../../src/engine/model/engine-model.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { useAdminDb } from '../support/admin-db.js';

/** `factbot kb batch` in another process, editing horse-train's English answer `count` times. */
function batchWriter(file: string, count: number): { done: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), 'kb', 'batch'], {
    env: { ...process.env, FACTBOT_DB: file, LOG_LEVEL: 'warn' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({ op: 'entries.edit', id: 'horse-train', patch: { answer: { en: `Batch edit ${i + 1}: a train with horses crossed the border.` } } }),
  );
  child.stdin.end(`${lines.join('\n')}\n`);
  return { done: new Promise((resolve) => child.on('close', (code) => resolve(code))), output: () => out };
}

const editOf = (answer: string): number => Number(/Batch edit (\d+):/.exec(answer)?.[1] ?? 0);

describe('LiveEngine in the background (the bot)', () => {
  const dbs = useAdminDb();

  it('keeps answering from the engine it has while another process writes hundreds of changes; swaps in coalesced rebuilds', async () => {
    const bot = dbs.open(undefined, { engine: true });
    const app = bot.app!;
    app.db.pragma('busy_timeout = 0'); // as the bot: never wait for the other process's lock
    const swaps: number[] = [];
    const errors: unknown[] = [];
    const stop = app.engine.runInBackground(
      { dbFile: bot.file, lexiconJson: readLexiconText(), minSwapIntervalMs: 200 },
      { onRefresh: (revision) => swaps.push(revision), onError: (error) => errors.push(error) },
    );
    const question = 'What about the horse train?';
    const original = app.engine.current().ask(question);
    expect(original.intent).toBe('horse-train');

    const writer = batchWriter(bot.file, 300);
    const seen: Array<{ edit: number; built: number; latest: number; ms: number }> = [];
    let finished = false;
    void writer.done.then(() => (finished = true));
    while (!finished) {
      const latest = app.repository.revision();
      const started = performance.now();
      const answer = app.engine.current().ask(question);
      seen.push({ edit: editOf(answer.answer), built: app.engine.loadedRevision, latest, ms: performance.now() - started });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(await writer.done).toBe(0);
    expect(writer.output().trim().split('\n')).toHaveLength(300);

    // Answers kept coming, each from a whole engine, never rebuilt inside the question …
    expect(seen.length).toBeGreaterThan(20);
    expect(Math.max(...seen.map((s) => s.ms))).toBeLessThan(1000);
    // … from the engine it had while a newer revision (already there when asked) was analysed elsewhere,
    expect(seen.some((s) => s.built < s.latest)).toBe(true);
    // … moving on to newer texts only as rebuilds finish (how many depends on the machine), never back to an older one.
    const edits = seen.map((s) => s.edit);
    expect(edits).toEqual([...edits].sort((a, b) => a - b));
    // Bursts are coalesced: far fewer engine swaps than changes.
    expect(swaps.length).toBeLessThan(100);
    expect(errors).toEqual([]);

    await app.engine.settle();
    expect(swaps.length).toBeGreaterThanOrEqual(1);
    expect(app.engine.loadedRevision).toBe(app.repository.revision());
    expect(editOf(app.engine.current().ask(question).answer)).toBe(300);
    // The worker analysed only what changed since its last build: the same model and answers as a build afresh.
    const kb = app.repository.load();
    expect(JSON.stringify(app.engine.current().model) === JSON.stringify(analyseKnowledgeBase(kb, readLexicon()))).toBe(true);
    const fresh = new Engine({ kb, lexicon: readLexicon(), translate: createTranslator() });
    for (const q of [question, 'Hvem tok satellittbildene?', 'How long is the Friendship Bridge?'])
      expect(app.engine.current().inspect(q)).toEqual(fresh.inspect(q));
    await stop();
  }, 60_000);

  it('a build worker that cannot work is reported and replaced on the next build, never waited on forever', async () => {
    const bot = dbs.open();
    const builder = new BackgroundBuilder({ dbFile: path.join(bot.file, 'not-a-folder', 'x.db'), lexiconJson: readLexiconText(), fingerprint: 'test' });
    await expect(builder.build()).rejects.toThrow();
    await expect(builder.build()).rejects.toThrow();
    await builder.stop();
    const working = new BackgroundBuilder({ dbFile: bot.file, lexiconJson: readLexiconText(), fingerprint: 'test' });
    expect((await working.build()).revision).toBe(bot.repository.revision());
    await working.stop();
  }, 30_000);
});
