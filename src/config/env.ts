import { z } from 'zod';
import { LocalizedError, textDetail } from '../errors/localized-error.js';
import { blankAsUndefined, snowflake } from './env-values.js';
import { deskConfigProblems, deskEnvShape } from './desk-env.js';
import { DEFAULT_DB_FILE } from './project-paths.js';

/** "30m", "6h", "1d" (s, m, h, d) as milliseconds. */
const duration = z
  .string()
  .regex(/^\d+\s*[smhd]$/, 'must be a duration such as 30m, 6h or 1d')
  .transform((v) => Number(v.slice(0, -1).trim()) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[v.slice(-1) as 's'])
  .refine((ms) => ms >= 60_000 && ms <= 366 * 86_400_000, 'must be between 1m and 366d');
const httpUrl = z.url({ protocol: /^https?$/ });
/** "a, b,c" → ["a", "b", "c"]; unset → []. */
const snowflakeList = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  z.array(snowflake),
);

const envSchema = z.object({
  FACTBOT_DB: z.preprocess(blankAsUndefined, z.string().default(DEFAULT_DB_FILE)),
  LOG_LEVEL: z.preprocess(blankAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  DISCORD_TOKEN: z.preprocess(blankAsUndefined, z.string().min(20, 'looks too short to be a bot token').optional()),
  DISCORD_APPLICATION_ID: z.preprocess(blankAsUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(blankAsUndefined, snowflake.optional()),
  DISCORD_API_BASE: z.preprocess(blankAsUndefined, z.url({ protocol: /^https?$/ }).default('https://discord.com/api')),
  FACTBOT_CHANNELS: snowflakeList,
  // The servers whose admins may change the knowledge base (/kb); without any, /kb is off.
  FACTBOT_ADMIN_GUILDS: snowflakeList,
  FACTBOT_ADMIN_ROLE: z.preprocess(blankAsUndefined, snowflake.optional()),
  FACTBOT_SHARDS: z.preprocess(blankAsUndefined, z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).optional()),
  // Who asked (user and channel ids) is removed from stored questions older than this; the wording stays.
  FACTBOT_RETENTION_DAYS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(3650).default(90)),
  // Discord bot: questions one user may ask per window; further ones get a polite notice.
  FACTBOT_RATE_LIMIT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(1000).default(6)),
  FACTBOT_RATE_WINDOW_SECONDS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(86_400).default(60)),
  // In fact-check channels the bot answers unasked: only when the engine is at least this sure.
  FACTBOT_CHANNEL_MIN_CONFIDENCE: z.preprocess(blankAsUndefined, z.coerce.number().min(0).max(1).default(0.9)),
  // Pause between starting two shards: Discord allows one IDENTIFY per 5 s (max_concurrency 1).
  FACTBOT_SHARD_SPAWN_DELAY_MS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(60_000).default(5500)),
  // On SIGTERM/SIGINT: how long replies in flight may take before the bot stops anyway.
  FACTBOT_SHUTDOWN_TIMEOUT_MS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(120_000).default(10_000)),
  ...deskEnvShape,
  // Health and metrics (/healthz, /metrics) on this port; 0 picks a free one (logged). Unset: off.
  FACTBOT_HTTP_PORT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(65_535).optional()),
  // Loopback only unless told otherwise (e.g. 0.0.0.0 in a container).
  FACTBOT_HTTP_HOST: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .regex(/^[\w.:-]+$/, 'must be a host name or IP address')
      .default('127.0.0.1'),
  ),
  // The bot backs the database up on this schedule (into backups/ next to it), keeping the newest FACTBOT_BACKUP_KEEP.
  FACTBOT_BACKUP_EVERY: z.preprocess(blankAsUndefined, duration.optional()),
  FACTBOT_BACKUP_KEEP: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(1000).default(14)),
  // ClaimReview: the public verdict pages' base address, and the organisation that publishes them.
  FACTBOT_PUBLIC_URL: z.preprocess(blankAsUndefined, httpUrl.optional()),
  FACTBOT_PUBLISHER_NAME: z.preprocess(blankAsUndefined, z.string().trim().min(1).max(100).optional()),
  FACTBOT_PUBLISHER_URL: z.preprocess(blankAsUndefined, httpUrl.optional()),
});

export type Config = z.infer<typeof envSchema>;

/** Every variable factbot reads (for checks that docs and deployment files name only these). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape) as Array<keyof Config>;

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
  const result = envSchema.safeParse(env);
  if (result.success) {
    const problems = deskConfigProblems(result.data);
    if (problems.length) throw configError(problems);
    return result.data;
  }
  throw configError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}
