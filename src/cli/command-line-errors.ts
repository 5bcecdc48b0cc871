import type { KeysUnder, Translate } from '../i18n/translator.js';
import type { Lang } from '../kb/languages.js';

/**
 * commander writes its usage errors in English; these are the ones a user meets, by their shape,
 * with the locale key that says the same. Anything else is passed on as commander wrote it.
 */
const ERRORS: Array<[RegExp, KeysUnder<'cli.commandLine.errors'>, (m: RegExpMatchArray) => Record<string, string>]> = [
  [/^error: unknown command '(.+?)'/, 'unknownCommand', (m) => ({ command: m[1]! })],
  [/^error: unknown option '(.+?)'/, 'unknownOption', (m) => ({ option: m[1]! })],
  [/^error: missing required argument '(.+?)'/, 'missingArgument', (m) => ({ argument: m[1]! })],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./, 'tooManyArguments', (m) => ({ expected: m[2]!, got: m[3]! })],
  [/^error: option '(.+?)' argument missing/, 'optionArgumentMissing', (m) => ({ option: m[1]! })],
  [/^error: required option '(.+?)' not specified/, 'requiredOption', (m) => ({ option: m[1]! })],
];

export function localizeCommandLineError(message: string, lang: Lang, t: Translate): string {
  for (const [pattern, key, values] of ERRORS) {
    const match = message.match(pattern);
    if (!match) continue;
    const suggestion = message.match(/\(Did you mean (.+?)\?\)/);
    const text = t(`cli.commandLine.errors.${key}`, lang, values(match));
    return `${text}${suggestion ? `\n${t('cli.commandLine.errors.didYouMean', lang, { suggestion: suggestion[1] })}` : ''}\n`;
  }
  return message;
}
