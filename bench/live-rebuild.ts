import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LiveEngine } from '../src/app/live-engine.js';
import { openKnowledgeBase, type readLexicon } from '../src/app/open-knowledge-base.js';
import type { createTranslator } from '../src/i18n/translator.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { openDatabase } from '../src/storage/database.js';
import { KnowledgeRepository } from '../src/storage/knowledge-repository.js';
import { fmtMs, median, type LiveRebuild } from './measure.js';
import { DATA_DIR } from './paths.js';

const progress = (msg: string): void => void process.stderr.write(`    ${msg}\n`);

/**
 * The engine as the running app holds it: a database file, a LiveEngine over it, and an admin's
 * edit (one training question added, the revision bumped) followed by refresh().
 */
export function measureLiveRebuild(
  kb: KnowledgeBase,
  seedFromData: boolean,
  lexicon: ReturnType<typeof readLexicon>,
  translate: ReturnType<typeof createTranslator>,
  edits: number,
): LiveRebuild {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbot-bench-'));
  const file = path.join(dir, 'kb.db');
  try {
    progress('live rebuild: writing the knowledge base to a database…');
    const t0 = performance.now();
    let db, repository;
    if (seedFromData) ({ db, repository } = openKnowledgeBase(file, DATA_DIR));
    else {
      db = openDatabase(file);
      repository = new KnowledgeRepository(db);
      repository.replaceAll(kb);
    }
    const importMs = performance.now() - t0;
    const t1 = performance.now();
    const live = new LiveEngine(repository, lexicon, translate);
    const startFromDbMs = performance.now() - t1;
    const entryId = kb.entries[Math.floor(kb.entries.length / 2)]!.id;
    const addQuestion = db.prepare(`INSERT INTO entry_questions (entry_id, lang, text, created_at) VALUES (?, 'nb', ?, ?)`);
    const runs: number[] = [];
    const writes: number[] = [];
    for (let i = 0; i < edits; i++) {
      const w = performance.now();
      db.transaction(() => {
        addQuestion.run(entryId, `benk-redigering nummer ${i + 1}`, new Date().toISOString());
        repository.bumpRevision();
      })();
      writes.push(performance.now() - w);
      const r = performance.now();
      if (!live.refresh()) throw new Error('LiveEngine.refresh() saw no change after an edit');
      runs.push(performance.now() - r);
      live.current().ask('test');
    }
    db.close();
    progress(`live rebuild after one edit: ${fmtMs(median(runs))} (start from database ${fmtMs(startFromDbMs)})`);
    return { importMs, startFromDbMs, editWriteMs: median(writes), refreshMs: median(runs), refreshRunsMs: runs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
