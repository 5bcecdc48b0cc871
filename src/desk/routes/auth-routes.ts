import type { FastifyInstance, FastifyReply } from 'fastify';
import { deskDiscordActor, deskLocalActor } from '../../admin/actor.js';
import { deskAccess } from '../auth/desk-access.js';
import { sameSecret } from '../auth/local-login.js';
import { randomToken, SESSION_COOKIE, type DeskSession } from '../auth/sessions.js';
import type { DeskDeps } from '../desk-deps.js';
import { LANG_COOKIE } from '../desk-language.js';
import { sendPage } from '../pages/send-page.js';
import { html } from '../html.js';
import { layout, messagePage } from '../pages/layout.js';

const STATE_COOKIE = 'factbot_desk_oauth_state';

/** Only a path on this site (never "//host" or a full URL): where to go after login. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** Log in (local link or Discord), log out, and the language switch. */
export function registerAuthRoutes(app: FastifyInstance, deps: DeskDeps): void {
  const { t } = deps;
  const cookie = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: deps.secureCookies, signed: true };
  const startSession = (reply: FastifyReply, input: Parameters<typeof deps.sessions.create>[0]): DeskSession => {
    const session = deps.sessions.create(input);
    reply.setCookie(SESSION_COOKIE, session.id, cookie);
    return session;
  };

  app.get('/login', async (req, reply) => {
    const { lang } = req.desk;
    const query = req.query as { next?: string };
    const body = deps.discord
      ? html`<p>${t('desk.login.discordIntro', lang)}</p>
<p><a class="button primary" href="/auth/discord?next=${encodeURIComponent(safeNext(query.next))}">${t('desk.login.withDiscord', lang)}</a></p>`
      : html`<p>${t('desk.login.localIntro', lang)}</p>`;
    const expired = query.next ? html`<p class="notice" role="status">${t('desk.login.needed', lang)}</p>` : '';
    return sendPage(reply, layout(req, t, t('desk.login.title', lang), html`${expired}${body}`));
  });

  app.get('/login/local', async (req, reply) => {
    const { lang } = req.desk;
    if (!deps.local || !deps.local.use((req.query as { token?: unknown }).token))
      return sendPage(reply.code(403), messagePage(req, t, t('desk.login.title', lang), t('desk.login.badToken', lang)));
    startSession(reply, { actor: deskLocalActor(), name: t('desk.localOperator', lang) });
    return reply.redirect('/');
  });

  app.get('/auth/discord', async (req, reply) => {
    if (!deps.discord) return reply.callNotFound();
    const state = randomToken();
    const next = safeNext((req.query as { next?: unknown }).next);
    reply.setCookie(STATE_COOKIE, JSON.stringify({ state, next }), { ...cookie, maxAge: 600 });
    return reply.redirect(deps.discord.client.authorizeUrl(state));
  });

  app.get('/auth/discord/callback', async (req, reply) => {
    if (!deps.discord) return reply.callNotFound();
    const { lang } = req.desk;
    const { client, rule } = deps.discord;
    const query = req.query as { code?: unknown; state?: unknown; error?: unknown };
    const raw = req.cookies[STATE_COOKIE];
    const unsigned = raw ? req.unsignCookie(raw) : undefined;
    reply.clearCookie(STATE_COOKIE, { path: '/' });
    let expected: { state: string; next: string } | undefined;
    try {
      expected = unsigned?.valid && unsigned.value ? (JSON.parse(unsigned.value) as { state: string; next: string }) : undefined;
    } catch {
      expected = undefined;
    }
    if (!expected || typeof query.state !== 'string' || !sameSecret(query.state, expected.state) || typeof query.code !== 'string')
      return sendPage(
        reply.code(400),
        messagePage(req, t, t('desk.login.title', lang), t('desk.login.badState', lang), [], { href: '/login', text: t('desk.login.again', lang) }),
      );
    let accessToken: string;
    let user: { id: string; username: string; global_name?: string | null };
    let granted: string | null;
    try {
      accessToken = await client.exchangeCode(query.code);
      user = await client.me(accessToken);
      granted = await deskAccess(client, accessToken, rule);
    } catch {
      return sendPage(
        reply.code(502),
        messagePage(req, t, t('desk.login.title', lang), t('desk.login.discordFailed', lang), [], { href: '/login', text: t('desk.login.again', lang) }),
      );
    }
    if (!granted)
      return sendPage(
        reply.code(403),
        messagePage(req, t, t('desk.refused.title', lang), t('desk.refused.body', lang, { name: user.global_name || user.username })),
      );
    startSession(reply, {
      actor: deskDiscordActor(user.id),
      name: user.global_name || user.username,
      discord: { userId: user.id, accessToken },
    });
    return reply.redirect(safeNext(expected.next));
  });

  app.post('/logout', async (req, reply) => {
    if (req.desk.session) deps.sessions.end(req.desk.session.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    req.desk.session = undefined;
    return sendPage(
      reply,
      messagePage(req, t, t('desk.logout', req.desk.lang), t('desk.loggedOut', req.desk.lang), [], {
        href: '/login',
        text: t('desk.login.title', req.desk.lang),
      }),
    );
  });

  app.get('/lang/:lang', async (req, reply) => {
    const lang = (req.params as { lang: string }).lang === 'nb' ? 'nb' : 'en';
    reply.setCookie(LANG_COOKIE, lang, { path: '/', sameSite: 'lax', secure: deps.secureCookies, maxAge: 365 * 24 * 3600 });
    return reply.redirect(safeNext((req.query as { back?: unknown }).back));
  });
}
