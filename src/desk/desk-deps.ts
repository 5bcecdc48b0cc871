import type { ClaimReviewPublisher } from '../admin/claim-review.js';
import type { AdminService } from '../admin/admin-service.js';
import type { Translate } from '../i18n/translator.js';
import type { Lang } from '../kb/languages.js';
import type { AdminAccessPolicy } from '../admin/admin-access.js';
import type { DiscordOAuthClient } from './auth/discord-oauth-client.js';
import type { LocalLogin } from './auth/local-login.js';
import type { DeskSession, SessionStore } from './auth/sessions.js';

/** What the desk's routes share. */
export interface DeskDeps {
  admin: AdminService;
  t: Translate;
  sessions: SessionStore;
  /** Local mode: the one-time link's login. */
  local?: LocalLogin;
  /** Discord mode: the OAuth2 client and who may enter. */
  discord?: { client: DiscordOAuthClient; rule: AdminAccessPolicy; recheckMs: number };
  backupDir: string;
  /** Who publishes the ClaimReview export (null without FACTBOT_PUBLIC_URL: the export says so). */
  publisher: ClaimReviewPublisher | null;
  /** Cookies are Secure when the desk is served over https. */
  secureCookies: boolean;
  now: () => number;
}

/** Per request: the page language and, once logged in, the session. */
export interface DeskRequestState {
  lang: Lang;
  session: DeskSession | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    desk: DeskRequestState;
  }
}
