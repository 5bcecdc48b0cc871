import { isDeepStrictEqual } from 'node:util';
import { changedFields, getPath } from '../../admin/record-diff.js';
import type { Translate } from '../../i18n/translator.js';
import type { Lang } from '../../kb/languages.js';
import type { ChangePart } from '../../storage/history-repository.js';
import { html, type Html } from '../html.js';

/**
 * A change to one record, field by field, for people: a text field as before/after, a list
 * (training questions, sources) as what was added and removed — not the whole record twice.
 */
export function partView(part: ChangePart, lang: Lang, t: Translate): Html {
  const title = html`<strong>${t(`admin.kind.${part.kind}`, lang)} ${part.key}</strong>`;
  if (part.before === null)
    return html`<div class="part">${title} <span class="tag added">${t('admin.field.created', lang)}</span>${recordSummary(part.after)}</div>`;
  if (part.after === null)
    return html`<div class="part">${title} <span class="tag removed">${t('admin.field.deleted', lang)}</span>${recordSummary(part.before)}</div>`;
  const rows = changedFields(part).map((field) => fieldRow(field, getPath(part.before, field), getPath(part.after, field), lang, t));
  return html`<div class="part">${title}<table class="diff"><tbody>${rows}</tbody></table></div>`;
}

export function fieldRow(field: string, before: unknown, after: unknown, lang: Lang, t: Translate): Html {
  if (Array.isArray(before) || Array.isArray(after)) {
    const b = Array.isArray(before) ? before : [];
    const a = Array.isArray(after) ? after : [];
    const added = a.filter((x) => !b.some((y) => isDeepStrictEqual(x, y)));
    const removed = b.filter((x) => !a.some((y) => isDeepStrictEqual(x, y)));
    const reordered = !added.length && !removed.length;
    return html`<tr><th scope="row">${field}</th><td colspan="2">
      ${removed.map((x) => html`<div class="removed">− ${String(x)}</div>`)}${added.map((x) => html`<div class="added">+ ${String(x)}</div>`)}${
        reordered ? t('desk.diff.reordered', lang) : ''
      }</td></tr>`;
  }
  return html`<tr><th scope="row">${field}</th><td class="removed"><del>${show(before)}</del></td><td class="added"><ins>${show(after)}</ins></td></tr>`;
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function recordSummary(record: unknown): Html {
  const r = record as { title?: { nb?: string; en?: string }; name?: string } | null;
  const label = r?.title ? `${r.title.nb ?? ''} / ${r.title.en ?? ''}` : (r?.name ?? '');
  return label ? html` <span class="summary">${label}</span>` : html``;
}
