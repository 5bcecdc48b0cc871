import type { FastifyInstance } from 'fastify';
import type { ReviewItem } from '../../admin/review-admin.js';
import type { DeskDeps } from '../desk-deps.js';
import { sendPage } from '../pages/send-page.js';
import { intField, requiredText, textField } from '../form-fields.js';
import { html } from '../html.js';
import { csrfField, layout } from '../pages/layout.js';

const QUEUE_LIMIT = 200;

/**
 * The review queue: declined questions and answers voted "not useful", grouped by wording (the
 * admin service's grouping), each with what the engine answers now and one-click decisions.
 */
export function registerReviewRoutes(app: FastifyInstance, deps: DeskDeps): void {
  const { t, admin } = deps;

  app.get('/review', async (req, reply) => {
    const { lang } = req.desk;
    const query = req.query as { queue?: string; sort?: string; promoted?: string; text?: string; now?: string; dismissed?: string };
    const queue = query.queue === 'feedback' ? 'feedback' : 'unanswered';
    const sort = query.sort === 'newest' ? 'newest' : 'count';
    const options = { limit: QUEUE_LIMIT, order: sort } as const;
    const items = queue === 'feedback' ? admin.review.feedback(options) : admin.review.unanswered(options);
    const entries = admin.entries.list({ includeRetired: false });
    const titles = new Map(entries.map((e) => [e.id, e.title[lang]]));
    const tab = (q: string, s: string, label: string, current: boolean) =>
      html`<a href="/review?queue=${q}&sort=${s}"${current ? html` aria-current="true"` : ''}>${label}</a>`;
    const notice = query.promoted
      ? html`<p class="notice" role="status">${t('desk.review.promoted', lang, { text: query.text ?? '', entry: query.promoted })}
          ${query.now === query.promoted ? t('desk.review.nowAnswered', lang) : t('desk.review.notYetAnswered', lang, { intent: query.now || '—' })}</p>`
      : query.dismissed
        ? html`<p class="notice" role="status">${t('desk.review.dismissedNotice', lang)}</p>`
        : '';
    const itemHtml = (item: ReviewItem) => {
      const now = item.nowAnswers;
      const nowText = now?.intent
        ? t('desk.review.nowAnswers', lang, { title: titles.get(now.intent) ?? now.intent, confidence: now.confidence.toFixed(2) })
        : t('desk.review.stillDeclined', lang);
      // Preselected: what askers picked, else what the bot answers now, else what it answered then, else its first suggestion.
      const candidates = [item.picked, now?.intent, item.answeredWith, now?.suggestions[0]];
      const suggested = candidates.find((id): id is string => !!id && titles.has(id)) ?? '';
      const offered = (now?.suggestions ?? []).filter((id) => titles.has(id));
      const newEntry = `/entries/new?question=${encodeURIComponent(item.question)}&lang=${item.lang}&item=${item.id}&queue=${item.queue}`;
      return html`<li class="review-item" data-item="${item.id}">
  <p class="question" lang="${item.lang}">“${item.question}”</p>
  <p class="meta">${t('desk.review.count', lang, { count: item.count })} · ${item.lang} · ${t('desk.review.last', lang, { at: item.lastAt.slice(0, 16).replace('T', ' ') })}${
    item.answeredWith ? html` · ${t('desk.review.answeredWith', lang, { entry: item.answeredWith })}` : ''
  }</p>
  ${item.variants.length ? html`<p class="variants">${t('desk.review.variants', lang)}: ${item.variants.map((v, i) => html`${i ? ' · ' : ''}“${v}”`)}</p>` : ''}
  <p class="now">${nowText}</p>
  ${!now?.intent && offered.length ? html`<p class="suggestions">${t('desk.review.suggestions', lang)}: ${offered.map((id, i) => html`${i ? ' · ' : ''}${titles.get(id)}`)}</p>` : ''}
  ${item.picked && titles.has(item.picked) ? html`<p class="picked">${t('desk.review.picked', lang, { title: titles.get(item.picked)! })}</p>` : ''}
  <div class="actions">
    <form method="post" action="/review/promote" class="inline">${csrfField(req)}
      <input type="hidden" name="item" value="${item.id}"><input type="hidden" name="queue" value="${item.queue}">
      <label>${t('desk.review.entry', lang)} <select name="entryId" required>
        <option value="">${t('desk.review.chooseEntry', lang)}</option>
        ${entries.map((e) => html`<option value="${e.id}"${e.id === suggested ? html` selected` : ''}>${e.title[lang]} (${e.id})</option>`)}
      </select></label>
      <button type="submit" class="primary">${t('desk.review.promote', lang)}</button>
    </form>
    <form method="post" action="/review/dismiss" class="inline">${csrfField(req)}
      <input type="hidden" name="item" value="${item.id}"><input type="hidden" name="queue" value="${item.queue}">
      <button type="submit">${t('desk.review.dismiss', lang)}</button>
    </form>
    <a class="button" href="${newEntry}">${t('desk.review.newEntry', lang)}</a>
  </div>
</li>`;
    };
    const body = html`${notice}
<p class="tabs">${tab('unanswered', sort, t('desk.review.unanswered', lang), queue === 'unanswered')} ${tab('feedback', sort, t('desk.review.feedback', lang), queue === 'feedback')}
 · ${t('desk.review.sort', lang)}: ${tab(queue, 'count', t('desk.review.byCount', lang), sort === 'count')} ${tab(queue, 'newest', t('desk.review.byNewest', lang), sort === 'newest')}</p>
<p class="hint">${t('desk.review.hint', lang)}</p>
${items.length ? html`<ol class="review-list">${items.map(itemHtml)}</ol>` : html`<p class="empty">${t('desk.review.empty', lang)}</p>`}`;
    return sendPage(reply, layout(req, t, t('desk.nav.review', lang), body));
  });

  app.post('/review/promote', async (req, reply) => {
    const queue = textField(req, 'queue') === 'feedback' ? 'feedback' : 'unanswered';
    const result = admin.review.promote(req.desk.session!.actor, { item: intField(req, 'item'), entryId: requiredText(req, 'entryId'), queue });
    const added = result.change?.parts.find((p) => p.kind === 'entry');
    const entryId = added?.key ?? requiredText(req, 'entryId');
    const text = result.preview?.answer.question ?? '';
    return reply.redirect(
      `/review?queue=${queue}&promoted=${encodeURIComponent(entryId)}&text=${encodeURIComponent(text)}&now=${encodeURIComponent(result.preview?.answer.intent ?? '')}`,
    );
  });

  app.post('/review/dismiss', async (req, reply) => {
    const queue = textField(req, 'queue') === 'feedback' ? 'feedback' : 'unanswered';
    admin.review.dismiss(req.desk.session!.actor, { item: intField(req, 'item'), queue });
    return reply.redirect(`/review?queue=${queue}&dismissed=1`);
  });
}
