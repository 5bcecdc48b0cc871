import type { LocalizationMap } from 'discord.js';
import type { Translate } from '../i18n/translator.js';
import { DISCORD_NORWEGIAN } from './discord-locale.js';

/**
 * Names and descriptions of commands for Discord, from locales/<lang>/*.json: the English text is
 * the default, the Norwegian one the `no` localization. Keys are `<root>.<path>.name` and
 * `<root>.<path>.description`; the members' commands live under `discord.commands`
 * (locales/<lang>/discord.json), the admin group /kb under `kb.commands` (locales/<lang>/kb.json).
 */
export class CommandLocalizer {
  /** Every key asked for, so a test can check each exists in both languages. */
  readonly usedKeys: Set<string>;

  constructor(
    private readonly t: Translate,
    private readonly root = 'discord.commands',
    usedKeys?: Set<string>,
  ) {
    this.usedKeys = usedKeys ?? new Set<string>();
  }

  /** The same localizer for texts under another root (e.g. `kb.commands`), recording into the same key set. */
  under(root: string): CommandLocalizer {
    return new CommandLocalizer(this.t, root, this.usedKeys);
  }

  /** `{ name, name_localizations }` for `<root>.<path>.name`. */
  name(path: string): { name: string; name_localizations: LocalizationMap } {
    const [name, no] = this.pair(`${this.root}.${path}.name`);
    return { name, name_localizations: { [DISCORD_NORWEGIAN]: no } };
  }

  /** `{ description, description_localizations }` for `<root>.<path>.description`. */
  description(path: string): { description: string; description_localizations: LocalizationMap } {
    const [description, no] = this.pair(`${this.root}.${path}.description`);
    return { description, description_localizations: { [DISCORD_NORWEGIAN]: no } };
  }

  /** Name and description of a command or option together. */
  both(path: string) {
    return { ...this.name(path), ...this.description(path) };
  }

  /** A choice of an option, its name from any locale key (e.g. `status.unproven`). */
  choice<V extends string | number>(key: string, value: V): { name: string; name_localizations: LocalizationMap; value: V } {
    const [name, no] = this.pair(key);
    return { name, name_localizations: { [DISCORD_NORWEGIAN]: no }, value };
  }

  private pair(key: string): [string, string] {
    this.usedKeys.add(key);
    return [this.t(key, 'en'), this.t(key, 'nb')];
  }
}
