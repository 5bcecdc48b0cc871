import { isDeepStrictEqual } from 'node:util';
import type { ChangePart, TargetKind } from '../storage/history-repository.js';

/**
 * How changes are stored and undone. A change records, for each record it touched, only the fields
 * that changed (before and after). Undoing it puts those fields back if they still hold what the
 * change left there — so a later change to other fields of the same record is no conflict, and one
 * to the same field is. Training questions and source links are sets: undoing the addition of one
 * question conflicts only with a later change to that question, not with other questions.
 */
const FIELDS: Partial<Record<TargetKind, readonly string[]>> = {
  entry: ['status', 'title.nb', 'title.en', 'answer.nb', 'answer.en', 'sources', 'questions.nb', 'questions.en', 'claim', 'retired'],
  source: ['name', 'description.nb', 'description.en'],
};
const SET_FIELDS = new Set(['sources', 'questions.nb', 'questions.en']);

export interface PlannedWrite {
  kind: TargetKind;
  key: string;
  /** The whole record before (null: did not exist). */
  before: unknown;
  /** The whole record after (null: deleted). */
  after: unknown;
}

/** What to store for a write: null when nothing changed. */
export function diffWrite(write: PlannedWrite): ChangePart | null {
  const { kind, key, before, after } = write;
  if (isDeepStrictEqual(before, after)) return null;
  const fields = FIELDS[kind];
  if (before === null || after === null || !fields) return { kind, key, before, after };
  const partBefore: Record<string, unknown> = {};
  const partAfter: Record<string, unknown> = {};
  for (const field of fields) {
    const b = getPath(before, field);
    const a = getPath(after, field);
    if (isDeepStrictEqual(a, b)) continue;
    setPath(partBefore, field, b);
    setPath(partAfter, field, a);
  }
  return { kind, key, before: partBefore, after: partAfter };
}

/** The fields a stored part changed ("created" / "deleted" for whole records). */
export function changedFields(part: ChangePart): string[] {
  if (part.before === null) return ['created'];
  if (part.after === null) return ['deleted'];
  const fields = FIELDS[part.kind];
  if (!fields) return ['all'];
  return fields.filter((f) => getPath(part.after, f) !== undefined || getPath(part.before, f) !== undefined);
}

export type Reversal = { ok: true; next: unknown } | { ok: false; fields: string[] };

/** The record as it should be after undoing `part`, given what it is now; or the fields in conflict. */
export function reversePart(part: ChangePart, current: unknown): Reversal {
  if (part.before === null) return isDeepStrictEqual(current, part.after) ? { ok: true, next: null } : { ok: false, fields: ['created'] };
  if (part.after === null) return current === null ? { ok: true, next: part.before } : { ok: false, fields: ['deleted'] };
  const fields = FIELDS[part.kind];
  if (!fields) return isDeepStrictEqual(current, part.after) ? { ok: true, next: part.before } : { ok: false, fields: ['all'] };
  if (current === null) return { ok: false, fields: ['deleted'] };
  const next = structuredClone(current);
  const conflicts: string[] = [];
  for (const field of changedFields(part)) {
    const before = getPath(part.before, field);
    const after = getPath(part.after, field);
    const now = getPath(current, field);
    if (SET_FIELDS.has(field) && Array.isArray(before) && Array.isArray(after) && Array.isArray(now) && !sameSet(before, after)) {
      const was: unknown[] = before;
      const becomes: unknown[] = after;
      const is: unknown[] = now;
      const added = becomes.filter((x) => !was.some((y) => isDeepStrictEqual(x, y)));
      const removed = was.filter((x) => !becomes.some((y) => isDeepStrictEqual(x, y)));
      const has = (x: unknown) => is.some((y) => isDeepStrictEqual(x, y));
      if (!added.every(has) || removed.some(has)) {
        conflicts.push(field);
        continue;
      }
      setPath(next, field, [...is.filter((x) => !added.some((y) => isDeepStrictEqual(x, y))), ...removed]);
    } else if (isDeepStrictEqual(now, after)) {
      setPath(next, field, before);
    } else {
      conflicts.push(field);
    }
  }
  return conflicts.length ? { ok: false, fields: conflicts } : { ok: true, next };
}

function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.every((x) => b.some((y) => isDeepStrictEqual(x, y))) && b.every((x) => a.some((y) => isDeepStrictEqual(x, y)));
}

export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

function setPath(target: unknown, path: string, value: unknown): void {
  const steps = path.split('.');
  let current = target as Record<string, unknown>;
  for (const step of steps.slice(0, -1)) {
    if (current[step] === null || typeof current[step] !== 'object') current[step] = {};
    current = current[step] as Record<string, unknown>;
  }
  current[steps.at(-1)!] = value;
}
