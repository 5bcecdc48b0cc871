import type { FastifyRequest } from 'fastify';
import type { Translate } from '../../i18n/translator.js';
import { KB_LIMITS } from '../../kb/kb-limits.js';
import { LANGS } from '../../kb/languages.js';
import { localizedName } from '../../kb/source-name.js';
import { STATUSES } from '../../kb/statuses.js';
import type { SourceSummary } from '../../storage/kb-records-repository.js';
import { html, type Html } from '../html.js';
import { csrfField } from './layout.js';

/** What the editor shows: a stored entry, or what the admin typed (possibly invalid). */
export interface EntryForm {
  id: string;
  status: string;
  title: { nb: string; en: string };
  answer: { nb: string; en: string };
  sources: string[];
  questions: { nb: string[]; en: string[] };
  retired: boolean;
}

export const EMPTY_ENTRY: EntryForm = {
  id: '',
  status: 'unproven',
  title: { nb: '', en: '' },
  answer: { nb: '', en: '' },
  sources: [],
  questions: { nb: [], en: [] },
  retired: false,
};

/**
 * The entry editor: Norwegian and English side by side, status, sources, training questions, and
 * a live preview of the answer (desk-assets/preview.js asks /entries/preview as you type).
 */
export function entryEditor(
  req: FastifyRequest,
  t: Translate,
  options: { entry: EntryForm; isNew: boolean; base?: string; sources: SourceSummary[]; problems?: string[]; hidden?: Record<string, string> },
): Html {
  const { lang } = req.desk;
  const { entry, isNew } = options;
  const action = isNew ? '/entries/new/check' : `/entries/${entry.id}/check`;
  const column = (l: 'nb' | 'en') => html`<fieldset class="lang-col" lang="${l}">
  <legend>${t(`desk.lang.${l}`, lang)}</legend>
  <label>${t('desk.entry.title', lang)}<input name="title_${l}" value="${entry.title[l]}" maxlength="${KB_LIMITS.title}"></label>
  <label>${t('desk.entry.answer', lang)}<textarea name="answer_${l}" rows="7" maxlength="${KB_LIMITS.answer}">${entry.answer[l]}</textarea></label>
  <div class="preview" aria-live="polite"><h3>${t('desk.entry.preview', lang)}</h3><div id="preview-${l}" class="preview-body"></div></div>
  <label>${t('desk.entry.questions', lang)}<textarea name="questions_${l}" rows="6">${entry.questions[l].join('\n')}</textarea></label>
</fieldset>`;
  return html`${
    options.problems?.length
      ? html`<div class="problems" role="alert"><p>${t('desk.entry.problems', lang)}</p><ul>${options.problems.map((p) => html`<li>${p}</li>`)}</ul></div>`
      : ''
  }
<form method="post" action="${action}" id="entry-form" class="editor">
${csrfField(req)}
${options.base ? html`<input type="hidden" name="base" value="${options.base}">` : ''}
${Object.entries(options.hidden ?? {}).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
<div class="row">
  <label>${t('desk.entry.id', lang)}<input name="id" value="${entry.id}" ${isNew ? '' : html`readonly`} required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxlength="${KB_LIMITS.idMax}"></label>
  <label>${t('desk.entry.status', lang)}<select name="status">${STATUSES.map(
    (s) => html`<option value="${s}"${s === entry.status ? html` selected` : ''}>${t(`status.${s}`, lang)}</option>`,
  )}</select></label>
  <label class="check"><input type="checkbox" name="retired" value="on"${entry.retired ? html` checked` : ''}> ${t('desk.entry.retired', lang)}</label>
</div>
<fieldset class="sources"><legend>${t('desk.entry.sources', lang)}</legend>
${orderedSources(options.sources, entry.sources).map(
  (s) =>
    html`<label class="check"><input type="checkbox" name="sources" value="${s.id}"${entry.sources.includes(s.id) ? html` checked` : ''}> ${localizedName(s, lang)}</label>`,
)}
</fieldset>
<div class="problems live" id="preview-problems" role="status"></div>
<div class="columns">${LANGS.map(column)}</div>
<p><button type="submit" class="primary">${t('desk.entry.review', lang)}</button></p>
</form>`;
}

/** The entry's own sources first, in its order (the first is who the claim is attributed to). */
function orderedSources(all: SourceSummary[], chosen: string[]): SourceSummary[] {
  const rank = (id: string) => (chosen.includes(id) ? chosen.indexOf(id) : chosen.length);
  return [...all].sort((a, b) => rank(a.id) - rank(b.id));
}
