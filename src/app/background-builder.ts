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

/** Runs knowledge-base analysis in a worker thread, one build at a time. */
export class BackgroundBuilder {
  private readonly worker: Worker;
  private waiting: { resolve: (m: BuiltModel) => void; reject: (e: Error) => void } | undefined;

  constructor(data: BuildWorkerData) {
    this.worker = new Worker(workerFile(), { workerData: data });
    this.worker.unref();
    this.worker.on('message', (reply: BuildReply) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (!waiting) return;
      if (reply.ok) waiting.resolve({ revision: reply.revision, kb: JSON.parse(reply.kbJson), model: JSON.parse(reply.modelJson) });
      else waiting.reject(new Error(reply.message));
    });
    this.worker.on('error', (error) => {
      this.waiting?.reject(error);
      this.waiting = undefined;
    });
  }

  build(): Promise<BuiltModel> {
    if (this.waiting) return Promise.reject(new Error('a build is already running'));
    return new Promise<BuiltModel>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage('build');
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
