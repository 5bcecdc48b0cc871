import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs go to stderr, so stdout stays clean for answers (and JSON lines with --json).
 * The token is redacted wherever it might appear.
 */
export function createLogger(level: string = 'info'): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'DISCORD_TOKEN'], censor: '[redacted]' },
    },
    pino.destination({ dest: 2, sync: true }),
  );
}
