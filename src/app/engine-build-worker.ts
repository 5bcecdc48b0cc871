/**
 * A worker thread that analyses the knowledge base for the bot's LiveEngine, off the event loop:
 * it reads the snapshot on its own connection, takes the saved model when there is one (else
 * analyses and saves it, waiting for the write lock here rather than in the bot), and posts back
 * the knowledge base and model as JSON in chunks. One request at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LexiconFile } from '../engine/analysis/lexicon.js';
import { analyseKnowledgeBase, type EngineModel } from '../engine/model/engine-model.js';
import { openDatabase } from '../storage/database.js';
import { toChunkedJson, type ChunkedJson } from './chunked-json.js';
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

parentPort!.on('message', () => {
  let reply: BuildReply;
  try {
    const saved = readSavedBuild(cache, fingerprint, repository.revision());
    const { revision, kb } = saved ?? repository.snapshot();
    const model: EngineModel = saved?.model ?? analyseKnowledgeBase(kb, lexicon);
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
