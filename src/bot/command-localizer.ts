import type { LocalizationMap } from 'discord.js';
import type { KeysUnder, Translate, TranslationKey } from '../i18n/translator.js';
import { DISCORD_NORWEGIAN } from './discord-locale.js';

/**
 * Names and descriptions of commands for Discord, from locales/<lang>/*.json: the English text is
 * the default, the Norwegian one the `no` localization. Keys are `<root>.<path>.name` and
 * `<root>.<path>.description`; the members' commands live under `discord.commands`
 * (locales/<lang>/discord.json), the admin group /kb under `kb.commands` (locales/<lang>/kb.json).
 */
/** Where command texts live: the members' commands, and the admin group /kb. */
export type CommandTextRoot = 'discord.commands' | 'kb.commands';

/** The commands and options under a root that have a `<leaf>` text: 'factcheck', 'factcheck.options.question' … */
export type CommandPath<Root extends CommandTextRoot, Leaf extends 'name' | 'description'> =
  KeysUnder<Root> extends infer Rest ? (Rest extends `${infer Path}.${Leaf}` ? Path : never) : never;

/** The commands and options with both a name and a description. */
export type DescribedCommandPath<Root extends CommandTextRoot> = Extract<CommandPath<Root, 'name'>, CommandPath<Root, 'description'>>;

export class CommandLocalizer<Root extends CommandTextRoot = 'discord.commands'> {
  /** Every key asked for, so a test can check each exists in both languages. */
  readonly usedKeys: Set<TranslationKey>;

  constructor(
    private readonly t: Translate,
    private readonly root: Root = 'discord.commands' as Root,
    usedKeys?: Set<TranslationKey>,
  ) {
    this.usedKeys = usedKeys ?? new Set<TranslationKey>();
  }

  /** The same localizer for texts under another root (e.g. `kb.commands`), recording into the same key set. */
  under<Other extends CommandTextRoot>(root: Other): CommandLocalizer<Other> {
    return new CommandLocalizer(this.t, root, this.usedKeys);
  }

  /** `{ name, name_localizations }` for `<root>.<path>.name`. */
  name(path: CommandPath<Root, 'name'>): { name: string; name_localizations: LocalizationMap } {
    // The path's type says the key exists; TypeScript cannot follow the join.
    const [name, no] = this.pair(`${this.root}.${String(path)}.name` as TranslationKey);
    return { name, name_localizations: { [DISCORD_NORWEGIAN]: no } };
  }

  /** `{ description, description_localizations }` for `<root>.<path>.description`. */
  description(path: CommandPath<Root, 'description'>): { description: string; description_localizations: LocalizationMap } {
    const [description, no] = this.pair(`${this.root}.${String(path)}.description` as TranslationKey);
    return { description, description_localizations: { [DISCORD_NORWEGIAN]: no } };
  }

  /** Name and description of a command or option together. */
  both(path: DescribedCommandPath<Root>) {
    return { ...this.name(path), ...this.description(path) };
  }

  /** A choice of an option, its name from any locale key (e.g. `status.unproven`). */
  choice<V extends string | number>(key: TranslationKey, value: V): { name: string; name_localizations: LocalizationMap; value: V } {
    const [name, no] = this.pair(key);
    return { name, name_localizations: { [DISCORD_NORWEGIAN]: no }, value };
  }

  private pair(key: TranslationKey): [string, string] {
    this.usedKeys.add(key);
    return [this.t(key, 'en'), this.t(key, 'nb')];
  }
}
