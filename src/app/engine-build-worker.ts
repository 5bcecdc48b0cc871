/**
 * A worker thread that analyses the knowledge base for the bot's LiveEngine, off the event loop.
 * It keeps the knowledge base and its model per entry (UpdatableModel) at the revision the bot
 * answers from, reads on its own connection what changed since, analyses only that, and posts back
 * only what changed (the changed records and a ModelDelta): the bot updates its engine from them
 * in slices. When it cannot start from the bot's revision (a first build after a saved build of
 * another revision, a lost reply) it posts the whole knowledge base and model instead, as JSON in
 * chunks. One request at a time; the model is saved once the builds pause (waiting for the write
 * lock here rather than in the bot).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LexiconFile } from '../engine/analysis/lexicon.js';
import type { EngineModel } from '../engine/model/engine-model.js';
import { modelDelta } from '../engine/model/model-delta.js';
import { UpdatableModel } from '../engine/model/updatable-model.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { openDatabase } from '../storage/database.js';
import { toChunkedJson, type ChunkedJson } from './chunked-json.js';
import { applyChanges } from './knowledge-base-changes.js';
import { readSavedBuild, savedBuildRow } from './saved-build.js';
import { EngineModelCacheRepository } from '../storage/engine-model-cache-repository.js';
import { KnowledgeRepository } from '../storage/knowledge-repository.js';

export interface BuildWorkerData {
  dbFile: string;
  lexiconJson: string;
  fingerprint: string;
}

/**
 * `build`: the knowledge base as it is now, as a delta from revision `base` (the one the bot
 * answers from) when the worker can, else whole. `prepare`: get ready to build from `base` (read
 * its saved build and analyse it per entry now, so the first edit waits for none of it).
 */
export type BuildRequest = { type: 'build' | 'prepare'; base: number };

export type BuildReply =
  | { ok: true; kind: 'whole'; revision: number; kb: ChunkedJson; model: ChunkedJson }
  | { ok: true; kind: 'delta'; base: number; revision: number; changes: ChunkedJson; delta: ChunkedJson }
  | { ok: false; message: string };

const { dbFile, lexiconJson, fingerprint } = workerData as BuildWorkerData;
const db = openDatabase(dbFile);
const repository = new KnowledgeRepository(db);
const cache = new EngineModelCacheRepository(db);
const lexicon = JSON.parse(lexiconJson) as LexiconFile;

/** The last build: the next reads and analyses only what changed since. */
let last: { revision: number; kb: KnowledgeBase; updatable?: UpdatableModel } | undefined;

/** Starts from revision `base` when the last build is not at it and a build of it is saved. */
function syncTo(base: number): boolean {
  if (last?.revision !== base) {
    const saved = readSavedBuild(cache, fingerprint, base);
    if (saved) last = { revision: base, kb: saved.kb };
  }
  if (last?.revision !== base) return false;
  last.updatable ??= UpdatableModel.of(last.kb, lexicon);
  return true;
}

/** What changed since `base`, analysed; undefined when only a whole build will do. */
function delta(base: number): { reply: BuildReply; kb: KnowledgeBase; model: EngineModel } | undefined {
  if (!syncTo(base)) return undefined;
  const changes = repository.changesSince(base);
  const applied = changes && applyChanges(last!.kb, changes);
  if (!changes || !applied) return undefined;
  const updatable = last!.updatable!.update(applied.kb, applied.changed);
  last = { revision: changes.revision, kb: applied.kb, updatable };
  const reply: BuildReply = {
    ok: true,
    kind: 'delta',
    base,
    revision: changes.revision,
    changes: toChunkedJson(changes),
    delta: toChunkedJson(modelDelta(updatable.model, updatable.changedIntents)),
  };
  return { reply, kb: applied.kb, model: updatable.model };
}

/** The knowledge base as it is now and its model, whole (from the saved build of this revision when there is one). */
function whole(): { reply: BuildReply; kb: KnowledgeBase; model: EngineModel; saved: boolean } {
  const saved = readSavedBuild(cache, fingerprint, repository.revision());
  let model: EngineModel;
  if (saved) {
    last = { revision: saved.revision, kb: saved.kb };
    model = saved.model;
  } else {
    const { revision, kb } = repository.snapshot();
    last = { revision, kb, updatable: UpdatableModel.of(kb, lexicon) };
    model = last.updatable!.model;
  }
  const reply: BuildReply = { ok: true, kind: 'whole', revision: last.revision, kb: toChunkedJson(last.kb), model: toChunkedJson(model) };
  return { reply, kb: last.kb, model, saved: saved !== undefined };
}

// How long the builds must pause before the model is saved.
const SAVE_AFTER_MS = 1000;

parentPort!.on('message', (request: BuildRequest) => {
  // A build is coming: a waiting save waits for the pause after it.
  clearTimeout(pendingSave);
  try {
    handle(request);
  } finally {
    saveSoon();
  }
});

function handle(request: BuildRequest): void {
  if (request.type === 'prepare') {
    try {
      syncTo(request.base);
    } catch {
      // The next build reports it.
    }
    return;
  }
  try {
    const built = delta(request.base) ?? whole();
    parentPort!.postMessage(built.reply);
    toSave = 'saved' in built && built.saved ? undefined : { revision: last!.revision, kb: built.kb, model: built.model };
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: (error as Error).message } satisfies BuildReply);
  }
}

/** The build to save once the builds pause, and the timer that will. */
let toSave: { revision: number; kb: KnowledgeBase; model: EngineModel } | undefined;
let pendingSave: NodeJS.Timeout | undefined;

/**
 * Saves the model for the next start once no build came for a moment: not after each reply of a
 * burst (at archive scale writing the model is a good part of a second, which the next build would
 * wait for). A crash before it loses no edit, only the saved analysis (the next start analyses again).
 */
function saveSoon(): void {
  clearTimeout(pendingSave);
  if (!toSave) return;
  pendingSave = setTimeout(() => {
    const { revision, kb, model } = toSave!;
    toSave = undefined;
    try {
      // The model only: assembling the matcher here too would cost the worker an index build (the
      // next command-line start saves it with its matcher).
      cache.write(fingerprint, revision, savedBuildRow(kb, model));
    } catch {
      // Best effort: busy or read-only only means the next start analyses again.
    }
  }, SAVE_AFTER_MS);
}
