import { claimReviewJson } from '../../admin/claim-review.js';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { LocalizedError, describeError } from '../../errors/localized-error.js';
import { diffKnowledgeBases } from '../../admin/kb-diff.js';
import { IMPORT_LIMIT_BYTES } from '../../admin/transfer-admin.js';
import { randomToken } from '../auth/sessions.js';
import type { DeskDeps } from '../desk-deps.js';
import { sendPage } from '../pages/send-page.js';
import { requiredText } from '../form-fields.js';
import { html } from '../html.js';
import { kbDiffView } from '../pages/kb-diff-view.js';
import { csrfField, layout } from '../pages/layout.js';

const BACKUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.db$/;

/** Import (upload, see the diff, then apply), exports (JSON, ClaimReview), backups and restore. */
export function registerTransferRoutes(app: FastifyInstance, deps: DeskDeps): void {
  const { t, admin } = deps;

  const listBackups = (): Array<{ name: string; bytes: number; at: string }> => {
    try {
      return fs
        .readdirSync(deps.backupDir)
        .filter((name) => BACKUP_NAME.test(name))
        .map((name) => {
          const stat = fs.statSync(path.join(deps.backupDir, name));
          return { name, bytes: stat.size, at: stat.mtime.toISOString() };
        })
        .sort((a, b) => (a.at < b.at ? 1 : -1));
    } catch {
      return [];
    }
  };

  app.get('/transfer', async (req, reply) => {
    const { lang } = req.desk;
    const query = req.query as { done?: string; backup?: string };
    const notice = query.done
      ? html`<p class="notice" role="status">${t(`desk.transfer.done.${query.done === 'restore' ? 'restore' : 'import'}`, lang)}</p>`
      : query.backup
        ? html`<p class="notice" role="status">${t('desk.transfer.backupMade', lang, { name: query.backup })}</p>`
        : '';
    const backups = listBackups();
    const body = html`${notice}
<section><h2>${t('desk.transfer.importTitle', lang)}</h2>
<p>${t('desk.transfer.importIntro', lang, { limit: IMPORT_LIMIT_BYTES / 1024 / 1024 })}</p>
<form method="post" action="/transfer/import" enctype="multipart/form-data">${csrfField(req)}
  <label>${t('desk.transfer.file', lang)} <input type="file" name="file" accept=".json,application/json" required></label>
  <button type="submit" class="primary">${t('desk.transfer.showDiff', lang)}</button>
</form></section>
<section><h2>${t('desk.transfer.exportTitle', lang)}</h2>
<ul><li><a href="/export/kb.json" download>${t('desk.transfer.exportJson', lang)}</a></li>
<li><a href="/export/claimreview.json" download>${t('desk.transfer.exportClaimReview', lang)}</a></li></ul></section>
<section><h2>${t('desk.transfer.backupTitle', lang)}</h2>
<form method="post" action="/backups" class="inline">${csrfField(req)}<button type="submit">${t('desk.transfer.makeBackup', lang)}</button></form>
${
  backups.length
    ? html`<table class="list"><thead><tr><th>${t('desk.transfer.backupName', lang)}</th><th>${t('desk.transfer.backupAt', lang)}</th><th></th></tr></thead><tbody>${backups.map(
        (b) => html`<tr><td>${b.name}</td><td>${b.at.slice(0, 16).replace('T', ' ')}</td><td>
<form method="post" action="/backups/restore" class="inline">${csrfField(req)}<input type="hidden" name="name" value="${b.name}"><button type="submit">${t('desk.transfer.restore', lang)}</button></form></td></tr>`,
      )}</tbody></table>`
    : html`<p class="empty">${t('desk.transfer.noBackups', lang)}</p>`
}</section>`;
    return sendPage(reply, layout(req, t, t('desk.nav.transfer', lang), body));
  });

  app.post('/transfer/import', async (req, reply) => {
    const { lang } = req.desk;
    const file = (req.body as Record<string, unknown>).file;
    if (!file || typeof file !== 'object' || typeof (file as { text?: unknown }).text !== 'string')
      throw new LocalizedError('admin.error.invalid', {}, [{ key: 'admin.problem.missing', at: { field: 'file' } }]);
    const { name, text } = file as { name: string; text: string };
    let kb;
    try {
      kb = admin.transfer.checkImport(admin.transfer.parseImportText(text, name || 'upload'));
    } catch (error) {
      if (!(error instanceof LocalizedError)) throw error;
      const { message, details } = describeError(error, lang, t);
      const body = html`<div class="problems" role="alert"><p>${t('desk.transfer.rejected', lang)}</p><p>${message}</p><ul>${details.map((d) => html`<li>${d}</li>`)}</ul></div>
<p><a href="/transfer">${t('desk.nav.transfer', lang)}</a></p>`;
      return sendPage(reply.code(400), layout(req, t, t('desk.transfer.importTitle', lang), body));
    }
    const session = req.desk.session!;
    const pending = randomToken(12);
    // One waiting import per session: a new upload replaces the last.
    session.pendingImports.clear();
    session.pendingImports.set(pending, { name, data: kb });
    const diff = diffKnowledgeBases(admin.transfer.exportKb(), kb);
    const body = html`<p>${t('desk.transfer.diffIntro', lang, { name })}</p>
${kbDiffView(diff, lang, t)}
<form method="post" action="/transfer/import/apply">${csrfField(req)}<input type="hidden" name="pending" value="${pending}">
  <button type="submit" class="primary">${t('desk.transfer.apply', lang)}</button> <a href="/transfer">${t('desk.transfer.cancel', lang)}</a>
</form>`;
    return sendPage(reply, layout(req, t, t('desk.transfer.importTitle', lang), body));
  });

  app.post('/transfer/import/apply', async (req, reply) => {
    const session = req.desk.session!;
    const pending = session.pendingImports.get(requiredText(req, 'pending'));
    if (!pending) throw new LocalizedError('desk.transfer.noPending');
    session.pendingImports.clear();
    admin.transfer.importKb(session.actor, pending.data);
    return reply.redirect('/transfer?done=import');
  });

  app.get('/export/kb.json', async (_req, reply) =>
    reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="factbot-kb.json"')
      .send(`${JSON.stringify(admin.transfer.exportKb(), null, 2)}\n`),
  );

  app.get('/export/claimreview.json', async (_req, reply) =>
    reply
      .type('application/ld+json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="factbot-claimreview.json"')
      .send(claimReviewJson(admin.transfer.claimReviews(deps.publisher).reviews)),
  );

  app.post('/backups', async (_req, reply) => {
    fs.mkdirSync(deps.backupDir, { recursive: true });
    const name = `factbot-${new Date(deps.now()).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}-${randomToken(3)}.db`;
    await admin.backups.backup(path.join(deps.backupDir, name));
    return reply.redirect(`/transfer?backup=${encodeURIComponent(name)}`);
  });

  app.post('/backups/restore', async (req, reply) => {
    const name = requiredText(req, 'name');
    if (!BACKUP_NAME.test(name) || !listBackups().some((b) => b.name === name)) throw new LocalizedError('admin.error.fileMissing', { file: name });
    admin.backups.restore(req.desk.session!.actor, path.join(deps.backupDir, name));
    return reply.redirect('/transfer?done=restore');
  });
}
