import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LocalizedError, describeDetail } from '../../errors/localized-error.js';
import { diffWrite } from '../../admin/record-diff.js';
import type { EntryAddInput } from '../../admin/validation.js';
import type { EntryRecord } from '../../storage/kb-records-repository.js';
import type { DeskDeps } from '../desk-deps.js';
import { sendPage } from '../pages/send-page.js';
import { entryVersion } from '../entry-version.js';
import { linesOf, listField, requiredText, textField } from '../form-fields.js';
import { html } from '../html.js';
import { partView } from '../pages/diff-view.js';
import { EMPTY_ENTRY, entryEditor, type EntryForm } from '../pages/entry-editor.js';
import { csrfField, layout } from '../pages/layout.js';

/** The editor's fields as a whole entry (what the admin service validates). */
function draftFromForm(req: FastifyRequest, id?: string): EntryForm {
  return {
    id: (id ?? textField(req, 'id') ?? '').trim(),
    status: textField(req, 'status') ?? '',
    title: { nb: textField(req, 'title_nb') ?? '', en: textField(req, 'title_en') ?? '' },
    answer: { nb: textField(req, 'answer_nb') ?? '', en: textField(req, 'answer_en') ?? '' },
    sources: listField(req, 'sources'),
    questions: { nb: linesOf(textField(req, 'questions_nb')), en: linesOf(textField(req, 'questions_en')) },
    retired: textField(req, 'retired') === 'on',
  };
}

/** The draft carried from the confirm page to the save, as one hidden JSON field. */
function draftFromJson(req: FastifyRequest): EntryForm {
  try {
    return JSON.parse(requiredText(req, 'draft')) as EntryForm;
  } catch (error) {
    if (error instanceof LocalizedError) throw error;
    throw new LocalizedError('admin.error.invalid', {}, [{ key: 'admin.problem.wrongType', values: { expected: 'JSON' }, at: { field: 'draft' } }]);
  }
}

/** Entries: list and search, the side-by-side editor with preview, check-then-save, stale edits. */
export function registerEntryRoutes(app: FastifyInstance, deps: DeskDeps): void {
  const { t, admin } = deps;
  const problemsOf = (error: LocalizedError, lang: 'nb' | 'en') =>
    error.details.length ? error.details.map((d) => describeDetail(d, lang, t)) : [t(error.key, lang, error.values)];

  const editorPage = (
    req: FastifyRequest,
    reply: FastifyReply,
    entry: EntryForm,
    isNew: boolean,
    extra: { base?: string; problems?: string[]; hidden?: Record<string, string>; notice?: string } = {},
  ) => {
    const { lang } = req.desk;
    const title = isNew ? t('desk.entry.new', lang) : t('desk.entry.edit', lang, { id: entry.id });
    const body = html`${extra.notice ? html`<p class="notice" role="status">${extra.notice}</p>` : ''}
${isNew ? '' : html`<p><a href="/history?entry=${entry.id}">${t('desk.entry.historyLink', lang)}</a></p>`}
${entryEditor(req, t, { entry, isNew, sources: admin.sources.list(), ...extra })}`;
    return sendPage(reply, layout(req, t, title, body, { scripts: ['/assets/preview.js'] }));
  };

  app.get('/entries', async (req, reply) => {
    const { lang } = req.desk;
    const search = (req.query as { q?: unknown }).q;
    const q = (typeof search === 'string' ? search : '').trim().slice(0, 200);
    const needle = q.toLowerCase();
    const entries = admin.entries.list().filter((e) => !needle || [e.id, e.title.nb, e.title.en].some((s) => s.toLowerCase().includes(needle)));
    const body = html`<form method="get" action="/entries" class="search" role="search">
  <label>${t('desk.entries.search', lang)} <input type="search" name="q" value="${q}"></label> <button type="submit">${t('desk.entries.find', lang)}</button>
  <a class="button primary" href="/entries/new">${t('desk.entry.new', lang)}</a>
</form>
<table class="list"><thead><tr><th>${t('desk.entry.id', lang)}</th><th>${t('desk.entry.title', lang)}</th><th>${t('desk.entry.status', lang)}</th><th>${t('desk.entries.questions', lang)}</th><th>${t('desk.entries.updated', lang)}</th></tr></thead>
<tbody>${entries.map(
      (e) =>
        html`<tr${e.retired ? html` class="retired"` : ''}><td><a href="/entries/${e.id}">${e.id}</a></td><td>${e.title[lang]}${e.retired ? html` <span class="tag">${t('desk.entry.retired', lang)}</span>` : ''}</td><td>${t(`status.${e.status}`, lang)}</td><td>${e.questionCount.nb + e.questionCount.en}</td><td>${e.updatedAt.slice(0, 16).replace('T', ' ')}</td></tr>`,
    )}</tbody></table>
<p class="meta">${t('desk.entries.count', lang, { count: entries.length })}</p>`;
    return sendPage(reply, layout(req, t, t('desk.nav.entries', lang), body));
  });

  app.get('/entries/new', async (req, reply) => {
    const query = req.query as { question?: unknown; lang?: unknown; item?: unknown; queue?: unknown };
    const entry = structuredClone(EMPTY_ENTRY);
    const qLang = query.lang === 'en' ? 'en' : 'nb';
    if (typeof query.question === 'string' && query.question.trim()) entry.questions[qLang] = [query.question.trim().slice(0, 300)];
    const hidden: Record<string, string> = {};
    if (typeof query.item === 'string' && /^\d{1,15}$/.test(query.item)) {
      hidden.item = query.item;
      hidden.queue = query.queue === 'feedback' ? 'feedback' : 'unanswered';
    }
    return editorPage(req, reply, entry, true, { hidden });
  });

  app.get('/entries/:id', async (req, reply) => {
    const { lang } = req.desk;
    const entry = admin.entries.show((req.params as { id: string }).id);
    const saved = (req.query as { saved?: string }).saved;
    return editorPage(req, reply, entry, false, {
      base: entryVersion(entry),
      ...(saved ? { notice: t('desk.entry.saved', lang, { change: saved }) } : {}),
    });
  });

  // Live preview: the answer as the engine composes it, and what a save would refuse.
  app.post('/entries/preview', async (req, reply) => {
    const { lang } = req.desk;
    const draft = draftFromForm(req);
    const preview = admin.previews.preview(draft);
    return reply.send({
      problems: preview.problems.map((d) => describeDetail(d, lang, t)),
      answers: Object.fromEntries(
        Object.entries(preview.answers).map(([l, a]) => [
          l,
          a && { text: a.answer, title: a.entry?.title, status: a.entry?.statusLabel, body: a.entry?.body, sources: a.entry?.sources.map((s) => s.name) },
        ]),
      ),
    });
  });

  const check = (isNew: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
    const { lang } = req.desk;
    const id = isNew ? null : (req.params as { id: string }).id;
    const draft = draftFromForm(req, id ?? undefined);
    const hidden: Record<string, string> = {};
    for (const key of ['item', 'queue']) {
      const value = textField(req, key);
      if (value !== undefined) hidden[key] = value;
    }
    const base = textField(req, 'base');
    let plan: ReturnType<typeof admin.entries.draft>;
    try {
      plan = admin.entries.draft(id, draft);
    } catch (error) {
      if (!(error instanceof LocalizedError)) throw error;
      reply.code(400);
      return editorPage(req, reply, draft, isNew, { ...(base ? { base } : {}), problems: problemsOf(error, lang), hidden });
    }
    if (plan.before && base !== entryVersion(plan.before)) return stalePage(req, reply, plan.before, plan.after);
    const part = diffWrite({ kind: 'entry', key: plan.after.id, before: plan.before, after: plan.after });
    const body = part
      ? html`<p>${t('desk.entry.confirmIntro', lang)}</p>${partView(part, lang, t)}
<form method="post" action="${isNew ? '/entries/new/save' : `/entries/${plan.after.id}/save`}">${csrfField(req)}
  <input type="hidden" name="draft" value="${JSON.stringify(plan.after)}">
  ${plan.before ? html`<input type="hidden" name="base" value="${entryVersion(plan.before)}">` : ''}
  ${Object.entries(hidden).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
  <button type="submit" class="primary">${t('desk.entry.confirm', lang)}</button>
  <a href="${isNew ? '/entries/new' : `/entries/${plan.after.id}`}">${t('desk.entry.backToEditor', lang)}</a>
</form>`
      : html`<p class="notice">${t('desk.entry.noChange', lang)}</p><p><a href="/entries/${plan.after.id}">${t('desk.entry.backToEditor', lang)}</a></p>`;
    return sendPage(reply, layout(req, t, t('desk.entry.confirmTitle', lang), body));
  };

  /** Someone else saved first: both versions side by side; the admin chooses. */
  const stalePage = (req: FastifyRequest, reply: FastifyReply, current: EntryRecord, mine: EntryRecord) => {
    const { lang } = req.desk;
    const part = diffWrite({ kind: 'entry', key: current.id, before: current, after: mine });
    const body = html`<div class="problems" role="alert"><p>${t('desk.entry.stale', lang)}</p></div>
<p>${t('desk.entry.staleDiff', lang)}</p>
${part ? partView(part, lang, t) : html`<p>${t('desk.entry.noChange', lang)}</p>`}
<form method="post" action="/entries/${current.id}/save" class="inline">${csrfField(req)}
  <input type="hidden" name="draft" value="${JSON.stringify(mine)}"><input type="hidden" name="base" value="${entryVersion(current)}">
  <button type="submit" class="primary">${t('desk.entry.keepMine', lang)}</button>
</form>
<a class="button" href="/entries/${current.id}">${t('desk.entry.keepTheirs', lang)}</a>`;
    return sendPage(reply.code(409), layout(req, t, t('desk.entry.staleTitle', lang), body));
  };

  app.post('/entries/new/check', check(true));
  app.post('/entries/:id/check', check(false));

  app.post('/entries/new/save', async (req, reply) => {
    const actor = req.desk.session!.actor;
    const draft = draftFromJson(req);
    // The admin service validates it as it does every request (the draft is whatever was posted).
    const result = admin.entries.add(actor, draft as unknown as EntryAddInput);
    const item = textField(req, 'item');
    // Started from the review queue: the question it came from is dealt with.
    if (item && /^\d{1,15}$/.test(item))
      admin.review.promote(actor, { item: Number(item), entryId: draft.id, queue: textField(req, 'queue') === 'feedback' ? 'feedback' : 'unanswered' });
    return reply.redirect(`/entries/${draft.id}?saved=${result.change?.id ?? ''}`);
  });

  app.post('/entries/:id/save', async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const draft = draftFromJson(req);
    const plan = admin.entries.draft(id, { ...draft, id });
    if (plan.before && textField(req, 'base') !== entryVersion(plan.before)) return stalePage(req, reply, plan.before, plan.after);
    const result = admin.entries.replace(req.desk.session!.actor, id, plan.after);
    return reply.redirect(`/entries/${id}?saved=${result.change?.id ?? ''}`);
  });
}
