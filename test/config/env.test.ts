import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.js';

describe('loadConfig', () => {
  it('has defaults for everything optional', () => {
    const config = loadConfig({});
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.FACTBOT_DB).toMatch(/factbot\.db$/);
    expect(config.DISCORD_API_BASE).toBe('https://discord.com/api');
    expect(config.FACTBOT_CHANNELS).toEqual([]);
  });

  it('parses channel lists and treats blank values as unset', () => {
    const config = loadConfig({ FACTBOT_CHANNELS: '111111111111111111, 222222222222222222', DISCORD_GUILD_ID: ' ' });
    expect(config.FACTBOT_CHANNELS).toEqual(['111111111111111111', '222222222222222222']);
    expect(config.DISCORD_GUILD_ID).toBeUndefined();
  });

  it('names every wrong variable and never repeats a value', () => {
    try {
      loadConfig({ DISCORD_TOKEN: 'tiny', FACTBOT_CHANNELS: 'general', DISCORD_API_BASE: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('DISCORD_TOKEN');
      expect(message).toContain('FACTBOT_CHANNELS');
      expect(message).toContain('DISCORD_API_BASE');
      expect(message).not.toContain('tiny');
    }
  });
});
