import { DiscordAPIError, DiscordjsErrorCodes } from 'discord.js';
import { startBackupSchedule } from '../admin/backup-schedule.js';
import { createApp, type FactbotApp } from '../app/factbot-app.js';
import type { Config } from '../config/env.js';
import type { Translate } from '../i18n/translator.js';
import type { Logger } from '../logging/logger.js';
import { startOpsServer, type OpsEndpoints, type OpsServer } from '../ops/ops-server.js';
import { answerReportRequests } from '../ops/shard-reports.js';
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
export async function runBotProcess(config: Config, logger: Logger, options: { shard?: boolean } = {}): Promise<void> {
  let app: FactbotApp;
  try {
    // Prepared: the first members after a start are answered as fast as the rest.
    app = createApp(config, { engine: { prepare: true } });
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
      await ops?.close();
      await backups?.stop();
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
  let ops: OpsServer | undefined;
  // Backups on a schedule: in this process, or (sharded) in the manager only.
  const backups = options.shard ? undefined : startBackupSchedule(config, app, logger, () => bot.metrics.error('backup'));
  // One process answers /healthz and /metrics: this one, or (sharded) the manager, asking each shard.
  if (options.shard) {
    answerReportRequests(async () => ({ health: bot.health(), metrics: await bot.metrics.registry.getMetricsAsJSON() }));
  } else if (config.FACTBOT_HTTP_PORT !== undefined) {
    const registry = bot.metrics.registry;
    ops = await startOpsServerOrExit(config, logger, t, {
      health: () => Promise.resolve(bot.health()),
      metrics: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
    });
  }
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

/** The health and metrics server, or a clear message and exit code 1 (a port in use, say). */
export async function startOpsServerOrExit(config: Config, logger: Logger, t: Translate, endpoints: OpsEndpoints): Promise<OpsServer> {
  const host = config.FACTBOT_HTTP_HOST;
  const port = config.FACTBOT_HTTP_PORT!;
  try {
    return await startOpsServer(host, port, endpoints, logger);
  } catch (error) {
    reportToOperator(t, logger, { key: 'httpFailed', values: { host, port, problem: describeProblem(error) } });
    process.exit(1);
  }
}
