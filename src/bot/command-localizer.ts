import type { LocalizationMap } from 'discord.js';
import type { Translate } from '../i18n/translator.js';
import { DISCORD_NORWEGIAN } from './discord-locale.js';

/**
 * Names and descriptions of commands for Discord, from locales/<lang>/discord.json: the English
 * text is the default, the Norwegian one the `no` localization.
 */
export class CommandLocalizer {
  /** Every key asked for, so a test can check each exists in both languages. */
  readonly usedKeys = new Set<string>();

  constructor(private readonly t: Translate) {}

  /** `{ name, name_localizations }` for `discord.commands.<path>.name`. */
  name(path: string): { name: string; name_localizations: LocalizationMap } {
    const [name, no] = this.pair(`discord.commands.${path}.name`);
    return { name, name_localizations: { [DISCORD_NORWEGIAN]: no } };
  }

  /** `{ description, description_localizations }` for `discord.commands.<path>.description`. */
  description(path: string): { description: string; description_localizations: LocalizationMap } {
    const [description, no] = this.pair(`discord.commands.${path}.description`);
    return { description, description_localizations: { [DISCORD_NORWEGIAN]: no } };
  }

  /** Name and description of a command or option together. */
  both(path: string) {
    return { ...this.name(path), ...this.description(path) };
  }

  private pair(key: string): [string, string] {
    this.usedKeys.add(key);
    return [this.t(key, 'en'), this.t(key, 'nb')];
  }
}
