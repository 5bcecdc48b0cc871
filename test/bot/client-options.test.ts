import { GatewayIntentBits, Partials } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { clientOptions, gatewayIntents } from '../../src/bot/client-options.js';
import { langFromLocale } from '../../src/bot/discord-locale.js';
import { loadConfig } from '../../src/config/env.js';

describe('client options', () => {
  it('asks for Message Content only when there are fact-check channels', () => {
    const base = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
    expect(gatewayIntents({ FACTBOT_CHANNELS: [] })).toEqual(base);
    expect(gatewayIntents({ FACTBOT_CHANNELS: ['111111111111111111'] })).toEqual([...base, GatewayIntentBits.MessageContent]);
  });

  it('uses the Channel partial for DMs, pings no one by default, and talks to DISCORD_API_BASE', () => {
    const options = clientOptions({ FACTBOT_CHANNELS: [], DISCORD_API_BASE: 'http://127.0.0.1:9/api' });
    expect(options.partials).toEqual([Partials.Channel]);
    expect(options.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(options.rest?.api).toBe('http://127.0.0.1:9/api');
  });

  it('maps Discord locales to answer languages', () => {
    expect(langFromLocale('no')).toBe('nb');
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('sv-SE')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
});

describe('bot configuration', () => {
  it('has defaults for the rate limit, channel confidence, shard spawn delay and shutdown timeout', () => {
    expect(loadConfig({})).toMatchObject({
      FACTBOT_RATE_LIMIT: 6,
      FACTBOT_RATE_WINDOW_SECONDS: 60,
      FACTBOT_CHANNEL_MIN_CONFIDENCE: 0.9,
      FACTBOT_SHARD_SPAWN_DELAY_MS: 5500,
      FACTBOT_SHUTDOWN_TIMEOUT_MS: 10_000,
    });
    expect(loadConfig({ FACTBOT_SHARDS: 'auto' }).FACTBOT_SHARDS).toBe('auto');
    expect(loadConfig({ FACTBOT_SHARDS: '2' }).FACTBOT_SHARDS).toBe(2);
  });

  it('names malformed bot variables', () => {
    try {
      loadConfig({ FACTBOT_RATE_LIMIT: '0', FACTBOT_SHARDS: 'many', FACTBOT_CHANNEL_MIN_CONFIDENCE: '2' });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['FACTBOT_RATE_LIMIT', 'FACTBOT_SHARDS', 'FACTBOT_CHANNEL_MIN_CONFIDENCE']) expect(message).toContain(name);
    }
  });
});
