import type { FastifyInstance } from 'fastify';
import { reviewedClaims } from '../../admin/claim-review.js';
import { LANGS, type Lang } from '../../kb/languages.js';
import { localizedName } from '../../kb/source-name.js';
import type { DeskDeps } from '../desk-deps.js';
import { html, jsonScript } from '../html.js';
import { layout, messagePage } from '../pages/layout.js';
import { sendPage } from '../pages/send-page.js';

/**
 * The public, read-only page of one verdict: what a ClaimReview's `url` points to
 * (FACTBOT_PUBLIC_URL/verdicts/<entry id>?lang=…). No login: it shows only what the bot tells
 * anyone, the claim as made, who made it, the verdict and the sources, with the ClaimReview JSON-LD.
 */
export function registerVerdictRoutes(app: FastifyInstance, deps: DeskDeps): void {
  const { t, admin } = deps;

  app.get('/verdicts/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    const asked = (req.query as { lang?: string }).lang;
    const lang: Lang = (LANGS as readonly string[]).includes(asked ?? '') ? (asked as Lang) : req.desk.lang;
    const kb = admin.transfer.exportKb();
    const entry = reviewedClaims(kb).find((e) => e.id === id);
    if (!entry) return sendPage(reply.code(404), messagePage(req, t, t('desk.error.title', lang), t('desk.verdict.notFound', lang)));
    const sources = new Map(kb.sources.map((s) => [s.id, s]));
    const claimant = sources.get(entry.claim.by ?? entry.sources[0]!);
    const review = deps.publisher ? admin.transfer.claimReviews(deps.publisher, { langs: [lang] }).reviews.find((r) => r.identifier === id) : undefined;
    const body = html`<article class="verdict" lang="${lang}">
  <p class="claim">${t('desk.verdict.claim', lang)}: “${entry.claim[lang]}”${claimant ? html` — ${localizedName(claimant, lang)}` : ''}</p>
  <p class="status"><strong>${t('desk.verdict.verdict', lang)}: ${t(`status.${entry.status}`, lang)}</strong></p>
  <p>${entry.answer[lang]}</p>
  <h2>${t('desk.verdict.sources', lang)}</h2>
  <ul>${entry.sources.map((sid) => {
    const source = sources.get(sid);
    return source ? html`<li><strong>${localizedName(source, lang)}</strong>: ${source.description[lang]}</li>` : '';
  })}</ul>
  <p class="meta">${t('desk.verdict.credit', lang)}</p>
</article>
${review ? html`<script type="application/ld+json">${jsonScript(review)}</script>` : ''}`;
    return sendPage(reply, layout(req, t, entry.title[lang], body));
  });
}
