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
 * The one error meant for a person: a request that cannot be done as asked (invalid input, an
 * unknown id, a conflict), a wrong setting, a file that cannot be read. It carries a locale key,
 * its values and details, not text, so every adapter shows it in its user's language, each in one
 * place: the command line (run-cli.ts), Discord (the responder, and /kb's dispatcher for admins),
 * the desk. Where it is thrown nothing was changed. `message` is for logs (English, no locale).
 */
export class LocalizedError extends Error {
  constructor(
    readonly key: TranslationKey,
    readonly values: Record<string, unknown> = {},
    readonly details: Detail[] = [],
    message = `${key} ${JSON.stringify(values)}${details.length ? ` (${details.length} details)` : ''}`,
  ) {
    super(message);
    this.name = 'LocalizedError';
  }
}

/** A detail that is a text of its own (a validator's message, a variable and what is wrong with it). */
export function textDetail(text: string): Detail {
  return { key: 'admin.problem.other', values: { message: text } };
}

const MAX_DETAILS_SHOWN = 30;

/** The error as lines of text: the message, then one line per detail (at most 30, then a count). */
export function describeError(error: LocalizedError, lang: Lang, t: Translate): { message: string; details: string[] } {
  const details = error.details.slice(0, MAX_DETAILS_SHOWN).map((d) => describeDetail(d, lang, t));
  if (error.details.length > MAX_DETAILS_SHOWN) details.push(t('admin.problem.more', lang, { count: error.details.length - MAX_DETAILS_SHOWN }));
  return { message: t(error.key, lang, error.values), details };
}

/** The error as terminal text: the message, and each detail on its own line, indented. */
export function errorText(error: LocalizedError, lang: Lang, t: Translate): string {
  const { message, details } = describeError(error, lang, t);
  return [message, ...details.map((d) => `  ${d}`)].join('\n');
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
