import type { Database } from 'better-sqlite3';
import type { LiveEngine } from '../app/live-engine.js';
import type { ChangeAction, ChangePart, HistoryRepository, StoredChange } from '../storage/history-repository.js';
import type { KnowledgeRepository } from '../storage/knowledge-repository.js';
import type { Actor } from './actor.js';
import { LocalizedError } from '../errors/localized-error.js';
import { diffWrite, type PlannedWrite } from './record-diff.js';
import type { TargetStore } from './target-store.js';

export interface ChangeResult {
  /** The recorded change; null when the request changed nothing (it was already so). */
  change: StoredChange | null;
  /** How long this process took to retrain its engine after the change (ms), when it did. */
  retrainMs?: number;
}

/** Thrown inside a change's transaction to roll it back when it changed nothing. */
class NothingChanged extends Error {}

export interface ChangeWriterOptions {
  /** Retrain this process's engine right after each change (default). Off for long batches. */
  eagerRetrain: boolean;
}

/**
 * Every admin write goes through here: the plan reads what is there and says what it becomes
 * (validating as it goes), then the writes, the history record and the knowledge base's revision
 * bump commit in one IMMEDIATE transaction — all or nothing. Afterwards this process retrains, and
 * every other process sees the new revision.
 */
export class ChangeWriter {
  constructor(
    private readonly db: Database,
    private readonly kb: KnowledgeRepository,
    private readonly history: HistoryRepository,
    private readonly store: TargetStore,
    private readonly engine: LiveEngine | undefined,
    private readonly now: () => string,
    private readonly options: ChangeWriterOptions = { eagerRetrain: true },
  ) {}

  commit(actor: Actor, action: ChangeAction, plan: () => PlannedWrite[], extra: { undoes?: number } = {}): ChangeResult {
    let change: StoredChange;
    try {
      change = this.db
        .transaction((): StoredChange => {
          const parts: ChangePart[] = [];
          for (const write of plan()) {
            if (!diffWrite(write)) continue;
            this.store.write(write.kind, write.key, write.before, write.after);
            // History holds what was really stored (trimmed, without duplicates), so undo compares like with like.
            const part = diffWrite({ ...write, after: this.store.read(write.kind, write.key) });
            if (part) parts.push(part);
          }
          // What was stored is what was there (e.g. an import that only repeats a training question):
          // roll the writes back, so no revision, no timestamps, no retraining anywhere.
          if (parts.length === 0) throw new NothingChanged('nothing changed');
          if (parts.some((p) => p.kind !== 'review')) this.kb.bumpRevision();
          const record = { at: this.now(), actor, action, undoes: extra.undoes ?? null, revision: this.kb.revision(), parts };
          return { id: this.history.record(record), ...record };
        })
        .immediate();
    } catch (error) {
      if (error instanceof NothingChanged) return { change: null };
      throw error;
    }
    if (!this.engine || !this.options.eagerRetrain || !change.parts.some((p) => p.kind !== 'review')) return { change };
    const started = performance.now();
    this.engine.refresh();
    return { change, retrainMs: Math.round((performance.now() - started) * 10) / 10 };
  }

  /** A read of several records that must agree with each other (one snapshot). */
  read<T>(fn: () => T): T {
    return this.db.transaction(fn).deferred();
  }
}

export function notFound(kind: 'entry' | 'source' | 'change' | 'review', id: string | number): LocalizedError {
  return new LocalizedError(`admin.error.${kind}NotFound`, { id });
}
