import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { ChangePart, StoredChange } from '../storage/history-repository.js';
import { changedFields, diffWrite, getPath } from './record-diff.js';

/** One field of one record: its value before and after; for lists, what was added and removed. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** Lists (training questions, sources, examples): the items added and removed. */
  added?: unknown[];
  removed?: unknown[];
}

/** What a change did to one record: created, deleted, or these fields changed. */
export interface RecordChange {
  kind: 'entry' | 'source' | 'review' | 'conversation' | 'outOfScope';
  key: string;
  type: 'created' | 'deleted' | 'changed';
  /** created / deleted: the whole record. */
  record?: unknown;
  fields: FieldChange[];
}

/**
 * A stored change as people read it, record by record and field by field. A whole-knowledge-base
 * change (import, reseed, restore) stores both knowledge bases; here it becomes the records that
 * actually differ, so an import that edits one answer shows that answer's old and new text.
 */
export function recordChanges(change: StoredChange): RecordChange[] {
  return change.parts.flatMap((part) => (part.kind === 'kb' ? knowledgeBaseChanges(part) : [partChange(part)]));
}

function partChange(part: ChangePart): RecordChange {
  const kind = part.kind as RecordChange['kind'];
  if (part.before === null) return { kind, key: part.key, type: 'created', record: part.after, fields: [] };
  if (part.after === null) return { kind, key: part.key, type: 'deleted', record: part.before, fields: [] };
  const names = changedFields(part);
  if (names.includes('all')) return { kind, key: part.key, type: 'changed', fields: [fieldChange('', part.before, part.after)] };
  return { kind, key: part.key, type: 'changed', fields: names.map((f) => fieldChange(f, getPath(part.before, f), getPath(part.after, f))) };
}

function fieldChange(field: string, before: unknown, after: unknown): FieldChange {
  if (!Array.isArray(before) || !Array.isArray(after)) return { field, before, after };
  // Lists of up to thousands of training questions: compare through sets, not pair by pair.
  const key = (x: unknown) => JSON.stringify(x);
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return { field, before, after, added: after.filter((x) => !had.has(key(x))), removed: before.filter((x) => !has.has(key(x))) };
}

function knowledgeBaseChanges(part: ChangePart): RecordChange[] {
  const before = (part.before ?? { entries: [], sources: [] }) as Partial<KnowledgeBase>;
  const after = (part.after ?? { entries: [], sources: [] }) as Partial<KnowledgeBase>;
  const records = (kind: 'entry' | 'source', a: Array<{ id: string }> = [], b: Array<{ id: string }> = []): RecordChange[] => {
    const normalize = (r: { id: string } | undefined) =>
      r && kind === 'entry' ? { ...r, retired: (r as { retired?: boolean }).retired ?? false } : (r ?? null);
    const was = new Map(a.map((r) => [r.id, r]));
    const is = new Map(b.map((r) => [r.id, r]));
    return [...new Set([...was.keys(), ...is.keys()])].flatMap((key) => {
      const diff = diffWrite({ kind, key, before: normalize(was.get(key)), after: normalize(is.get(key)) });
      return diff ? [partChange(diff)] : [];
    });
  };
  const examples: RecordChange[] = [];
  const intents = new Set([...(before.conversation ?? []), ...(after.conversation ?? [])].map((c) => c.id));
  for (const intent of intents) {
    const of = (kb: Partial<KnowledgeBase>) => kb.conversation?.find((c) => c.id === intent)?.questions ?? { nb: [], en: [] };
    const fields = (['nb', 'en'] as const)
      .map((lang) => fieldChange(`questions.${lang}`, of(before)[lang], of(after)[lang]))
      .filter((f) => f.added!.length || f.removed!.length);
    if (fields.length) examples.push({ kind: 'conversation', key: intent, type: 'changed', fields });
  }
  const outOfScope = (['nb', 'en'] as const)
    .map((lang) => fieldChange(lang, before.outOfScope?.[lang] ?? [], after.outOfScope?.[lang] ?? []))
    .filter((f) => f.added!.length || f.removed!.length);
  if (outOfScope.length) examples.push({ kind: 'outOfScope', key: '*', type: 'changed', fields: outOfScope });
  return [...records('source', before.sources, after.sources), ...records('entry', before.entries, after.entries), ...examples];
}
