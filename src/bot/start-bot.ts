import type { Config } from '../config/env.js';
import { createLogger } from '../logging/logger.js';
import { runBotProcess } from './run-bot.js';
import { runShardManager } from './sharding.js';

/**
 * `npm start` with DISCORD_TOKEN: the bot in this process, or — with FACTBOT_SHARDS (a number or
 * "auto") — a sharding manager with one process per shard. Commands are not deployed here: that
 * is `npm run deploy-commands`.
 */
export async function startBot(config: Config): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  if (config.FACTBOT_SHARDS !== undefined) await runShardManager(config, logger);
  else await runBotProcess(config, logger);
}
