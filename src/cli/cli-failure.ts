import type { TranslationKey } from '../i18n/translator.js';

/** An expected failure of a command: a locale key and its values, shown to the user on stderr. */
export class CliFailure extends Error {
  constructor(
    readonly key: TranslationKey,
    readonly values: Record<string, unknown> = {},
    readonly details: string[] = [],
  ) {
    super(key);
    this.name = 'CliFailure';
  }
}
