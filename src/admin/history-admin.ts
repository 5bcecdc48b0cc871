import type { HistoryFilter, StoredChange } from '../storage/history-repository.js';
import type { EntryRecord, SourceRecord } from '../storage/kb-records-repository.js';
import { formatActor, type Actor } from './actor.js';
import type { AdminContext } from './admin-context.js';
import { LocalizedError, type Detail } from '../errors/localized-error.js';
import { notFound, type ChangeResult } from './change-writer.js';
import { checkEntry } from './entry-checks.js';
import { changedFields, reversePart, type PlannedWrite } from './record-diff.js';
import { sourceAddSchema, validate } from './validation.js';

/** The most changes one call to `list` returns; page further back with beforeId. */
export const HISTORY_PAGE = 1000;

/** History of every change (who, when, before/after) and undo of a single change. */
export class HistoryAdmin {
  constructor(private readonly ctx: AdminContext) {}

  /** Newest first, at most HISTORY_PAGE; filter by record, actor, or page back with beforeId. */
  list(filter: HistoryFilter = {}): StoredChange[] {
    return this.ctx.history.list({ ...filter, limit: Math.min(Math.max(filter.limit ?? 20, 1), HISTORY_PAGE) });
  }

  show(id: number): StoredChange {
    const change = this.ctx.history.get(id);
    if (!change) throw notFound('change', id);
    return change;
  }

  /**
   * Undoes one change, if nothing later conflicts with it: every field it changed must still hold
   * what it left there. The undo is itself a change (and can be undone: a redo).
   */
  undo(actor: Actor, id: number): ChangeResult {
    if (!Number.isSafeInteger(id) || id < 1) throw notFound('change', String(id));
    const result = this.ctx.writer.commit(
      actor,
      'undo',
      () => {
        const change = this.show(id);
        if (change.parts.length === 0) throw new LocalizedError('admin.error.cannotUndo', { id });
        const writes: PlannedWrite[] = [];
        const conflicts: Detail[] = [];
        const conflicting: Array<{ kind: StoredChange['parts'][number]['kind']; key: string; fields: string[] }> = [];
        for (const part of change.parts) {
          const current = this.ctx.store.read(part.kind, part.key);
          const reversal = reversePart(part, current);
          if (!reversal.ok) {
            conflicting.push({ kind: part.kind, key: part.key, fields: reversal.fields });
            conflicts.push({ key: 'admin.undo.conflictField', values: { target: `${part.kind} ${part.key}`, fields: reversal.fields.join(', ') } });
            continue;
          }
          writes.push({ kind: part.kind, key: part.key, before: current, after: this.check(part.kind, reversal.next) });
        }
        if (conflicts.length) {
          const undoneBy = this.ctx.history.undoneBy(id);
          const later = this.ctx.history.laterTouching(id, conflicting).filter((c) => touchesAny(c, conflicting));
          throw new LocalizedError(undoneBy ? 'admin.error.alreadyUndone' : 'admin.error.undoConflict', { id, by: undoneBy ?? '' }, [
            ...conflicts,
            ...later.map((c): Detail => ({
              key: 'admin.undo.laterChange',
              values: { id: c.id, action: c.action, who: formatActor(c.actor), at: `${c.at.slice(0, 19).replace('T', ' ')} UTC` },
            })),
          ]);
        }
        return writes;
      },
      { undoes: id },
    );
    if (!result.change) throw new LocalizedError('admin.error.cannotUndo', { id });
    return result;
  }

  /** What undo is about to write is validated like any other write. */
  private check(kind: StoredChange['parts'][number]['kind'], next: unknown): unknown {
    if (next === null) return null;
    if (kind === 'entry') return checkEntry(next as EntryRecord, this.ctx.records);
    if (kind === 'source') return validate(sourceAddSchema, next, { record: 'source', id: (next as SourceRecord).id });
    return next;
  }
}

/** Whether a later change wrote one of the fields in conflict (a whole-knowledge-base change writes all). */
function touchesAny(change: StoredChange, conflicts: ReadonlyArray<{ kind: string; key: string; fields: string[] }>): boolean {
  return change.parts.some(
    (part) =>
      part.kind === 'kb' ||
      conflicts.some(
        (c) =>
          c.kind === 'kb' ||
          (c.kind === part.kind &&
            c.key === part.key &&
            changedFields(part).some(
              (f) => ['created', 'deleted', 'all'].includes(f) || c.fields.includes(f) || c.fields.includes('created') || c.fields.includes('deleted'),
            )),
      ),
  );
}
