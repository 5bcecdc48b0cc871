import { CONVERSATION_INTENTS } from '../kb/conversation-intents.js';
import { entrySchema } from '../kb/knowledge-base.js';
import type { EntryRecord, KbRecordsRepository } from '../storage/kb-records-repository.js';
import { LocalizedError, type Detail } from '../errors/localized-error.js';
import { validate } from './validation.js';

/**
 * Validates a whole entry as it is about to be written — shape, lengths, status, slug id, and that
 * every source exists — and returns it cleaned (trimmed, questions without duplicates).
 */
export function checkEntry(record: EntryRecord, records: KbRecordsRepository): EntryRecord {
  const at = { record: 'entry' as const, id: record.id };
  const parsed = validate(entrySchema, record, at);
  const details: Detail[] = [];
  if ((CONVERSATION_INTENTS as readonly string[]).includes(parsed.id))
    details.push({ key: 'admin.problem.reservedId', values: { id: parsed.id }, at: { ...at, field: 'id' } });
  const known = records.sourceIds();
  const seen = new Set<string>();
  parsed.sources.forEach((source, i) => {
    if (!known.has(source)) details.push({ key: 'admin.problem.unknownSource', values: { source }, at: { ...at, field: `sources.${i}` } });
    if (seen.has(source)) details.push({ key: 'admin.problem.duplicateSource', values: { source }, at: { ...at, field: `sources.${i}` } });
    seen.add(source);
  });
  if (parsed.claim?.by !== undefined && !known.has(parsed.claim.by))
    details.push({ key: 'admin.problem.unknownSource', values: { source: parsed.claim.by }, at: { ...at, field: 'claim.by' } });
  if (details.length) throw new LocalizedError('admin.error.invalid', {}, details);
  return {
    ...parsed,
    questions: { nb: [...new Set(parsed.questions.nb)], en: [...new Set(parsed.questions.en)] },
    retired: parsed.retired ?? false,
  };
}
