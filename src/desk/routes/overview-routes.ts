import type { FastifyInstance } from 'fastify';
import type { DeskDeps } from '../desk-deps.js';
import { sendPage } from '../pages/send-page.js';
import { html, jsonScript, type Html } from '../html.js';
import { layout } from '../pages/layout.js';
import { isConversationIntent } from '../../kb/conversation-intents.js';

const DAY_MS = 86_400_000;

/**
 * The overview: questions per day by language, answered/declined shares, most asked entries, most
 * declined wordings, feedback per entry. Each chart (desk-assets/charts.js, Chart.js served from
 * node_modules) has its numbers in a table beside it.
 */
export function registerOverviewRoutes(app: FastifyInstance, deps: DeskDeps): void {
  const { t, admin } = deps;

  app.get('/', async (req, reply) => {
    const { lang } = req.desk;
    const query = req.query as { from?: unknown; to?: unknown };
    const today = new Date(deps.now()).toISOString().slice(0, 10);
    const to = typeof query.to === 'string' && query.to ? query.to : today;
    const from = typeof query.from === 'string' && query.from ? query.from : new Date(Date.parse(`${to}T00:00:00Z`) - 29 * DAY_MS).toISOString().slice(0, 10);
    const o = admin.usage.overview(from, to);
    const entries = new Map(admin.entries.list().map((e) => [e.id, e.title[lang]]));
    const title = (id: string) => entries.get(id) ?? (isConversationIntent(id) ? t(`desk.overview.intent.${id}`, lang) : id);
    const total = o.shares.answered + o.shares.conversation + o.shares.suggested + o.shares.declined;
    const pct = (n: number) => (total ? `${Math.round((n / total) * 1000) / 10} %` : '—');

    const chart = (id: string, heading: string, data: unknown, table: Html): Html => html`<section class="chart" aria-labelledby="${id}-h">
  <h2 id="${id}-h">${heading}</h2>
  <div class="chart-box"><canvas id="${id}" role="img" aria-label="${heading}"></canvas></div>
  <script type="application/json" id="${id}-data">${jsonScript(data)}</script>
  <details open><summary>${t('desk.overview.numbers', lang)}</summary>${table}</details>
</section>`;
    const labels = { nb: t('desk.lang.nb', lang), en: t('desk.lang.en', lang) };
    const body = html`<form method="get" action="/" class="period">
  <label>${t('desk.overview.from', lang)} <input type="date" name="from" value="${from}"></label>
  <label>${t('desk.overview.to', lang)} <input type="date" name="to" value="${to}"></label>
  <button type="submit">${t('desk.overview.show', lang)}</button>
</form>
<p class="meta">${t('desk.overview.total', lang, { count: total })}</p>
<div class="charts">
${chart(
  'per-day',
  t('desk.overview.perDay', lang),
  {
    type: 'bar',
    stacked: true,
    labels: o.perDay.map((d) => d.day),
    series: [
      { label: labels.nb, data: o.perDay.map((d) => d.nb) },
      { label: labels.en, data: o.perDay.map((d) => d.en) },
    ],
  },
  html`<table><thead><tr><th>${t('desk.overview.day', lang)}</th><th>${labels.nb}</th><th>${labels.en}</th></tr></thead><tbody>${o.perDay
    .filter((d) => d.nb + d.en > 0)
    .map((d) => html`<tr><td>${d.day}</td><td>${d.nb}</td><td>${d.en}</td></tr>`)}</tbody></table>`,
)}
${chart(
  'shares',
  t('desk.overview.shares', lang),
  {
    type: 'doughnut',
    labels: [t('desk.overview.answered', lang), t('desk.overview.conversation', lang), t('desk.overview.suggested', lang), t('desk.overview.declined', lang)],
    series: [{ label: t('desk.overview.shares', lang), data: [o.shares.answered, o.shares.conversation, o.shares.suggested, o.shares.declined] }],
  },
  html`<table><tbody>
<tr><th scope="row">${t('desk.overview.answered', lang)}</th><td>${o.shares.answered}</td><td>${pct(o.shares.answered)}</td></tr>
<tr><th scope="row">${t('desk.overview.conversation', lang)}</th><td>${o.shares.conversation}</td><td>${pct(o.shares.conversation)}</td></tr>
<tr><th scope="row">${t('desk.overview.suggested', lang)}</th><td>${o.shares.suggested}</td><td>${pct(o.shares.suggested)}</td></tr>
<tr><th scope="row">${t('desk.overview.declined', lang)}</th><td>${o.shares.declined}</td><td>${pct(o.shares.declined)}</td></tr></tbody></table>`,
)}
${chart(
  'top-entries',
  t('desk.overview.topEntries', lang),
  {
    type: 'bar',
    horizontal: true,
    labels: o.topEntries.map((e) => title(e.intent)),
    series: [{ label: t('desk.overview.asked', lang), data: o.topEntries.map((e) => e.count) }],
  },
  html`<table><tbody>${o.topEntries.map((e) => html`<tr><th scope="row"><a href="/entries/${e.intent}">${title(e.intent)}</a></th><td>${e.count}</td></tr>`)}</tbody></table>`,
)}
${chart(
  'top-declined',
  t('desk.overview.topDeclined', lang),
  {
    type: 'bar',
    horizontal: true,
    labels: o.topDeclined.map((d) => d.question.slice(0, 60)),
    series: [{ label: t('desk.overview.asked', lang), data: o.topDeclined.map((d) => d.count) }],
  },
  html`<table><tbody>${o.topDeclined.map((d) => html`<tr><th scope="row">${d.question}</th><td>${d.count}</td></tr>`)}</tbody></table>`,
)}
${chart(
  'feedback',
  t('desk.overview.feedback', lang),
  {
    type: 'bar',
    horizontal: true,
    stacked: true,
    labels: o.feedback.map((f) => title(f.intent!)),
    series: [
      { label: t('desk.overview.useful', lang), data: o.feedback.map((f) => f.useful) },
      { label: t('desk.overview.notUseful', lang), data: o.feedback.map((f) => f.notUseful) },
    ],
  },
  html`<table><thead><tr><th></th><th>${t('desk.overview.useful', lang)}</th><th>${t('desk.overview.notUseful', lang)}</th></tr></thead><tbody>${o.feedback.map(
    (f) => html`<tr><th scope="row">${title(f.intent!)}</th><td>${f.useful}</td><td>${f.notUseful}</td></tr>`,
  )}</tbody></table>`,
)}
</div>`;
    return sendPage(reply, layout(req, t, t('desk.nav.overview', lang), body, { scripts: ['/vendor/chart.umd.min.js', '/assets/charts.js'] }));
  });
}
