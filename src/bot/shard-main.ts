#!/usr/bin/env node
/** One shard's process, started by the sharding manager (which sets SHARDS and SHARD_COUNT). */
import { loadConfig } from '../config/env.js';
import { createLogger } from '../logging/logger.js';
import { runBotProcess } from './run-bot.js';

const config = loadConfig();
await runBotProcess(config, createLogger(config.LOG_LEVEL).child({ shard: Number(process.env.SHARDS) }), { shard: true });
