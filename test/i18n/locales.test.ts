import { describe, expect, it } from 'vitest';
import { readLocales } from '../../src/i18n/translator.js';
import { STATUSES } from '../../src/kb/statuses.js';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

// i18next plural forms differ by language; compare keys without them.
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('locales', () => {
  const locales = readLocales();

  it('has every key in both Norwegian and English', () => {
    const nb = new Set(keys(locales.nb).map(withoutPlural));
    const en = new Set(keys(locales.en).map(withoutPlural));
    expect([...nb].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !nb.has(k))).toEqual([]);
  });

  it('has no empty strings', () => {
    for (const lang of ['nb', 'en'] as const)
      for (const key of keys(locales[lang])) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], locales[lang]);
        expect(typeof value === 'string' && value.trim().length > 0, `${lang} ${key}`).toBe(true);
      }
  });

  it('has a word for every status in both languages', () => {
    for (const lang of ['nb', 'en'] as const) expect(Object.keys((locales[lang] as { status: object }).status).sort()).toEqual([...STATUSES].sort());
    expect((locales.nb as { status: Record<string, string> }).status.unproven).toBe('Ubekreftet');
    expect((locales.en as { status: Record<string, string> }).status.unproven).toBe('Unproven');
  });
});
