import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { EngineModel } from '../engine/model/engine-model.js';
import { PROJECT_ROOT } from '../config/project-paths.js';
import type { Assembly } from '../engine/assembly/assembly.js';
import { parseChunked, type ChunkedJson } from './chunked-json.js';
import type { BuildReply, BuildRequest, BuildWorkerData } from './engine-build-worker.js';

export interface BuiltModel {
  revision: number;
  kb: KnowledgeBase;
  model: EngineModel;
}

/** What the worker sends for a whole build: still JSON, to be parsed a chunk at a time (see `parseBuilt`). */
export interface BuiltJson {
  revision: number;
  kb: ChunkedJson;
  model: ChunkedJson;
}

/**
 * What the worker sends for an update from revision `base`: the records changed since
 * (KnowledgeBaseChanges) and what that changed in the model (ModelDelta), as chunked JSON.
 */
export interface BuiltDelta {
  base: number;
  revision: number;
  changes: ChunkedJson;
  delta: ChunkedJson;
}

export type Built = ({ kind: 'whole' } & BuiltJson) | ({ kind: 'delta' } & BuiltDelta);

/** Parses the worker's reply one chunk per step, so no single step holds the event loop for long. */
export function* parseBuilt(built: BuiltJson): Assembly<BuiltModel> {
  const kb = (yield* parseChunked(built.kb)) as KnowledgeBase;
  const model = (yield* parseChunked(built.model)) as EngineModel;
  return { revision: built.revision, kb, model };
}

/**
 * The worker's file: beside this one when built by tsc; from dist/app/ when this runs from source (tests) or from the
 * command line's bundle (dist/cli/, see rolldown.config.js).
 */
function workerFile(): string {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), 'engine-build-worker.js');
  return fs.existsSync(beside) ? beside : path.join(PROJECT_ROOT, 'dist', 'app', 'engine-build-worker.js');
}

/** Runs knowledge-base analysis in a worker thread, one build at a time; a worker that died is replaced on the next build. */
export class BackgroundBuilder {
  private worker: Worker | undefined;
  private waiting: { resolve: (m: Built) => void; reject: (e: Error) => void } | undefined;

  constructor(private readonly data: BuildWorkerData) {}

  /** The knowledge base as it is now: as an update from revision `base` (the one the caller has) when the worker can, else whole. */
  build(base = -1): Promise<Built> {
    if (this.waiting) return Promise.reject(new Error('a build is already running'));
    const worker = (this.worker ??= this.startWorker());
    return new Promise<Built>((resolve, reject) => {
      this.waiting = { resolve, reject };
      worker.postMessage({ type: 'build', base } satisfies BuildRequest);
    });
  }

  /** Lets the worker get ready, now, to build updates from revision `base` (no reply). */
  prepare(base: number): void {
    const worker = (this.worker ??= this.startWorker());
    worker.postMessage({ type: 'prepare', base } satisfies BuildRequest);
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private startWorker(): Worker {
    const worker = new Worker(workerFile(), { workerData: this.data });
    worker.unref();
    const settle = (outcome: { built: Built } | { error: Error }) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (!waiting) return;
      if ('built' in outcome) waiting.resolve(outcome.built);
      else waiting.reject(outcome.error);
    };
    worker.on('message', (reply: BuildReply) => {
      if (!reply.ok) settle({ error: new Error(reply.message) });
      else {
        const { ok: _ok, ...built } = reply;
        settle({ built });
      }
    });
    worker.on('error', (error) => settle({ error }));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      settle({ error: new Error(`the engine build worker stopped (exit code ${code})`) });
    });
    return worker;
  }
}
