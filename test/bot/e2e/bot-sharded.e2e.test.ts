import { expect, it } from 'vitest';
import { startShardedBot, type SpawnedBot } from '../../support/bot-harness.js';
import { describeBotScenarios } from './scenarios.js';

// The same scenarios against `npm start` with FACTBOT_SHARDS=2: discord.js's ShardingManager runs
// one process per shard on one database; the two guilds are on different shards, DMs on shard 0.
const context = describeBotScenarios('the Discord bot (two shards, ShardingManager)', (fake) => startShardedBot(fake));

it('ran two shard processes, each identifying as its shard, and SIGTERM stopped them all with exit code 0', { timeout: 60_000 }, async () => {
  const { fake, bot } = context();
  const identifies = fake.gateway.events.filter((e) => e.type === 'identify').map((e) => e.shard);
  expect(identifies).toEqual(
    expect.arrayContaining([
      [0, 2],
      [1, 2],
    ]),
  );
  expect(identifies).toHaveLength(2);
  // The scenarios' afterAll sent SIGTERM to the manager.
  expect(await (bot as SpawnedBot).exited).toBe(0);
  const stopped = bot.logs.filter((l) => l.json?.msg === 'shard stopped');
  expect(stopped.map((l) => l.json!.exitCode)).toEqual([0, 0]);
  expect(bot.logs.filter((l) => l.json?.msg === 'stopped' && l.json.shard !== undefined)).toHaveLength(2);
});
