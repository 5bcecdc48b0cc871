import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { EngineModel } from '../engine/model/engine-model.js';
import { PROJECT_ROOT } from '../config/project-paths.js';
import type { BuildReply, BuildWorkerData } from './engine-build-worker.js';

export interface BuiltModel {
  revision: number;
  kb: KnowledgeBase;
  model: EngineModel;
}

/** The worker's file: beside this one once built; from dist/ when this runs from source (tests). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const beside = path.join(path.dirname(here), 'engine-build-worker.js');
  return here.endsWith('.js') || fs.existsSync(beside) ? beside : path.join(PROJECT_ROOT, 'dist', 'app', 'engine-build-worker.js');
}

/** Runs knowledge-base analysis in a worker thread, one build at a time; a worker that died is replaced on the next build. */
export class BackgroundBuilder {
  private worker: Worker | undefined;
  private waiting: { resolve: (m: BuiltModel) => void; reject: (e: Error) => void } | undefined;

  constructor(private readonly data: BuildWorkerData) {}

  build(): Promise<BuiltModel> {
    if (this.waiting) return Promise.reject(new Error('a build is already running'));
    const worker = (this.worker ??= this.startWorker());
    return new Promise<BuiltModel>((resolve, reject) => {
      this.waiting = { resolve, reject };
      worker.postMessage('build');
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private startWorker(): Worker {
    const worker = new Worker(workerFile(), { workerData: this.data });
    worker.unref();
    const settle = (outcome: { built: BuiltModel } | { error: Error }) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (!waiting) return;
      if ('built' in outcome) waiting.resolve(outcome.built);
      else waiting.reject(outcome.error);
    };
    worker.on('message', (reply: BuildReply) =>
      settle(reply.ok ? { built: { revision: reply.revision, kb: JSON.parse(reply.kbJson), model: JSON.parse(reply.modelJson) } } : { error: new Error(reply.message) }),
    );
    worker.on('error', (error) => settle({ error }));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      settle({ error: new Error(`the engine build worker stopped (exit code ${code})`) });
    });
    return worker;
  }
}
