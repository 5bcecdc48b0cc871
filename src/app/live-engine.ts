import type { LexiconFile } from '../engine/analysis/lexicon.js';
import { Engine } from '../engine/engine.js';
import type { Translate } from '../i18n/translator.js';
import type { EngineModelCacheRepository } from '../storage/engine-model-cache-repository.js';
import type { KnowledgeRepository } from '../storage/knowledge-repository.js';
import type { EngineModel } from '../engine/model/engine-model.js';

/** Where built engine models are saved, and what they must have been built with. */
export interface ModelCache {
  repository: EngineModelCacheRepository;
  fingerprint: string;
  onError?: (error: unknown) => void;
}

/**
 * Holds the engine for the current knowledge base and rebuilds it when the database changes —
 * by this process or any other on the same file (every write bumps the revision) — so admins'
 * edits show in the next answer without a restart.
 */
export class LiveEngine {
  private engine: Engine;
  private revision: number;
  private readonly rebuildListeners = new Set<(revision: number, ms: number) => void>();

  constructor(
    private readonly repository: KnowledgeRepository,
    private readonly lexicon: LexiconFile,
    private readonly translate: Translate,
    private readonly modelCache?: ModelCache,
  ) {
    this.revision = -1;
    this.engine = this.build();
  }

  /** The knowledge-base revision the engine answers from now (no database read). */
  get loadedRevision(): number {
    return this.revision;
  }

  /** Calls `listener` after every rebuild, wherever it was triggered (metrics). Returns a function that stops it. */
  onRebuild(listener: (revision: number, ms: number) => void): () => void {
    this.rebuildListeners.add(listener);
    return () => this.rebuildListeners.delete(listener);
  }

  /** The engine, rebuilt first if the knowledge base changed since the last call. */
  current(): Engine {
    this.refresh();
    return this.engine;
  }

  /** Rebuilds if the knowledge base changed; returns whether it did. One indexed read when not. */
  refresh(): boolean {
    if (this.repository.revision() === this.revision) return false;
    this.engine = this.build();
    return true;
  }

  /**
   * Polls the revision every `intervalMs` so a long-running process (the bot) retrains soon after
   * another process changes the knowledge base, even while no question arrives. The timer does not
   * keep the process alive. Returns a function that stops watching.
   */
  watch(
    intervalMs = 500,
    listener: { onRefresh?: (revision: number, retrainMs: number) => void; onError?: (error: unknown) => void } = {},
  ): () => void {
    const timer = setInterval(() => {
      try {
        const started = performance.now();
        if (this.refresh()) listener.onRefresh?.(this.revision, performance.now() - started);
      } catch (error) {
        // A closed database ends the watch; anything else is reported and retried next tick.
        if ((error as Error).message?.includes('not open')) clearInterval(timer);
        else listener.onError?.(error);
      }
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  private build(): Engine {
    const started = performance.now();
    const { revision, kb } = this.repository.snapshot();
    const cache = this.modelCache;
    const saved = cache && this.readModel(cache, revision);
    const engine = new Engine({ kb, lexicon: this.lexicon, translate: this.translate, ...(saved ? { model: saved } : {}) });
    if (cache && !saved) {
      // Best effort: a read-only or busy database only means the next start analyses again.
      try {
        cache.repository.write(cache.fingerprint, revision, JSON.stringify(engine.model));
      } catch (error) {
        cache.onError?.(error);
      }
    }
    this.revision = revision;
    for (const listener of this.rebuildListeners) listener(revision, performance.now() - started);
    return engine;
  }

  private readModel(cache: ModelCache, revision: number): EngineModel | undefined {
    const json = cache.repository.read(cache.fingerprint, revision);
    return json === undefined ? undefined : (JSON.parse(json) as EngineModel);
  }
}
