import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { ChangePart } from '../storage/history-repository.js';
import { diffWrite } from './record-diff.js';

/** What replacing one knowledge base by another changes, record by record (only the fields that change). */
export interface KbDiff {
  entries: ChangePart[];
  sources: ChangePart[];
  /** Conversation examples or out-of-scope examples differ. */
  otherChanged: boolean;
}

/**
 * The record-level difference of two whole knowledge bases: for an import's preview and to read
 * a whole-knowledge-base change in history (instead of thousands of lines of before/after).
 */
export function diffKnowledgeBases(before: KnowledgeBase | null, after: KnowledgeBase | null): KbDiff {
  const records = <T extends { id: string }>(kind: 'entry' | 'source', a: readonly T[], b: readonly T[]): ChangePart[] => {
    const old = new Map(a.map((r) => [r.id, normalise(r)]));
    const next = new Map(b.map((r) => [r.id, normalise(r)]));
    const ids = [...new Set([...old.keys(), ...next.keys()])];
    return ids.flatMap((id) => {
      const part = diffWrite({ kind, key: id, before: old.get(id) ?? null, after: next.get(id) ?? null });
      return part ? [part] : [];
    });
  };
  return {
    entries: records('entry', before?.entries ?? [], after?.entries ?? []),
    sources: records('source', before?.sources ?? [], after?.sources ?? []),
    otherChanged: JSON.stringify([before?.conversation, before?.outOfScope]) !== JSON.stringify([after?.conversation, after?.outOfScope]),
  };
}

/** An entry without `retired` is an active one: compare like with like. */
function normalise<T extends { id: string }>(record: T): T {
  return 'status' in record ? { ...record, retired: (record as { retired?: boolean }).retired ?? false } : record;
}
