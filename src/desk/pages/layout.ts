import type { FastifyRequest } from 'fastify';
import type { Translate } from '../../i18n/translator.js';
import { html, type Html } from '../html.js';

const NAV = [
  ['/', 'overview'],
  ['/review', 'review'],
  ['/entries', 'entries'],
  ['/history', 'history'],
  ['/transfer', 'transfer'],
] as const;

/** The page around every screen: navigation, the language switch, who is logged in, log out. */
export function layout(req: FastifyRequest, t: Translate, title: string, body: Html, options: { scripts?: string[] } = {}): string {
  const { lang, session } = req.desk;
  const here = req.url;
  const other = lang === 'nb' ? 'en' : 'nb';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t('desk.name', lang)}</title>
<link rel="stylesheet" href="/assets/desk.css">
</head>
<body>
<header class="top">
  <span class="brand">${t('desk.name', lang)}</span>
  ${
    session
      ? html`<nav aria-label="${t('desk.nav.label', lang)}">${NAV.map(
          ([path, key]) =>
            html`<a href="${path}"${(path === '/' ? here === '/' || here.startsWith('/?') : here.startsWith(path)) ? html` aria-current="page"` : ''}>${t(`desk.nav.${key}`, lang)}</a>`,
        )}</nav>`
      : ''
  }
  <span class="spacer"></span>
  <a class="lang" href="/lang/${other}?back=${encodeURIComponent(here)}" lang="${other}">${t(`desk.switchTo.${other}`, lang)}</a>
  ${
    session
      ? html`<span class="who">${session.name}</span>
  <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${session.csrf}"><button type="submit">${t('desk.logout', lang)}</button></form>`
      : ''
  }
</header>
<main>
<h1>${title}</h1>
${body}
</main>
${(options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</body>
</html>`.value;
}

/** A short page with one message (errors, refusals, confirmations). */
export function messagePage(
  req: FastifyRequest,
  t: Translate,
  title: string,
  message: string,
  details: string[] = [],
  link?: { href: string; text: string },
): string {
  return layout(
    req,
    t,
    title,
    html`<div class="message" role="alert"><p>${message}</p>${details.length ? html`<ul>${details.map((d) => html`<li>${d}</li>`)}</ul>` : ''}</div>
${link ? html`<p><a href="${link.href}">${link.text}</a></p>` : ''}`,
  );
}

/** The hidden CSRF field every form carries. */
export function csrfField(req: FastifyRequest): Html {
  return html`<input type="hidden" name="_csrf" value="${req.desk.session?.csrf ?? ''}">`;
}
