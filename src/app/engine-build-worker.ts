/**
 * A worker thread that analyses the knowledge base for the bot's LiveEngine, off the event loop:
 * it takes the saved model when there is one, else reads on its own connection what changed since
 * its last build (the whole snapshot the first time) and analyses only that, saves the model
 * (waiting for the write lock here rather than in the bot), and posts back the knowledge base and
 * model as JSON in chunks. One request at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LexiconFile } from '../engine/analysis/lexicon.js';
import type { EngineModel } from '../engine/model/engine-model.js';
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

export type BuildReply = { ok: true; revision: number; kb: ChunkedJson; model: ChunkedJson; analysed: boolean } | { ok: false; message: string };

const { dbFile, lexiconJson, fingerprint } = workerData as BuildWorkerData;
const db = openDatabase(dbFile);
const repository = new KnowledgeRepository(db);
const cache = new EngineModelCacheRepository(db);
const lexicon = JSON.parse(lexiconJson) as LexiconFile;

/** The last build: the next reads and analyses only what changed since (see UpdatableModel). */
let last: { revision: number; kb: KnowledgeBase; updatable?: UpdatableModel } | undefined;

/** The knowledge base as it is now and its model, from the last build and the records changed since when there is one. */
function analyse(): { revision: number; kb: KnowledgeBase; model: EngineModel } {
  const changes = last && repository.changesSince(last.revision);
  const applied = last && changes && applyChanges(last.kb, changes);
  if (last && changes && applied) {
    const updatable = (last.updatable ?? UpdatableModel.of(last.kb, lexicon)).update(applied.kb, applied.changed);
    last = { revision: changes.revision, kb: applied.kb, updatable };
  } else {
    const { revision, kb } = repository.snapshot();
    last = { revision, kb, updatable: UpdatableModel.of(kb, lexicon) };
  }
  return { revision: last.revision, kb: last.kb, model: last.updatable!.model };
}

parentPort!.on('message', () => {
  let reply: BuildReply;
  try {
    const saved = readSavedBuild(cache, fingerprint, repository.revision());
    if (saved) last = { revision: saved.revision, kb: saved.kb };
    const { revision, kb, model } = saved ?? analyse();
    if (saved === undefined) {
      try {
        // The model only: assembling the matcher here too would hold up the bot's swap (the next
        // command-line start saves it with its matcher).
        cache.write(fingerprint, revision, savedBuildRow(kb, model));
      } catch {
        // Best effort: busy or read-only only means the next start analyses again.
      }
    }
    reply = { ok: true, revision, kb: toChunkedJson(kb), model: toChunkedJson(model), analysed: saved === undefined };
  } catch (error) {
    reply = { ok: false, message: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
