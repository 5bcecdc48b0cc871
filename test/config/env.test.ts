import { describe, expect, it } from 'vitest';
import { CONFIG_ERROR, loadConfig } from '../../src/config/env.js';
import { describeError, LocalizedError } from '../../src/errors/localized-error.js';
import { createTranslator } from '../../src/i18n/translator.js';

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
      expect(error).toBeInstanceOf(LocalizedError);
      expect((error as LocalizedError).key).toBe(CONFIG_ERROR);
      // What the user is shown: one line per wrong variable.
      const shown = describeError(error as LocalizedError, 'en', createTranslator()).details.join('\n');
      for (const name of ['DISCORD_TOKEN', 'FACTBOT_CHANNELS', 'DISCORD_API_BASE']) expect(shown).toContain(name);
      expect(shown).not.toContain('tiny');
      const message = (error as LocalizedError).message;
      expect(message).toContain('DISCORD_TOKEN');
      expect(message).toContain('FACTBOT_CHANNELS');
      expect(message).toContain('DISCORD_API_BASE');
      expect(message).not.toContain('tiny');
    }
  });

  it('reads the operating variables: health port and host, backup schedule, ClaimReview publisher', () => {
    const defaults = loadConfig({});
    expect(defaults).toMatchObject({ FACTBOT_HTTP_HOST: '127.0.0.1', FACTBOT_BACKUP_KEEP: 14 });
    expect(defaults.FACTBOT_HTTP_PORT).toBeUndefined();
    expect(defaults.FACTBOT_BACKUP_EVERY).toBeUndefined();
    const config = loadConfig({
      FACTBOT_HTTP_PORT: '9464',
      FACTBOT_HTTP_HOST: '0.0.0.0',
      FACTBOT_BACKUP_EVERY: '6h',
      FACTBOT_BACKUP_KEEP: '3',
      FACTBOT_PUBLIC_URL: 'https://facts.example.org',
      FACTBOT_PUBLISHER_NAME: 'Example Fact Desk',
    });
    expect(config).toMatchObject({ FACTBOT_HTTP_PORT: 9464, FACTBOT_HTTP_HOST: '0.0.0.0', FACTBOT_BACKUP_EVERY: 6 * 3_600_000, FACTBOT_BACKUP_KEEP: 3 });
    expect(loadConfig({ FACTBOT_BACKUP_EVERY: '30m' }).FACTBOT_BACKUP_EVERY).toBe(30 * 60_000);
    for (const [name, value] of [
      ['FACTBOT_BACKUP_EVERY', 'often'],
      ['FACTBOT_BACKUP_EVERY', '10s'],
      ['FACTBOT_BACKUP_KEEP', '0'],
      ['FACTBOT_HTTP_PORT', '70000'],
      ['FACTBOT_HTTP_HOST', 'a host; rm -rf'],
      ['FACTBOT_PUBLIC_URL', 'ftp://facts.example.org'],
      ['FACTBOT_PUBLISHER_URL', 'not a url'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(new RegExp(`${name}:`));
    }
  });
});
