import type { LexiconFile } from '../engine/analysis/lexicon.js';
import { Engine } from '../engine/engine.js';
import { UpdatableModel } from '../engine/model/updatable-model.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Translate } from '../i18n/translator.js';
import { isBusy } from '../storage/busy.js';
import type { EngineModelCacheRepository } from '../storage/engine-model-cache-repository.js';
import type { KnowledgeRepository } from '../storage/knowledge-repository.js';
import { assembleNow, type Assembly } from '../engine/assembly/assembly.js';
import { applyModelDelta, type ModelDelta } from '../engine/model/model-delta.js';
import type { KnowledgeBaseChanges } from '../storage/knowledge-repository.js';
import { BackgroundBuilder, parseBuilt, type BuiltDelta, type BuiltJson } from './background-builder.js';
import { parseChunked } from './chunked-json.js';
import { applyChanges } from './knowledge-base-changes.js';
import { runInSlices } from './run-in-slices.js';
import { readSavedBuild, savedBuildRow } from './saved-build.js';

/**
 * While another process writes a burst of changes, the bot swaps engines at most this often: each
 * swap is put together in slices of a few ms, but all of them still cost CPU the answers share.
 */
const DEFAULT_MIN_SWAP_INTERVAL_MS = 2000;

/** Where built engine models are saved, and what they must have been built with. */
export interface ModelCache {
  repository: EngineModelCacheRepository;
  fingerprint: string;
  onError?: (error: unknown) => void;
}

export interface LiveEngineOptions {
  /**
   * Build now what the engine would otherwise build on the first questions that need it (the spelling
   * index, the word ranks, each answer's details): a bot, whose first members should not wait for it,
   * and not a command line answering one question.
   */
  prepare?: boolean;
}

export interface RefreshListener {
  onRefresh?: (revision: number, retrainMs: number) => void;
  onError?: (error: unknown) => void;
}

/** An engine put together from a build worker's reply, ready to swap in. */
interface SwappedEngine {
  engine: Engine;
  kb: KnowledgeBase;
  revision: number;
  how: LiveEngine['lastRefresh'];
}

export interface BackgroundOptions {
  /** The database file the build worker opens (its own connection). */
  dbFile: string;
  lexiconJson: string;
  /** While revisions keep coming (another process's batch), swap engines at most this often. */
  minSwapIntervalMs?: number;
}

/**
 * Holds the engine for the current knowledge base and rebuilds it when the database changes —
 * by this process or any other on the same file (every write bumps the revision) — so admins'
 * edits show in the next answer without a restart.
 *
 * By default (the command line) a changed revision is rebuilt on the next `current()`. In the
 * bot (`runInBackground`), `current()` never builds: it answers from the engine it has and starts a
 * build in a worker thread; revisions that arrive meanwhile are coalesced into the next build,
 * and swaps are spaced while a burst lasts. The bot's own /kb writes do not refresh either: /kb awaits
 * `settle()` (a worker build and a sliced swap) before it replies with what the bot now answers.
 */
export class LiveEngine {
  private engine: Engine;
  private revision: number;
  /** The knowledge base the engine answers from, and its model kept per entry (see `update`). */
  private kb: KnowledgeBase | undefined;
  private updatable: UpdatableModel | undefined;
  /**
   * How the last refresh made its engine: 'updated' (only the changed entries analysed, the index
   * updated in place of a build), 'analysed' (only the changed entries analysed, the index built
   * again: the intents changed), or 'built' (from a whole snapshot).
   */
  lastRefresh: 'updated' | 'analysed' | 'built' = 'built';
  private readonly rebuildListeners = new Set<(revision: number, ms: number) => void>();
  private background: { builder: BackgroundBuilder; minSwapIntervalMs: number; listener: RefreshListener } | undefined;
  private building: Promise<void> | undefined;
  private nextBuild: NodeJS.Timeout | undefined;
  private lastSwap = 0;
  /** The last background update failed: the next asks the worker for a whole build. */
  private wholeNext = false;

  constructor(
    private readonly repository: KnowledgeRepository,
    private readonly lexicon: LexiconFile,
    private readonly translate: Translate,
    private readonly modelCache?: ModelCache,
    private readonly options: LiveEngineOptions = {},
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

  /** The engine: rebuilt first if the knowledge base changed (command line), or as it is while a new one is built (bot). */
  current(): Engine {
    if (this.background) this.refreshInBackground();
    else this.refresh();
    return this.engine;
  }

  /** Rebuilds now if the knowledge base changed; returns whether it did. One indexed read when not. */
  refresh(): boolean {
    if (this.repository.revision() === this.revision) return false;
    this.engine = this.update() ?? this.build();
    this.lastSwap = performance.now();
    return true;
  }

  /**
   * The engine for the knowledge base as it is now, reading and analysing again only the records
   * that changed since the engine's revision (the same model a whole build gives: see
   * UpdatableModel). Undefined when only a whole snapshot will do.
   */
  private update(): Engine | undefined {
    const started = performance.now();
    const changes = this.kb && this.repository.changesSince(this.revision);
    if (!this.kb || !changes) return undefined;
    const applied = applyChanges(this.kb, changes);
    if (!applied) return undefined;
    this.updatable = (this.updatable ?? UpdatableModel.of(this.kb, this.lexicon)).update(applied.kb, applied.changed);
    const { engine, indexUpdated } = this.engine.updated(
      { kb: applied.kb, lexicon: this.lexicon, translate: this.translate, model: this.updatable.model },
      this.updatable.changedIntents,
    );
    this.lastRefresh = indexUpdated ? 'updated' : 'analysed';
    // The model only: packing the matcher too would hold up the edit (the next start saves it with it).
    this.saveModel(changes.revision, applied.kb, engine, false);
    this.kb = applied.kb;
    this.revision = changes.revision;
    for (const listener of this.rebuildListeners) listener(changes.revision, performance.now() - started);
    return engine;
  }

  /**
   * From now on, builds happen in a worker thread, off the event loop (the bot). Returns a
   * function that stops the worker.
   */
  runInBackground(options: BackgroundOptions, listener: RefreshListener = {}): () => Promise<void> {
    const builder = new BackgroundBuilder({ dbFile: options.dbFile, lexiconJson: options.lexiconJson, fingerprint: this.modelCache?.fingerprint ?? '' });
    this.background = { builder, minSwapIntervalMs: options.minSwapIntervalMs ?? DEFAULT_MIN_SWAP_INTERVAL_MS, listener };
    // The worker reads and analyses the knowledge base per entry now, not on the first edit.
    builder.prepare(this.revision);
    return async () => {
      this.background = undefined;
      clearTimeout(this.nextBuild);
      await builder.stop();
    };
  }

  /** Resolves once the engine answers from the knowledge base's revision as it is now (or a later one). */
  async settle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.background && this.repository.revision() !== this.revision && Date.now() < deadline) {
      this.refreshInBackground(true);
      await (this.building ?? new Promise((resolve) => setTimeout(resolve, 10)));
    }
    if (!this.background) this.refresh();
  }

  /**
   * Polls the revision every `intervalMs` so a long-running process (the bot) retrains soon after
   * another process changes the knowledge base, even while no question arrives. The timer does not
   * keep the process alive. Returns a function that stops watching.
   */
  watch(intervalMs = 500, listener: RefreshListener = {}): () => void {
    const timer = setInterval(() => {
      try {
        if (this.background) {
          this.refreshInBackground();
          return;
        }
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

  /** Starts a background build when the revision moved and none is running or scheduled; bursts are coalesced. */
  private refreshInBackground(now = false): void {
    const background = this.background;
    if (!background || this.building) return;
    let revision: number;
    try {
      revision = this.repository.revision();
    } catch (error) {
      if (!(error as Error).message?.includes('not open')) background.listener.onError?.(error);
      return;
    }
    if (revision === this.revision) return;
    const wait = now ? 0 : background.minSwapIntervalMs - (performance.now() - this.lastSwap);
    if (wait > 0) {
      this.nextBuild ??= setTimeout(() => {
        this.nextBuild = undefined;
        this.refreshInBackground(true);
      }, wait).unref();
      return;
    }
    clearTimeout(this.nextBuild);
    this.nextBuild = undefined;
    const base = { engine: this.engine, kb: this.kb, revision: this.revision };
    this.building = background.builder
      .build(this.wholeNext ? -1 : base.revision)
      .then(async (built) => {
        if (this.background !== background || built.revision <= this.revision) return;
        const started = performance.now();
        // Parsed and put together a few ms at a time: members are answered (from the old engine) meanwhile.
        const next = await runInSlices(built.kind === 'whole' ? this.assembledFrom(built) : this.updatedFrom(base.engine, base.kb, built));
        // Another engine was swapped in meanwhile (not from this build): this one is of no use.
        if (this.background !== background || this.revision !== base.revision || next.revision <= this.revision) return;
        this.engine = next.engine;
        this.revision = next.revision;
        this.kb = next.kb;
        // The command line's per-entry model (see `update`) is made again if it is ever needed.
        this.updatable = undefined;
        this.lastRefresh = next.how;
        this.wholeNext = false;
        this.lastSwap = performance.now();
        background.listener.onRefresh?.(next.revision, this.lastSwap - started);
        for (const listener of this.rebuildListeners) listener(next.revision, this.lastSwap - started);
      })
      .catch((error: unknown) => {
        // Try again after a pause, not in a loop, and from a whole build (an update that failed may fail again).
        this.wholeNext = true;
        this.lastSwap = performance.now();
        background.listener.onError?.(error);
      })
      .finally(() => {
        this.building = undefined;
        // Revisions that came meanwhile: one more build, spaced from this swap.
        this.refreshInBackground();
      });
  }

  /** The engine from a whole build of the worker's. */
  private *assembledFrom(json: BuiltJson): Assembly<SwappedEngine> {
    const built = yield* parseBuilt(json);
    const engine = yield* Engine.assemble({ kb: built.kb, lexicon: this.lexicon, translate: this.translate, model: built.model });
    return { engine, kb: built.kb, revision: built.revision, how: 'built' };
  }

  /**
   * The engine for the worker's update of `kb` (the knowledge base `engine` answers from): the
   * changed records applied, the model's changed texts put in, the index updated (see Engine.updating).
   */
  private *updatedFrom(engine: Engine, kb: KnowledgeBase | undefined, built: BuiltDelta): Assembly<SwappedEngine> {
    if (!kb || built.base !== this.revision) throw new Error(`an engine update from revision ${built.base} came for revision ${this.revision}`);
    const changes = (yield* parseChunked(built.changes)) as KnowledgeBaseChanges;
    const delta = (yield* parseChunked(built.delta)) as ModelDelta;
    const applied = applyChanges(kb, changes);
    if (!applied) throw new Error(`the engine update from revision ${built.base} does not apply`);
    const model = yield* applyModelDelta(engine.model, delta);
    const parts = { kb: applied.kb, lexicon: this.lexicon, translate: this.translate, model };
    const updated = yield* engine.updating(parts, new Set(delta.changedIntents));
    return { engine: updated.engine, kb: applied.kb, revision: built.revision, how: updated.indexUpdated ? 'updated' : 'analysed' };
  }

  private build(): Engine {
    const started = performance.now();
    const cache = this.modelCache;
    // A saved build holds the knowledge base with its model: a start on an unchanged knowledge
    // base reads one row instead of every table (and skips the analysis).
    const saved = cache && readSavedBuild(cache.repository, cache.fingerprint, this.repository.revision());
    const { revision, kb } = saved ?? this.repository.snapshot();
    // Analysed as a whole (about half the work of analysing entry by entry): the per-entry model
    // the next edit updates is made at that edit, as after a start from a saved build (and a bot's
    // build worker makes its own, off the event loop).
    this.updatable = undefined;
    const model = saved ? { model: saved.model, matcher: saved.matcher } : {};
    const parts = { kb, lexicon: this.lexicon, translate: this.translate, ...model };
    const engine = this.options.prepare ? assembleNow(Engine.assemble(parts)) : new Engine(parts);
    // Not saved, or saved without its matcher (by the bot's build worker): saved with it now.
    if (!saved?.matcher) this.saveModel(revision, kb, engine, true);
    this.kb = kb;
    this.revision = revision;
    this.lastRefresh = 'built';
    for (const listener of this.rebuildListeners) listener(revision, performance.now() - started);
    return engine;
  }

  /** Best effort: a read-only or busy database only means the next start analyses again. */
  private saveModel(revision: number, kb: KnowledgeBase, engine: Engine, withMatcher: boolean): void {
    const cache = this.modelCache;
    if (!cache) return;
    try {
      cache.repository.write(cache.fingerprint, revision, savedBuildRow(kb, engine.model, withMatcher ? engine.matcherParts() : undefined));
    } catch (error) {
      if (!isBusy(error)) cache.onError?.(error);
    }
  }
}
