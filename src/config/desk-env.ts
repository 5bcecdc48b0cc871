import { z } from 'zod';
import { blankAsUndefined } from './env-values.js';

/**
 * The fact-checkers' desk (src/desk). Without FACTBOT_DESK_CLIENT_SECRET it runs in local mode
 * (127.0.0.1, a one-time login link); with it, members log in with Discord.
 */
export const deskEnvShape = {
  // `npm start` also starts the desk on this port when it is set.
  FACTBOT_DESK_PORT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(65_535).optional()),
  // Discord login: where people reach the desk (the OAuth2 redirect is FACTBOT_DESK_URL/auth/discord/callback).
  FACTBOT_DESK_URL: z.preprocess(blankAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  FACTBOT_DESK_CLIENT_SECRET: z.preprocess(blankAsUndefined, z.string().min(8, 'looks too short to be a client secret').optional()),
  // Discord login mode only: the address to listen on (local mode is always 127.0.0.1).
  FACTBOT_DESK_HOST: z.preprocess(blankAsUndefined, z.string().default('127.0.0.1')),
  // Signs the desk's cookies; random per start when unset (sessions then end with the process).
  FACTBOT_DESK_SESSION_SECRET: z.preprocess(blankAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  // How often a Discord member's right to use the desk is checked again (at most 10 minutes).
  FACTBOT_DESK_RECHECK_SECONDS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(600).default(600)),
  // Where the desk writes and finds backups.
  FACTBOT_DESK_BACKUP_DIR: z.preprocess(blankAsUndefined, z.string().default('var/backups')),
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
