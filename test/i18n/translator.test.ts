import { describe, expect, it } from 'vitest';
import { createTranslator, formatList } from '../../src/i18n/translator.js';

describe('the translator', () => {
  const t = createTranslator();

  // Texts without values are remembered after their first lookup: each language keeps its own.
  it('gives each language its own text, the same on every call', () => {
    const first = [t('discord.buttons.useful', 'en'), t('discord.buttons.useful', 'nb')];
    expect(first[0]).not.toBe(first[1]);
    expect([t('discord.buttons.useful', 'en'), t('discord.buttons.useful', 'nb')]).toEqual(first);
    expect(t('status.unproven', 'nb')).toBe('Ubekreftet');
    expect(t('status.unproven', 'en')).toBe('Unproven');
  });

  it('fills in values on every call, and a lookup without them is not taken for one with them', () => {
    const a = t('discord.rateLimited', 'en', { seconds: 3 });
    const b = t('discord.rateLimited', 'en', { seconds: 7 });
    expect(a).toContain('3');
    expect(b).toContain('7');
    expect(t('discord.rateLimited', 'en', { seconds: 3 })).toBe(a);
  });

  // Written from locales/ rather than by Intl.ListFormat (slow to load): the same text.
  it('writes a list as Intl.ListFormat writes it in each language', () => {
    const names = ['the White House', 'Planet Labs', '38 North', 'TV 2', 'John Kirby'];
    for (const [lang, locale] of [
      ['nb', 'nb-NO'],
      ['en', 'en'],
    ] as const) {
      const intl = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
      for (let n = 1; n <= names.length; n++) expect(formatList(names.slice(0, n), lang, t)).toBe(intl.format(names.slice(0, n)));
    }
    expect(formatList([], 'en', t)).toBe('');
  });
});
