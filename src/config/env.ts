import { z } from 'zod';
import { DEFAULT_DB_FILE } from './project-paths.js';

const snowflake = z.string().regex(/^\d{15,22}$/, 'must be a Discord id (15 to 22 digits)');
const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
/** "a, b,c" → ["a", "b", "c"]; unset → []. */
const snowflakeList = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : []),
  z.array(snowflake),
);

const envSchema = z.object({
  FACTBOT_DB: z.preprocess(blankAsUndefined, z.string().default(DEFAULT_DB_FILE)),
  LOG_LEVEL: z.preprocess(
    blankAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  DISCORD_TOKEN: z.preprocess(blankAsUndefined, z.string().min(20, 'looks too short to be a bot token').optional()),
  DISCORD_APPLICATION_ID: z.preprocess(blankAsUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(blankAsUndefined, snowflake.optional()),
  DISCORD_API_BASE: z.preprocess(blankAsUndefined, z.url({ protocol: /^https?$/ }).default('https://discord.com/api')),
  FACTBOT_CHANNELS: snowflakeList,
  // The servers whose admins may change the knowledge base (/kb); without any, /kb is off.
  FACTBOT_ADMIN_GUILDS: snowflakeList,
  FACTBOT_ADMIN_ROLE: z.preprocess(blankAsUndefined, snowflake.optional()),
  FACTBOT_SHARDS: z.preprocess(
    blankAsUndefined,
    z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).optional(),
  ),
  // Who asked (user and channel ids) is removed from stored questions older than this; the wording stays.
  FACTBOT_RETENTION_DAYS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(3650).default(90)),
  // Discord bot: questions one user may ask per window; further ones get a polite notice.
  FACTBOT_RATE_LIMIT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(1000).default(6)),
  FACTBOT_RATE_WINDOW_SECONDS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(86_400).default(60)),
  // In fact-check channels the bot answers unasked: only when the engine is at least this sure.
  FACTBOT_CHANNEL_MIN_CONFIDENCE: z.preprocess(blankAsUndefined, z.coerce.number().min(0).max(1).default(0.75)),
  // Pause between starting two shards: Discord allows one IDENTIFY per 5 s (max_concurrency 1).
  FACTBOT_SHARD_SPAWN_DELAY_MS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(60_000).default(5500)),
  // On SIGTERM/SIGINT: how long replies in flight may take before the bot stops anyway.
  FACTBOT_SHUTDOWN_TIMEOUT_MS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(120_000).default(10_000)),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration error:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once, at start-up. Messages name the variable but never
 * echo its value (it may be a secret).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}
