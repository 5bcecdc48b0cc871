import type { Translate } from '../i18n/translator.js';
import type { Lang } from '../kb/languages.js';
import type { StoredChange } from '../storage/history-repository.js';
import { formatActor } from './actor.js';
import { recordChanges, type FieldChange, type RecordChange } from './change-details.js';

/** How many records a one-line summary names before "and N more". */
const SUMMARY_RECORDS = 6;

function recordLabel(record: RecordChange, lang: Lang, t: Translate): string {
  const kind = t(`admin.kind.${record.kind}`, lang);
  return record.kind === 'outOfScope' ? kind : `${kind} ${record.key}`;
}

/** What a change touched, for people: "entry horse-train (title.en, answer.en)". */
export function describeTargets(change: StoredChange, lang: Lang, t: Translate): string {
  const all = recordChanges(change);
  const reviews = all.filter((r) => r.kind === 'review').length;
  const records = all.filter((r) => r.kind !== 'review');
  const named = records.slice(0, SUMMARY_RECORDS).map((r) => {
    const fields = r.type === 'changed' ? r.fields.map((f) => f.field || t('admin.field.all', lang)) : [t(`admin.field.${r.type}`, lang)];
    return `${recordLabel(r, lang, t)} (${fields.join(', ')})`;
  });
  if (records.length > SUMMARY_RECORDS) named.push(t('admin.history.more', lang, { count: records.length - SUMMARY_RECORDS }));
  if (reviews) named.push(t('admin.kind.reviewItems', lang, { count: reviews }));
  // A whole-knowledge-base change that changed no record (only its order, say).
  if (named.length === 0 && change.parts.some((p) => p.kind === 'kb')) named.push(t('admin.kind.kb', lang));
  return named.join('; ');
}

/** One line of history: "#12 2026-11-26 10:01:02 UTC cli:alice edited entry horse-train (title.en)". */
export function describeChange(change: StoredChange, lang: Lang, t: Translate): string {
  return t('admin.history.line', lang, {
    id: change.id,
    at: `${change.at.slice(0, 19).replace('T', ' ')} UTC`,
    who: formatActor(change.actor),
    action: t(`admin.action.${change.action}`, lang, { id: change.undoes ?? '' }),
    targets: describeTargets(change, lang, t),
  });
}

/**
 * A change field by field, for people: per record its changed fields with the old and new text,
 * items added to and removed from lists, and the name of a record created or deleted. One block
 * of lines per record (the raw records are `--full` / the JSON file).
 */
export function describeChangeDetails(change: StoredChange, lang: Lang, t: Translate): Array<{ title: string; lines: string[] }> {
  return recordChanges(change).map((record) => ({ title: recordLabel(record, lang, t), lines: recordLines(record, lang, t) }));
}

function recordLines(record: RecordChange, lang: Lang, t: Translate): string[] {
  if (record.type !== 'changed') {
    const name = recordName(record.record, lang);
    return [`${t(`admin.field.${record.type}`, lang)}${name ? `: ${show(name)}` : ''}`];
  }
  return record.fields.flatMap((f) => fieldLines(f, lang, t));
}

function fieldLines(f: FieldChange, lang: Lang, t: Translate): string[] {
  const label = f.field || t('admin.field.all', lang);
  if (f.added || f.removed) return [`${label}:`, ...(f.added ?? []).map((x) => `  + ${show(x)}`), ...(f.removed ?? []).map((x) => `  − ${show(x)}`)];
  return [`${label}:`, `  ${t('admin.history.before', lang)}: ${show(f.before)}`, `  ${t('admin.history.after', lang)}: ${show(f.after)}`];
}

/** An entry's title or a source's name in `lang`, to say which record was created or deleted. */
function recordName(record: unknown, lang: Lang): unknown {
  const r = record as { title?: Record<Lang, string>; name?: string | Record<Lang, string> } | null;
  if (r?.title) return r.title[lang];
  if (r?.name !== undefined) return typeof r.name === 'string' ? r.name : r.name[lang];
  return undefined;
}

/** Text quoted (so empty text and spaces show), anything else as compact JSON; "–" for none. */
function show(value: unknown): string {
  return value === null || value === undefined ? '–' : JSON.stringify(value);
}
