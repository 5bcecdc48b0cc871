import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n } from 'i18next';
import { LOCALES_DIR } from '../config/project-paths.js';
import { LANGS, type Lang } from '../kb/languages.js';
import type { TranslationKey } from './locale-keys.js';

export type { KeysUnder, TranslationKey } from './locale-keys.js';

/** Every user-visible string goes through this: a key, a language, and the values to fill in. */
export type Translate = (key: TranslationKey, lang: Lang, values?: Record<string, unknown>) => string;

export type LocaleResources = Record<Lang, Record<string, unknown>>;

/**
 * locales/<lang>/<part>.json, one file per part of the product (answer, cli, discord, admin …);
 * a file's keys are reached as "<part>.<key>".
 */
export function readLocales(dir: string = LOCALES_DIR): LocaleResources {
  const read = (lang: Lang): Record<string, unknown> =>
    Object.fromEntries(
      fs
        .readdirSync(path.join(dir, lang))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => [path.basename(f, '.json'), JSON.parse(fs.readFileSync(path.join(dir, lang, f), 'utf8'))]),
    );
  return { nb: read('nb'), en: read('en') };
}

/** An i18next instance of our own (no global singleton), initialised synchronously. */
export function createI18n(resources: LocaleResources = readLocales()): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(LANGS.map((lang) => [lang, { translation: resources[lang] }])),
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    initAsync: false,
    // Answers are plain text and Discord markdown, not HTML: nothing to escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function createTranslator(instance: i18n = createI18n()): Translate {
  const fixed = { nb: instance.getFixedT('nb'), en: instance.getFixedT('en') };
  // A text without values is looked up once per key and language (the resources do not change once
  // loaded): an i18next lookup costs more than laying out the rest of a Discord answer.
  const plain = { nb: new Map<string, string>(), en: new Map<string, string>() };
  return (key, lang, values) => {
    if (values !== undefined) {
      const filled: string = fixed[lang](key, values);
      return filled;
    }
    let text = plain[lang].get(key);
    if (text === undefined) {
      const looked: string = fixed[lang](key, {});
      plain[lang].set(key, (text = looked));
    }
    return text;
  };
}

/**
 * "A, B and C" / "A, B og C", as Intl.ListFormat writes them, from locales/<lang>/list.json: a
 * first Intl.ListFormat costs 40-90 ms of a start (loading the locale's list rules), more than
 * the rest of answering one question.
 */
export function formatList(items: readonly string[], lang: Lang, t: Translate): string {
  if (items.length < 2) return items[0] ?? '';
  if (items.length === 2) return t('list.pair', lang, { first: items[0], second: items[1] });
  return t('list.last', lang, { rest: items.slice(0, -1).join(t('list.separator', lang)), last: items.at(-1) });
}
