import { DiscordAPIError, DiscordjsErrorCodes } from 'discord.js';
import { createApp, type FactbotApp } from '../app/factbot-app.js';
import type { Config } from '../config/env.js';
import type { Logger } from '../logging/logger.js';
import { FactBot, FatalConnectionError } from './factbot-bot.js';
import { describeProblem, reportToOperator, type OperatorMessage } from './operator-message.js';

/** True for discord.js's "invalid token" (GET /gateway/bot answered 401) and REST 401s. */
export function isTokenRejected(error: unknown): boolean {
  if (error instanceof DiscordAPIError) return error.status === 401;
  return (error as { code?: unknown } | null)?.code === DiscordjsErrorCodes.TokenInvalid;
}

/**
 * One bot process (the whole bot, or one shard under the sharding manager): opens the database,
 * connects, and stops cleanly on SIGTERM/SIGINT (or when the sharding manager goes away) —
 * replies in flight are finished, the database closed, exit code 0. A refused token or a
 * connection that cannot go on ends it with a clear message and exit code 1.
 */
export async function runBotProcess(config: Config, logger: Logger): Promise<void> {
  let app: FactbotApp;
  try {
    app = createApp(config);
  } catch (error) {
    const { createTranslator } = await import('../i18n/translator.js');
    reportToOperator(createTranslator(), logger, { key: 'databaseFailed', values: { file: config.FACTBOT_DB, problem: describeProblem(error) } });
    process.exit(1);
  }
  const t = app.translate;
  let stopping: Promise<never> | undefined;
  const shutdown = (reason: string, exitCode: number): Promise<never> => {
    if (stopping) {
      logger.info({ reason }, 'already shutting down');
      return stopping;
    }
    stopping = (async () => {
      logger.info({ reason, repliesInFlight: bot.inFlightCount }, 'shutting down');
      const { unfinished } = await bot.stop(config.FACTBOT_SHUTDOWN_TIMEOUT_MS).catch((error: unknown) => {
        logger.error({ err: error }, 'error while disconnecting');
        return { unfinished: bot.inFlightCount };
      });
      app.close();
      if (unfinished) logger.warn({ unfinished }, 'stopped before every reply was finished');
      logger.info({ exitCode }, 'stopped');
      process.exit(exitCode);
    })();
    return stopping;
  };
  const fatal = (message: OperatorMessage): void => {
    reportToOperator(t, logger, message);
    void shutdown(message.key, 1);
  };
  const bot = new FactBot({ config, app, logger, onFatal: fatal });
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  // Under the sharding manager: if it goes away, so does this shard.
  if (process.send) process.on('disconnect', () => void shutdown('sharding manager disconnected', 0));

  try {
    await bot.start();
  } catch (error) {
    if (stopping) return;
    fatal(
      error instanceof FatalConnectionError
        ? error.operatorMessage
        : isTokenRejected(error)
          ? { key: 'tokenRejected' }
          : { key: 'connectFailed', values: { api: config.DISCORD_API_BASE, problem: describeProblem(error) } },
    );
  }
}
