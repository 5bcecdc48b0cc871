import type { Translate, TranslationKey } from '../i18n/translator.js';
import type { Lang } from '../kb/languages.js';

/** Where a problem is: a record of a file or a request (by position and id) and a field in it. */
export interface ProblemLocation {
  record?: 'entry' | 'source' | 'line';
  /** 1-based position in its list. */
  position?: number;
  id?: string;
  field?: string;
}

/** One localizable line of detail: a locale key, its values, and optionally where it applies. */
export interface Detail {
  key: TranslationKey;
  values?: Record<string, unknown>;
  at?: ProblemLocation;
}

/**
 * An admin request that cannot be done as asked: invalid input, an unknown id, a conflict. Carries
 * locale keys, not text, so every adapter shows it in its user's language; nothing was changed.
 */
export class AdminError extends Error {
  constructor(
    readonly key: TranslationKey,
    readonly values: Record<string, unknown> = {},
    readonly details: Detail[] = [],
  ) {
    super(`${key} ${JSON.stringify(values)}${details.length ? ` (${details.length} details)` : ''}`);
    this.name = 'AdminError';
  }
}

const MAX_DETAILS_SHOWN = 30;

/** The error as lines of text: the message, then one line per detail (at most 30, then a count). */
export function describeAdminError(error: AdminError, lang: Lang, t: Translate): { message: string; details: string[] } {
  const details = error.details.slice(0, MAX_DETAILS_SHOWN).map((d) => describeDetail(d, lang, t));
  if (error.details.length > MAX_DETAILS_SHOWN)
    details.push(t('admin.problem.more', lang, { count: error.details.length - MAX_DETAILS_SHOWN }));
  return { message: t(error.key, lang, error.values), details };
}

export function describeDetail(detail: Detail, lang: Lang, t: Translate): string {
  const text = t(detail.key, lang, detail.values ?? {});
  const where = detail.at ? describeLocation(detail.at, lang, t) : '';
  return where ? `${where}: ${text}` : text;
}

function describeLocation(at: ProblemLocation, lang: Lang, t: Translate): string {
  const parts: string[] = [];
  if (at.record) {
    const record = t(`admin.problem.record.${at.record}`, lang);
    const position = at.position !== undefined ? ` #${at.position}` : '';
    const id = at.id !== undefined ? ` "${at.id}"` : '';
    parts.push(`${record}${position}${id}`);
  }
  if (at.field) parts.push(t('admin.problem.field', lang, { field: at.field }));
  return parts.join(', ');
}
