import { test } from 'vitest';
import { measureDiscordLatency } from '../support/discord-latency.js';

// `npm run latency:discord` (not part of `npm test`): prints message-event-to-REST-reply latency.
// LATENCY_QUESTIONS (500), LATENCY_INTERVAL_MS (25; 0 = as fast as replies come), LATENCY_MODES,
// LATENCY_FLOOR (1: also the bare discord.js floor bot, the default; 0: factbot only), LATENCY_BOT (another
// build's main.js to measure instead of dist/main.js, e.g. the commit before a change).
test('Discord reply latency through the local Discord', { timeout: 600_000 }, async () => {
  const count = Number(process.env.LATENCY_QUESTIONS ?? 500);
  const intervalMs = Number(process.env.LATENCY_INTERVAL_MS ?? 25);
  for (const mode of (process.env.LATENCY_MODES ?? 'process,in-process').split(',') as Array<'process' | 'in-process'>) {
    const floor = process.env.LATENCY_FLOOR !== '0';
    const result = await measureDiscordLatency({ count, mode, intervalMs, floor, log: (line) => process.stdout.write(`${line}\n`) });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
});
