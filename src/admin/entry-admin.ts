import type { ChangeAction } from '../storage/history-repository.js';
import type { EntryRecord, EntrySummary } from '../storage/kb-records-repository.js';
import type { Actor } from './actor.js';
import type { AdminContext } from './admin-context.js';
import { LocalizedError } from '../errors/localized-error.js';
import { notFound, type ChangeResult } from './change-writer.js';
import { checkEntry } from './entry-checks.js';
import { changedFields, diffWrite } from './record-diff.js';
import { entryAddSchema, entryPatchSchema, idSchema, validate, type EntryAddInput, type EntryPatch } from './validation.js';

export interface EntryDetails extends EntryRecord {
  updatedAt: string;
}

/** Entries: list, show, add, edit (title, answer, status, sources; each language), retire, restore. */
export class EntryAdmin {
  constructor(private readonly ctx: AdminContext) {}

  list(options: { includeRetired?: boolean } = {}): EntrySummary[] {
    const all = this.ctx.records.listEntries();
    return options.includeRetired === false ? all.filter((e) => !e.retired) : all;
  }

  show(id: string): EntryDetails {
    return this.ctx.writer.read(() => {
      const entry = this.ctx.records.getEntry(id);
      if (!entry) throw notFound('entry', id);
      return { ...entry, updatedAt: this.ctx.records.entryUpdatedAt(id)! };
    });
  }

  add(actor: Actor, input: EntryAddInput): ChangeResult {
    const id = typeof (input as { id?: unknown })?.id === 'string' ? (input as { id: string }).id : undefined;
    const parsed = validate(entryAddSchema, input, { record: 'entry', ...(id ? { id } : {}) });
    return this.ctx.writer.commit(actor, 'entry.add', () => {
      if (this.ctx.records.getEntry(parsed.id)) throw new LocalizedError('admin.error.entryExists', { id: parsed.id });
      const after = checkEntry(parsed, this.ctx.records);
      return [{ kind: 'entry', key: parsed.id, before: null, after }];
    });
  }

  /** Changes the given fields; a language left out of title or answer keeps its text. */
  edit(actor: Actor, id: string, patch: EntryPatch): ChangeResult {
    validate(idSchema, id, { record: 'entry' });
    const p = validate(entryPatchSchema, patch, { record: 'entry', id });
    if (Object.keys(p).length === 0) throw new LocalizedError('admin.error.nothingToEdit');
    return this.update(actor, 'entry.edit', id, (e) => {
      const { claim, ...rest } = e;
      const nextClaim = p.claim === undefined ? claim : (p.claim ?? undefined);
      return {
        ...rest,
        status: p.status ?? e.status,
        title: { ...e.title, ...definedOnly(p.title) },
        answer: { ...e.answer, ...definedOnly(p.answer) },
        sources: p.sources ?? e.sources,
        ...(nextClaim ? { claim: nextClaim } : {}),
      };
    });
  }

  /**
   * What saving `draft` (a whole entry) would change, checked by the same rules as a save but
   * not written: the record as it would be stored, and the fields that differ from `id`'s current
   * record (null `id`: a new entry).
   */
  draft(id: string | null, draft: unknown): { before: EntryRecord | null; after: EntryRecord; fields: string[] } {
    const draftId = typeof (draft as { id?: unknown })?.id === 'string' ? (draft as { id: string }).id : undefined;
    const parsed = validate(entryAddSchema, draft, { record: 'entry', ...(draftId ? { id: draftId } : {}) });
    return this.ctx.writer.read(() => {
      const before = id === null ? null : this.ctx.records.getEntry(id);
      if (id !== null && !before) throw notFound('entry', id);
      if (id === null && this.ctx.records.getEntry(parsed.id)) throw new LocalizedError('admin.error.entryExists', { id: parsed.id });
      if (id !== null && parsed.id !== id) throw new LocalizedError('admin.error.idChanged', { id });
      const after = checkEntry(parsed, this.ctx.records);
      const part = diffWrite({ kind: 'entry', key: parsed.id, before, after });
      return { before, after, fields: part ? changedFields(part) : [] };
    });
  }

  /** Saves a whole entry as the desk's editor shows it (every field at once). */
  replace(actor: Actor, id: string, record: EntryRecord): ChangeResult {
    return this.update(actor, 'entry.edit', id, (e) => ({ ...record, id: e.id }));
  }

  /** Takes the entry out of answers; it stays in the knowledge base (and its id keeps working). */
  retire(actor: Actor, id: string): ChangeResult {
    return this.update(actor, 'entry.retire', id, (e) => ({ ...e, retired: true }));
  }

  restore(actor: Actor, id: string): ChangeResult {
    return this.update(actor, 'entry.restore', id, (e) => ({ ...e, retired: false }));
  }

  /** Reads the entry inside the write transaction, applies `change`, validates, writes. */
  update(actor: Actor, action: ChangeAction, id: string, change: (entry: EntryRecord) => EntryRecord): ChangeResult {
    return this.ctx.writer.commit(actor, action, () => {
      const before = this.ctx.records.getEntry(id);
      if (!before) throw notFound('entry', id);
      const after = checkEntry(change(structuredClone(before)), this.ctx.records);
      return [{ kind: 'entry', key: id, before, after }];
    });
  }
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
