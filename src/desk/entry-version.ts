import { createHash } from 'node:crypto';
import type { EntryRecord } from '../storage/kb-records-repository.js';

/**
 * A short fingerprint of an entry as the editor loaded it: a save whose fingerprint no longer
 * matches the stored entry was made on a stale copy (someone else saved first).
 */
export function entryVersion(entry: EntryRecord): string {
  const { id, status, title, answer, sources, questions, retired } = entry;
  return createHash('sha256').update(JSON.stringify({ id, status, title, answer, sources, questions, retired })).digest('base64url').slice(0, 22);
}
