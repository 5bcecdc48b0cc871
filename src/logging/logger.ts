import { createRequire } from 'node:module';
import type * as Pino from 'pino';
import type { DestinationStream, Logger } from 'pino';

export type { Logger };

// pino takes a noticeable part of a command's start-up; load it only when a logger is made.
const require = createRequire(import.meta.url);

/**
 * Structured logs go to stderr, so stdout stays clean for answers (and JSON lines with --json).
 * The token is redacted wherever it might appear.
 */
export function createLogger(level: string = 'info', destination?: DestinationStream): Logger {
  const { pino } = require('pino') as typeof Pino;
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'DISCORD_TOKEN'], censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}
