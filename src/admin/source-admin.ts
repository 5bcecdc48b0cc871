import { editedName } from '../kb/source-name.js';
import type { SourceRecord, SourceSummary } from '../storage/kb-records-repository.js';
import type { Actor } from './actor.js';
import type { AdminContext } from './admin-context.js';
import { LocalizedError } from '../errors/localized-error.js';
import { notFound, type ChangeResult } from './change-writer.js';
import type { EntryAdmin } from './entry-admin.js';
import { idSchema, linkSchema, sourceAddSchema, sourcePatchSchema, validate, type LinkInput, type SourceAddInput, type SourcePatch } from './validation.js';

/** Sources: list, show, add, edit, and link to or unlink from entries. */
export class SourceAdmin {
  constructor(
    private readonly ctx: AdminContext,
    private readonly entries: EntryAdmin,
  ) {}

  list(): SourceSummary[] {
    return this.ctx.records.listSources();
  }

  show(id: string): SourceSummary {
    const source = this.list().find((s) => s.id === id);
    if (!source) throw notFound('source', id);
    return source;
  }

  add(actor: Actor, input: SourceAddInput): ChangeResult {
    const id = typeof (input as { id?: unknown })?.id === 'string' ? (input as { id: string }).id : undefined;
    const source = validate(sourceAddSchema, input, { record: 'source', ...(id ? { id } : {}) });
    return this.ctx.writer.commit(actor, 'source.add', () => {
      if (this.ctx.records.getSource(source.id)) throw new LocalizedError('admin.error.sourceExists', { id: source.id });
      return [{ kind: 'source', key: source.id, before: null, after: source }];
    });
  }

  edit(actor: Actor, id: string, patch: SourcePatch): ChangeResult {
    validate(idSchema, id, { record: 'source' });
    const p = validate(sourcePatchSchema, patch, { record: 'source', id });
    if (Object.keys(p).length === 0) throw new LocalizedError('admin.error.nothingToEdit');
    return this.ctx.writer.commit(actor, 'source.edit', () => {
      const before = this.ctx.records.getSource(id);
      if (!before) throw notFound('source', id);
      const after: SourceRecord = {
        ...before,
        name: editedName(before.name, p.name),
        description: {
          nb: p.description?.nb ?? before.description.nb,
          en: p.description?.en ?? before.description.en,
        },
      };
      return [{ kind: 'source', key: id, before, after }];
    });
  }

  /** Adds the source to the entry's sources (at the end); no change if it is there already. */
  link(actor: Actor, input: LinkInput): ChangeResult {
    const { entryId, sourceId } = validate(linkSchema, input);
    return this.entries.update(actor, 'source.link', entryId, (e) => {
      if (!this.ctx.records.getSource(sourceId)) throw notFound('source', sourceId);
      if (!e.sources.includes(sourceId)) e.sources.push(sourceId);
      return e;
    });
  }

  /** Removes the source from the entry's sources; an entry keeps at least one. */
  unlink(actor: Actor, input: LinkInput): ChangeResult {
    const { entryId, sourceId } = validate(linkSchema, input);
    return this.entries.update(actor, 'source.unlink', entryId, (e) => {
      if (!e.sources.includes(sourceId)) throw new LocalizedError('admin.error.notLinked', { entry: entryId, source: sourceId });
      if (e.sources.length === 1) throw new LocalizedError('admin.error.lastSource', { entry: entryId, source: sourceId });
      e.sources = e.sources.filter((s) => s !== sourceId);
      return e;
    });
  }
}
