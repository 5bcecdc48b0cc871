import type { ParseKeys } from 'i18next';
import type admin from '../../locales/en/admin.json';
import type answer from '../../locales/en/answer.json';
import type cli from '../../locales/en/cli.json';
import type conversation from '../../locales/en/conversation.json';
import type desk from '../../locales/en/desk.json';
import type discord from '../../locales/en/discord.json';
import type kb from '../../locales/en/kb.json';
import type list from '../../locales/en/list.json';
import type status from '../../locales/en/status.json';

/**
 * The locale files' shape: locales/<lang>/<part>.json is reached as "<part>.<key>". Typed from the
 * English files (test/i18n/locales.test.ts checks that Norwegian has the same keys), so a key that
 * is not in them fails `npm run typecheck`.
 */
export interface LocaleMessages {
  admin: typeof admin;
  answer: typeof answer;
  cli: typeof cli;
  conversation: typeof conversation;
  desk: typeof desk;
  discord: typeof discord;
  kb: typeof kb;
  list: typeof list;
  status: typeof status;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: LocaleMessages };
  }
}

/** Every key a message can be looked up by (a plural's key without its _one/_other). */
export type TranslationKey = ParseKeys;

/** The keys below a prefix, without it: `KeysUnder<'discord.operator'>` is 'tokenRejected' | … (for keys built at run time). */
export type KeysUnder<Prefix extends string> = TranslationKey extends infer Key ? (Key extends `${Prefix}.${infer Rest}` ? Rest : never) : never;
