import type { FastifyInstance } from 'fastify';
import { LocalizedError, describeError } from '../../errors/localized-error.js';
import { formatActor } from '../../admin/actor.js';
import { diffKnowledgeBases } from '../../admin/kb-diff.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { StoredChange } from '../../storage/history-repository.js';
import type { DeskDeps } from '../desk-deps.js';
import { sendPage } from '../pages/send-page.js';
import { html, type Html } from '../html.js';
import { partView } from '../pages/diff-view.js';
import { csrfField, layout } from '../pages/layout.js';
import { kbDiffView } from '../pages/kb-diff-view.js';

const PAGE = 30;

/** History: every change with who, when, where, a field-level diff, and undo. */
export function registerHistoryRoutes(app: FastifyInstance, deps: DeskDeps): void {
  const { t, admin } = deps;

  app.get('/history', async (req, reply) => {
    const { lang } = req.desk;
    const query = req.query as { before?: string; entry?: string; undone?: string; error?: string };
    const before = query.before && /^\d{1,15}$/.test(query.before) ? Number(query.before) : undefined;
    const entry = query.entry && /^[a-z0-9-]{1,64}$/.test(query.entry) ? query.entry : undefined;
    const changes = admin.history.list({
      limit: PAGE,
      ...(before !== undefined ? { beforeId: before } : {}),
      ...(entry ? { target: { kind: 'entry' as const, key: entry } } : {}),
    });
    const surface = (c: StoredChange) => c.actor.surface ?? (c.actor.kind === 'discord' ? 'discord' : c.actor.kind);
    const view = (c: StoredChange): Html => html`<li class="change" id="change-${c.id}">
  <div class="change-head"><span class="id">#${c.id}</span>
    <time datetime="${c.at}">${c.at.slice(0, 19).replace('T', ' ')} UTC</time>
    <span class="who">${formatActor(c.actor)}</span>
    <span class="tag">${t(`desk.surface.${surface(c)}`, lang)}</span>
    <span class="action">${t(`admin.action.${c.action}`, lang, { id: c.undoes ?? '' })}</span>
    <form method="post" action="/history/${c.id}/undo" class="inline">${csrfField(req)}<button type="submit">${t('desk.history.undo', lang)}</button></form>
  </div>
  ${c.parts
    .filter((p) => p.kind !== 'review')
    .map((p) =>
      p.kind === 'kb' ? kbDiffView(diffKnowledgeBases(p.before as KnowledgeBase | null, p.after as KnowledgeBase | null), lang, t) : partView(p, lang, t),
    )}
  ${c.parts.some((p) => p.kind === 'review') ? html`<p class="meta">${t('admin.kind.reviewItems', lang, { count: c.parts.filter((p) => p.kind === 'review').length })}</p>` : ''}
</li>`;
    const notice = query.undone ? html`<p class="notice" role="status">${t('desk.history.undone', lang, { id: query.undone })}</p>` : '';
    const older =
      changes.length === PAGE
        ? html`<p><a href="/history?before=${changes.at(-1)!.id}${entry ? `&entry=${entry}` : ''}">${t('desk.history.older', lang)}</a></p>`
        : '';
    const body = html`${notice}${entry ? html`<p>${t('desk.history.forEntry', lang, { id: entry })} <a href="/history">${t('desk.history.all', lang)}</a></p>` : ''}
${changes.length ? html`<ol class="history">${changes.map(view)}</ol>` : html`<p class="empty">${t('desk.history.empty', lang)}</p>`}${older}`;
    return sendPage(reply, layout(req, t, t('desk.nav.history', lang), body));
  });

  app.post('/history/:id/undo', async (req, reply) => {
    const { lang } = req.desk;
    const raw = (req.params as { id: string }).id;
    const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
    try {
      const result = admin.history.undo(req.desk.session!.actor, id);
      return reply.redirect(`/history?undone=${id}#change-${result.change!.id}`);
    } catch (error) {
      if (!(error instanceof LocalizedError)) throw error;
      const { message, details } = describeError(error, lang, t);
      const body = html`<div class="problems" role="alert"><p>${message}</p><ul>${details.map((d) => html`<li>${d}</li>`)}</ul></div><p><a href="/history">${t('desk.nav.history', lang)}</a></p>`;
      return sendPage(reply.code(409), layout(req, t, t('desk.history.undoFailed', lang), body));
    }
  });
}
