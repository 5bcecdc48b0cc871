import { LocalizedError, textDetail } from '../errors/localized-error.js';
import {
  duration,
  httpUrl,
  InvalidValue,
  matching,
  minLength,
  numberIn,
  oneOf,
  optional,
  snowflake,
  snowflakeList,
  text,
  trimmed,
  withDefault,
  type Rule,
} from './env-values.js';
import { deskConfigProblems, deskEnvRules } from './desk-env.js';
import { DEFAULT_DB_FILE } from './project-paths.js';

const shardCount: Rule<'auto' | number> = (raw) => (raw === 'auto' ? 'auto' : numberIn(1, 64)(raw));

/** Every variable factbot reads, each with its rule (see env-values.ts). */
const envRules = {
  FACTBOT_DB: withDefault(text, DEFAULT_DB_FILE),
  LOG_LEVEL: withDefault(oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  DISCORD_TOKEN: optional(minLength(20, 'looks too short to be a bot token')),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_BASE: withDefault(httpUrl, 'https://discord.com/api'),
  FACTBOT_CHANNELS: snowflakeList,
  // The servers whose admins may change the knowledge base (/kb); without any, /kb is off.
  FACTBOT_ADMIN_GUILDS: snowflakeList,
  FACTBOT_ADMIN_ROLE: optional(snowflake),
  FACTBOT_SHARDS: optional(shardCount),
  // Who asked (user and channel ids) is removed from stored questions older than this; the wording stays.
  FACTBOT_RETENTION_DAYS: withDefault(numberIn(1, 3650), 90),
  // Discord bot: questions one user may ask per window; further ones get a polite notice.
  FACTBOT_RATE_LIMIT: withDefault(numberIn(1, 1000), 6),
  FACTBOT_RATE_WINDOW_SECONDS: withDefault(numberIn(1, 86_400), 60),
  // In fact-check channels the bot answers unasked: only when the engine is at least this sure.
  FACTBOT_CHANNEL_MIN_CONFIDENCE: withDefault(numberIn(0, 1, false), 0.9),
  // Pause between starting two shards: Discord allows one IDENTIFY per 5 s (max_concurrency 1).
  FACTBOT_SHARD_SPAWN_DELAY_MS: withDefault(numberIn(0, 60_000), 5500),
  // On SIGTERM/SIGINT: how long replies in flight may take before the bot stops anyway.
  FACTBOT_SHUTDOWN_TIMEOUT_MS: withDefault(numberIn(0, 120_000), 10_000),
  ...deskEnvRules,
  // Health and metrics (/healthz, /metrics) on this port; 0 picks a free one (logged). Unset: off.
  FACTBOT_HTTP_PORT: optional(numberIn(0, 65_535)),
  // Loopback only unless told otherwise (e.g. 0.0.0.0 in a container).
  FACTBOT_HTTP_HOST: withDefault(matching(/^[\w.:-]+$/, 'must be a host name or IP address'), '127.0.0.1'),
  // The bot backs the database up on this schedule (into backups/ next to it), keeping the newest FACTBOT_BACKUP_KEEP.
  FACTBOT_BACKUP_EVERY: optional(duration),
  FACTBOT_BACKUP_KEEP: withDefault(numberIn(1, 1000), 14),
  // ClaimReview: the public verdict pages' base address, and the organisation that publishes them.
  FACTBOT_PUBLIC_URL: optional(httpUrl),
  FACTBOT_PUBLISHER_NAME: optional(trimmed(1, 100)),
  FACTBOT_PUBLISHER_URL: optional(httpUrl),
};

type EnvRules = typeof envRules;
export type Config = { [K in keyof EnvRules]: ReturnType<EnvRules[K]> };

/** Every variable factbot reads (for checks that docs and deployment files name only these). */
export const CONFIG_VARIABLES = Object.keys(envRules) as Array<keyof Config>;

/** The key of a configuration error: its details name each wrong variable (and never its value). */
export const CONFIG_ERROR = 'cli.configError';

function configError(problems: string[]): LocalizedError {
  return new LocalizedError(CONFIG_ERROR, {}, problems.map(textDetail), `configuration error:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}

/**
 * Reads and validates the environment once, at start-up. Messages name the variable but never
 * echo its value (it may be a secret).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, rule] of Object.entries(envRules) as Array<[string, Rule<unknown>]>) {
    try {
      config[name] = rule(env[name]);
    } catch (error) {
      if (!(error instanceof InvalidValue)) throw error;
      problems.push(`${name}: ${error.message}`);
    }
  }
  if (problems.length) throw configError(problems);
  const valid = config as Config;
  const deskProblems = deskConfigProblems(valid);
  if (deskProblems.length) throw configError(deskProblems);
  return valid;
}
