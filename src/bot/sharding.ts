import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import { startBackupSchedule } from '../admin/backup-schedule.js';
import { openKnowledgeBase } from '../app/open-knowledge-base.js';
import type { Config } from '../config/env.js';
import { createTranslator } from '../i18n/translator.js';
import type { Logger } from '../logging/logger.js';
import { managerEndpoints } from '../ops/shard-reports.js';
import { describeProblem, reportToOperator, type OperatorMessage } from './operator-message.js';
import { isTokenRejected, startOpsServerOrExit } from './run-bot.js';

/** The script each shard process runs (dist/bot/shard-main.js next to this file). */
const SHARD_SCRIPT = fileURLToPath(new URL('./shard-main.js', import.meta.url));

/**
 * FACTBOT_SHARDS set: discord.js's ShardingManager runs one process per shard, all on the same
 * database. This process checks the token, migrates the database once, starts the shards one
 * after another, restarts a shard that crashes, and on SIGTERM/SIGINT stops them all (each
 * finishes its replies) and exits 0.
 */
export async function runShardManager(config: Config, logger: Logger): Promise<void> {
  const t = createTranslator();
  const token = config.DISCORD_TOKEN!;
  const fail = (message: OperatorMessage): never => {
    reportToOperator(t, logger, message);
    process.exit(1);
  };

  let gateway: RESTGetAPIGatewayBotResult;
  try {
    const rest = new REST({ api: config.DISCORD_API_BASE }).setToken(token);
    gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    return fail(
      isTokenRejected(error) ? { key: 'tokenRejected' } : { key: 'connectFailed', values: { api: config.DISCORD_API_BASE, problem: describeProblem(error) } },
    );
  }
  let kb: ReturnType<typeof openKnowledgeBase>;
  try {
    kb = openKnowledgeBase(config.FACTBOT_DB);
  } catch (error) {
    return fail({ key: 'databaseFailed', values: { file: config.FACTBOT_DB, problem: describeProblem(error) } });
  }
  // The manager keeps a connection only for scheduled backups (one process makes them, not every shard).
  const backups = startBackupSchedule(config, { ...kb, translate: t }, logger);
  if (!backups) kb.db.close();

  const total = config.FACTBOT_SHARDS === 'auto' ? gateway.shards : config.FACTBOT_SHARDS!;
  // Restarts are turned on once every shard has started: a shard that fails to start is fatal.
  const manager = new ShardingManager(SHARD_SCRIPT, { token, totalShards: total, mode: 'process', respawn: false });
  const ops =
    config.FACTBOT_HTTP_PORT === undefined
      ? undefined
      : await startOpsServerOrExit(
          config,
          logger,
          t,
          managerEndpoints(
            config.FACTBOT_DB,
            () => total,
            () => manager.shards.values(),
          ),
        );
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: total }, 'shard started');
    shard.on('death', (child) => {
      const exitCode = (child as ChildProcess).exitCode;
      if (stopping) logger.info({ shard: shard.id, exitCode }, 'shard stopped');
      else logger.warn({ shard: shard.id, exitCode, restart: manager.respawn }, 'shard exited');
    });
  });

  const stopAll = async (reason: string, exitCode: number): Promise<never> => {
    if (stopping) return new Promise<never>(() => {});
    stopping = true;
    manager.respawn = false;
    logger.info({ reason, shards: manager.shards.size }, 'stopping all shards');
    await ops?.close();
    await backups?.stop();
    if (kb.db.open) kb.db.close();
    const codes = await Promise.all(manager.shards.map((shard) => stopShard(shard)));
    const failed = codes.filter((c) => c !== 0 && c !== null).length;
    logger.info({ failed }, 'stopped');
    process.exit(exitCode || (failed ? 1 : 0));
  };
  process.on('SIGTERM', () => void stopAll('SIGTERM', 0));
  process.on('SIGINT', () => void stopAll('SIGINT', 0));

  try {
    await spawnShards(manager, total, config.FACTBOT_SHARD_SPAWN_DELAY_MS);
  } catch (error) {
    if (stopping) return;
    reportToOperator(t, logger, { key: 'shardsFailed', values: { problem: describeProblem(error) } });
    await stopAll('a shard failed to start', 1);
  }
  if (stopping) return;
  manager.respawn = true;
  logger.info({ shards: total }, 'all shards ready');
}

const READY_TIMEOUT_MS = 60_000;

/**
 * Starts the shards: one after another, `delayMs` apart, each ready before the next (Discord's
 * one-IDENTIFY-per-5-s rule); with no delay (max_concurrency > 1, or a local Discord) all at once.
 */
async function spawnShards(manager: ShardingManager, amount: number, delayMs: number): Promise<void> {
  if (delayMs > 0) {
    await manager.spawn({ amount, delay: delayMs, timeout: READY_TIMEOUT_MS });
    return;
  }
  const readies: Array<Promise<void>> = [];
  const onCreate = (shard: Shard) =>
    readies.push(
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`shard ${shard.id} was not ready within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
        shard.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
        shard.once('death', () => {
          clearTimeout(timer);
          reject(new Error(`shard ${shard.id} exited before it was ready`));
        });
      }),
    );
  manager.on('shardCreate', onCreate);
  try {
    // timeout -1: discord.js returns as soon as each process is forked.
    await manager.spawn({ amount, delay: 0, timeout: -1 });
    await Promise.all(readies);
  } finally {
    manager.off('shardCreate', onCreate);
  }
}

/** Asks one shard to stop (SIGTERM: it finishes its replies) and waits for its exit code. */
function stopShard(shard: Shard): Promise<number | null> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child?.exitCode ?? null);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
