import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { LocalizedError, describeError } from '../errors/localized-error.js';
import { IMPORT_LIMIT_BYTES } from '../admin/transfer-admin.js';
import { deskAccess } from './auth/desk-access.js';
import { sameSecret } from './auth/local-login.js';
import { SESSION_COOKIE } from './auth/sessions.js';
import { registerAssets } from './desk-assets.js';
import type { DeskDeps } from './desk-deps.js';
import { deskLanguage, LANG_COOKIE } from './desk-language.js';
import { parseMultipart } from './multipart.js';
import { messagePage } from './pages/layout.js';
import { sendPage } from './pages/send-page.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerVerdictRoutes } from './routes/verdict-routes.js';
import { registerEntryRoutes } from './routes/entry-routes.js';
import { registerHistoryRoutes } from './routes/history-routes.js';
import { registerOverviewRoutes } from './routes/overview-routes.js';
import { registerReviewRoutes } from './routes/review-routes.js';
import { registerTransferRoutes } from './routes/transfer-routes.js';

/** Forms are small; only an import upload may be as large as an import file. */
const FORM_LIMIT_BYTES = 256 * 1024;
const PUBLIC = [/^\/verdicts\/[a-z0-9-]{1,64}(\?|$)/, /^\/login(\/|$|\?)/, /^\/auth\/discord(\/|$|\?)/, /^\/lang\//, /^\/assets\//, /^\/vendor\//];

/**
 * The fact-checkers' desk: server-rendered pages over the admin service. Every request but the
 * login's needs a session; every post needs the session's CSRF token; nothing is changed otherwise.
 */
export async function createDeskServer(deps: DeskDeps, options: { cookieSecret: string; onError?: (error: unknown) => void }): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: FORM_LIMIT_BYTES, trustProxy: false });
  await app.register(fastifyCookie, { secret: options.cookieSecret });
  await app.register(fastifyFormbody, { bodyLimit: FORM_LIMIT_BYTES });
  // Read somewhat larger uploads whole and refuse them with a page: cut off mid-upload, a browser
  // shows a connection error instead.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: 2 * IMPORT_LIMIT_BYTES }, (req, body, done) => {
    if ((body as Buffer).length > IMPORT_LIMIT_BYTES + 64 * 1024) {
      done(Object.assign(new Error('upload too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' }), undefined);
      return;
    }
    parseMultipart(body as Buffer, req.headers['content-type'] ?? '').then(
      (fields) => done(null, fields),
      (error: unknown) => done(Object.assign(new Error(String(error)), { statusCode: 400 }), undefined),
    );
  });
  const t = deps.t;

  app.decorateRequest('desk', null as unknown as FastifyRequest['desk']);
  app.addHook('onRequest', (req, _reply, done) => {
    req.desk = { lang: deskLanguage(req.cookies[LANG_COOKIE], req.headers['accept-language']), session: undefined };
    const signed = req.cookies[SESSION_COOKIE];
    const id = signed ? req.unsignCookie(signed) : undefined;
    req.desk.session = id?.valid ? deps.sessions.get(id.value ?? undefined) : undefined;
    done();
  });
  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self' " +
        (deps.discord ? new URL(deps.discord.client.authorizeUrl('x')).origin : ''),
    );
  });
  app.addHook('preHandler', async (req, reply) => {
    if (PUBLIC.some((p) => p.test(req.url))) return;
    const { lang, session } = req.desk;
    if (!session) {
      if (req.method === 'GET') return reply.redirect(`/login?next=${encodeURIComponent(req.url)}`);
      return sendPage(
        reply.code(401),
        messagePage(req, t, t('desk.error.title', lang), t('desk.error.expired', lang), [], { href: '/login', text: t('desk.login.again', lang) }),
      );
    }
    if (deps.discord && session.discord && deps.now() - session.rightsCheckedAt >= deps.discord.recheckMs) {
      let granted: string | null = null;
      try {
        granted = await deskAccess(deps.discord.client, session.discord.accessToken, deps.discord.rule);
      } catch (error) {
        options.onError?.(error);
      }
      if (!granted) {
        deps.sessions.end(session.id);
        req.desk.session = undefined;
        return sendPage(reply.code(403), messagePage(req, t, t('desk.refused.title', lang), t('desk.refused.lost', lang)));
      }
      session.rightsCheckedAt = deps.now();
    }
    if (req.method === 'POST') {
      const token = (req.body as Record<string, unknown> | undefined)?._csrf;
      if (typeof token !== 'string' || !sameSecret(token, session.csrf))
        return sendPage(reply.code(403), messagePage(req, t, t('desk.error.title', lang), t('desk.error.csrf', lang)));
    }
  });

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, req, reply) => {
    const lang = req.desk?.lang ?? 'en';
    if (error instanceof LocalizedError) {
      const { message, details } = describeError(error, lang, t);
      return sendPage(reply.code(400), messagePage(req, t, t('desk.error.title', lang), message, details));
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendPage(reply.code(413), messagePage(req, t, t('desk.error.title', lang), t('desk.error.tooLarge', lang)));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return sendPage(reply.code(error.statusCode), messagePage(req, t, t('desk.error.title', lang), t('desk.error.badRequest', lang)));
    options.onError?.(error);
    return sendPage(reply.code(500), messagePage(req, t, t('desk.error.title', lang), t('desk.error.internal', lang)));
  });
  app.setNotFoundHandler((req, reply) =>
    sendPage(reply.code(404), messagePage(req, t, t('desk.error.title', req.desk?.lang ?? 'en'), t('desk.error.notFound', req.desk?.lang ?? 'en'))),
  );

  registerAssets(app);
  registerAuthRoutes(app, deps);
  registerVerdictRoutes(app, deps);
  registerOverviewRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerEntryRoutes(app, deps);
  registerHistoryRoutes(app, deps);
  registerTransferRoutes(app, deps);
  return app;
}
