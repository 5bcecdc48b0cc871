import { httpUrl, minLength, numberIn, optional, text, withDefault } from './env-values.js';

/**
 * The fact-checkers' desk (src/desk). Without FACTBOT_DESK_CLIENT_SECRET it runs in local mode
 * (127.0.0.1, a one-time login link); with it, members log in with Discord.
 */
export const deskEnvRules = {
  // `npm start` also starts the desk on this port when it is set.
  FACTBOT_DESK_PORT: optional(numberIn(0, 65_535)),
  // Discord login: where people reach the desk (the OAuth2 redirect is FACTBOT_DESK_URL/auth/discord/callback).
  FACTBOT_DESK_URL: optional(httpUrl),
  FACTBOT_DESK_CLIENT_SECRET: optional(minLength(8, 'looks too short to be a client secret')),
  // Discord login mode only: the address to listen on (local mode is always 127.0.0.1).
  FACTBOT_DESK_HOST: withDefault(text, '127.0.0.1'),
  // Signs the desk's cookies; random per start when unset (sessions then end with the process).
  FACTBOT_DESK_SESSION_SECRET: optional(minLength(32, 'must be at least 32 characters')),
  // How often a Discord member's right to use the desk is checked again (at most 10 minutes).
  FACTBOT_DESK_RECHECK_SECONDS: withDefault(numberIn(1, 600), 600),
  // Where the desk writes and finds backups.
  FACTBOT_DESK_BACKUP_DIR: withDefault(text, 'var/backups'),
  // Who may use the desk: FACTBOT_ADMIN_GUILDS (src/config/env.ts), the same servers as for /kb.
};

/** Discord login needs the application id, the secret and the public URL together. */
export function deskConfigProblems(config: {
  FACTBOT_DESK_CLIENT_SECRET?: string | undefined;
  FACTBOT_DESK_URL?: string | undefined;
  DISCORD_APPLICATION_ID?: string | undefined;
  FACTBOT_ADMIN_GUILDS: string[];
}): string[] {
  if (!config.FACTBOT_DESK_CLIENT_SECRET) return [];
  const problems: string[] = [];
  if (!config.FACTBOT_DESK_URL) problems.push('FACTBOT_DESK_URL: required with FACTBOT_DESK_CLIENT_SECRET (the redirect URL)');
  if (!config.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID: required with FACTBOT_DESK_CLIENT_SECRET (the OAuth2 client id)');
  if (config.FACTBOT_ADMIN_GUILDS.length === 0) problems.push('FACTBOT_ADMIN_GUILDS: required with FACTBOT_DESK_CLIENT_SECRET (who may log in)');
  return problems;
}
