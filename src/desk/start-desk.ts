import path from 'node:path';
import { adminAccessPolicy } from '../admin/admin-access.js';
import { AdminService } from '../admin/admin-service.js';
import { publisherFromConfig } from '../admin/claim-review.js';
import type { FactbotApp } from '../app/factbot-app.js';
import type { Config } from '../config/env.js';
import { PROJECT_ROOT } from '../config/project-paths.js';
import { DiscordOAuthClient } from './auth/discord-oauth-client.js';
import { LocalLogin } from './auth/local-login.js';
import { randomToken, SessionStore } from './auth/sessions.js';
import type { DeskDeps } from './desk-deps.js';
import { createDeskServer } from './desk-server.js';

export interface RunningDesk {
  /** Where the desk listens, e.g. http://127.0.0.1:8377 */
  url: string;
  mode: 'local' | 'discord';
  close(): Promise<void>;
}

export interface StartDeskOptions {
  port?: number;
  /** Local mode: where the one-time login link is printed (the terminal). */
  announce: (line: string) => void;
  onError?: (error: unknown) => void;
}

/**
 * Starts the desk on the app's database and engine. Local mode (no FACTBOT_DESK_CLIENT_SECRET)
 * listens on 127.0.0.1 only and prints a one-time login link; Discord mode listens on
 * FACTBOT_DESK_HOST and lets admins of the admin servers log in with Discord.
 */
export async function startDesk(app: FactbotApp, config: Config, options: StartDeskOptions): Promise<RunningDesk> {
  const discordMode = Boolean(config.FACTBOT_DESK_CLIENT_SECRET);
  const host = discordMode ? config.FACTBOT_DESK_HOST : '127.0.0.1';
  let baseUrl = '';
  const local = discordMode ? undefined : new LocalLogin((token) => options.announce(`${baseUrl}/login/local?token=${token}`));
  const deps: DeskDeps = {
    admin: new AdminService({ db: app.db, engine: app.engine, translate: app.translate }),

    t: app.translate,
    sessions: new SessionStore(),
    ...(local ? { local } : {}),
    ...(discordMode
      ? {
          discord: {
            client: new DiscordOAuthClient({
              apiBase: config.DISCORD_API_BASE,
              clientId: config.DISCORD_APPLICATION_ID!,
              clientSecret: config.FACTBOT_DESK_CLIENT_SECRET!,
              redirectUri: new URL('auth/discord/callback', withSlash(config.FACTBOT_DESK_URL!)).toString(),
            }),
            rule: adminAccessPolicy(config),
            recheckMs: config.FACTBOT_DESK_RECHECK_SECONDS * 1000,
          },
        }
      : {}),
    backupDir: path.resolve(PROJECT_ROOT, config.FACTBOT_DESK_BACKUP_DIR),
    publisher: publisherFromConfig(config),
    secureCookies: discordMode && config.FACTBOT_DESK_URL!.startsWith('https:'),
    now: Date.now,
  };
  const server = await createDeskServer(deps, {
    cookieSecret: config.FACTBOT_DESK_SESSION_SECRET ?? randomToken(32),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  await server.listen({ port: options.port ?? config.FACTBOT_DESK_PORT ?? 8377, host });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  baseUrl = `http://127.0.0.1:${port}`;
  const url = discordMode ? config.FACTBOT_DESK_URL!.replace(/\/+$/, '') : baseUrl;
  local?.start();
  return { url, mode: discordMode ? 'discord' : 'local', close: () => server.close() };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
