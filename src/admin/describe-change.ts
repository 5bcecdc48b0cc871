import type { Translate } from '../i18n/translator.js';
import type { Lang } from '../kb/languages.js';
import type { StoredChange } from '../storage/history-repository.js';
import { formatActor } from './actor.js';
import { changedFields } from './record-diff.js';

/** What a change touched, for people: "entry horse-train (title.en, answer.en)". */
export function describeTargets(change: StoredChange, lang: Lang, t: Translate): string {
  const reviews = change.parts.filter((p) => p.kind === 'review').length;
  const records = change.parts
    .filter((p) => p.kind !== 'review')
    .map((p) => {
      const kind = t(`admin.kind.${p.kind}`, lang);
      const fields = changedFields(p).map((f) => (['created', 'deleted', 'all'].includes(f) ? t(`admin.field.${f}`, lang) : f));
      return `${p.kind === 'kb' ? kind : `${kind} ${p.key}`} (${fields.join(', ')})`;
    });
  if (reviews) records.push(t('admin.kind.reviewItems', lang, { count: reviews }));
  return records.join('; ');
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
