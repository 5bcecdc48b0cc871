import { uiLanguage } from '../i18n/ui-language.js';
import { loadConfig, type Config } from '../config/env.js';
import { errorText, LocalizedError } from '../errors/localized-error.js';
import type { KeysUnder, Translate } from '../i18n/translator.js';
import type { Lang } from '../kb/languages.js';
import type { Logger } from '../logging/logger.js';

/** Something the person running the bot must be told: a `discord.operator.*` key and its values. */
export interface OperatorMessage {
  key: KeysUnder<'discord.operator'>;
  values?: Record<string, unknown>;
}

/**
 * Tells the operator in plain words on stderr (in the system locale's language), and logs the
 * same in English as a structured record. Never includes the token.
 */
export function reportToOperator(t: Translate, logger: Logger, message: OperatorMessage, level: 'fatal' | 'error' = 'fatal'): void {
  const values = message.values ?? {};
  logger[level]({ problem: message.key, ...values }, t(`discord.operator.${message.key}`, 'en', values));
  process.stderr.write(`factbot: ${t(`discord.operator.${message.key}`, uiLanguage(process.env), values)}\n`);
}

/** A short, token-free description of an error for operator messages. */
export function describeProblem(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** For the scripts: the validated config, or undefined after naming each wrong variable on stderr. */
export function loadConfigOrExplain(t: Translate, lang: Lang): Config | undefined {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof LocalizedError)) throw error;
    process.stderr.write(`${errorText(error, lang, t)}\n`);
    return undefined;
  }
}
