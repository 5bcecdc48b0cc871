import type { Config } from '../config/env.js';

/** Placeholder until the Discord adapter lands (issue: the Discord bot). */
export async function startBot(_config: Config): Promise<void> {
  throw new Error('the Discord bot is not built yet');
}
