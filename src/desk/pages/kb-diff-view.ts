import type { KbDiff } from '../../admin/kb-diff.js';
import type { Translate } from '../../i18n/translator.js';
import type { Lang } from '../../kb/languages.js';
import { html, type Html } from '../html.js';
import { partView } from './diff-view.js';

/** A whole-knowledge-base change (an import, a restore) as counts, then each changed record. */
export function kbDiffView(diff: KbDiff, lang: Lang, t: Translate): Html {
  const count = (parts: KbDiff['entries'], which: 'added' | 'removed' | 'changed') =>
    parts.filter((p) => (which === 'added' ? p.before === null : which === 'removed' ? p.after === null : p.before !== null && p.after !== null)).length;
  const summary = t('desk.diff.summary', lang, {
    added: count(diff.entries, 'added'),
    removed: count(diff.entries, 'removed'),
    changed: count(diff.entries, 'changed'),
    sources: diff.sources.length,
  });
  const parts = [...diff.entries, ...diff.sources];
  return html`<div class="kb-diff"><p>${summary}${diff.otherChanged ? html` ${t('desk.diff.otherChanged', lang)}` : ''}</p>
${parts.length ? html`<details${parts.length <= 5 ? html` open` : ''}><summary>${t('desk.diff.details', lang, { count: parts.length })}</summary>${parts.map((p) => partView(p, lang, t))}</details>` : html`<p>${t('desk.diff.none', lang)}</p>`}
</div>`;
}
