/**
 * "Edit → live answers" on the bot's path, for working on it: the synthetic archive written to
 * SQLite, a LiveEngine on it with its saved build (as the app has), running in the background as
 * the bot does (a build worker, the engine updated in slices on the event loop), then admin edits
 * (one training question added each) timed from the write to the swap, and how long the event loop
 * was held meanwhile (perf_hooks, the longest delay and the 99th percentile). Prints JSON.
 * `entry`: each edit adds an entry (a copy of one in the middle, under a new id) and the next
 * removes it again, which changes the number of intents and so every term's weight.
 *
 *   node bench/.build/bench/live-bot-edit.js [entries=10000] [edits=5] [question|entry]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LiveEngine } from '../src/app/live-engine.js';
import { readLexicon, readLexiconText } from '../src/app/open-knowledge-base.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import { openDatabase } from '../src/storage/database.js';
import { EngineModelCacheRepository } from '../src/storage/engine-model-cache-repository.js';
import { KbRecordsRepository } from '../src/storage/kb-records-repository.js';
import { KnowledgeRepository } from '../src/storage/knowledge-repository.js';
import { median } from './measure.js';
import { DATA_DIR, LOCALES_DIR } from './paths.js';
import { generateArchive } from './synthetic/generate.js';

const entries = Number(process.argv[2] ?? 10_000);
const edits = Number(process.argv[3] ?? 5);
const kind = process.argv[4] === 'entry' ? 'entry' : 'question';
const seed = loadSeedFiles(DATA_DIR);
const kb = entries > 0 ? generateArchive(seed, { entries }).kb : seed;
const lexicon = readLexicon(DATA_DIR);
const translate = createTranslator(createI18n(readLocales(LOCALES_DIR)));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbot-bench-bot-'));
const file = path.join(dir, 'kb.db');
try {
  const db = openDatabase(file);
  const repository = new KnowledgeRepository(db);
  repository.replaceAll(kb);
  const t0 = performance.now();
  const live = new LiveEngine(repository, lexicon, translate, { repository: new EngineModelCacheRepository(db), fingerprint: 'bench' });
  const startMs = performance.now() - t0;
  // The wall time of the last swap on the event loop (parsing and updating in slices), after the worker's reply.
  let swapMs = 0;
  const stop = live.runInBackground({ dbFile: file, lexiconJson: readLexiconText(DATA_DIR), minSwapIntervalMs: 0 }, { onRefresh: (_, ms) => (swapMs = ms) });
  const entry = kb.entries[Math.floor(kb.entries.length / 2)]!;
  const addQuestion = db.prepare(`INSERT INTO entry_questions (entry_id, lang, text, created_at) VALUES (?, 'nb', ?, ?)`);
  const records = new KbRecordsRepository(db, () => new Date().toISOString());
  const added = `${entry.id}-bench-copy`;
  const edit = (i: number): void => {
    if (kind === 'question') addQuestion.run(entry.id, `benk-redigering nummer ${i + 1}`, new Date().toISOString());
    else if (i % 2 === 0)
      records.insertEntry({ ...entry, id: added, questions: { ...entry.questions, nb: [...entry.questions.nb, `benk-redigering nummer ${i + 1}`] } });
    else records.deleteEntry(added);
  };
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const runs: Array<{ ms: number; swapMs: number; how: string; maxDelayMs: number; p99DelayMs: number }> = [];
  // The first edit also waits for the worker to read and analyse the archive per entry (it starts at once).
  for (let i = 0; i <= edits; i++) {
    // The worker may be saving the model (a good part of a second at 10,000 entries, more on a busy machine).
    for (let tries = 0; ; tries++) {
      try {
        db.transaction(() => {
          edit(i);
          repository.bumpRevision();
        })();
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || tries >= 5) throw error;
      }
    }
    delay.reset();
    delay.enable();
    const started = performance.now();
    await live.settle(120_000);
    const ms = performance.now() - started;
    delay.disable();
    runs.push({
      ms: Math.round(ms),
      swapMs: Math.round(swapMs),
      how: live.lastRefresh,
      maxDelayMs: Math.round(delay.max / 1e5) / 10,
      p99DelayMs: Math.round(delay.percentile(99) / 1e5) / 10,
    });
    live.current().ask('test');
  }
  await stop();
  db.close();
  const later = runs.slice(1);
  process.stdout.write(
    `${JSON.stringify({ entries, kind, startMs: Math.round(startMs), firstEdit: runs[0], editToLiveMs: median(later.map((r) => r.ms)), maxDelayMs: Math.max(...later.map((r) => r.maxDelayMs)), runs: later })}\n`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
