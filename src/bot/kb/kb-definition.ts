import {
  ApplicationCommandOptionType as Opt,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandGroupOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { KB_LIMITS, SOURCE_LIST_MAX } from '../../kb/kb-limits.js';
import { LANGS } from '../../kb/languages.js';
import { STATUSES } from '../../kb/statuses.js';
import type { CommandLocalizer, DescribedCommandPath } from '../command-localizer.js';

/** The leaves of /kb: `group sub` or a top-level `sub`; what handlers are registered under. */
export const KB_SUBCOMMANDS = [
  'entries list',
  'entries show',
  'entries add',
  'entries edit',
  'entries retire',
  'entries restore',
  'questions add',
  'questions remove',
  'sources add',
  'sources edit',
  'sources link',
  'sources unlink',
  'review unanswered',
  'review feedback',
  'review promote',
  'review dismiss',
  'history list',
  'history show',
  'undo',
  'export',
  'import',
  'backup',
  'restore',
  'forget-user',
] as const;
export type KbSubcommand = (typeof KB_SUBCOMMANDS)[number];

/**
 * The /kb admin group as Discord registers it: subcommand groups for entries, questions, sources,
 * review and history, and top-level undo, export, import, backup, restore and forget-user (24 leaves; Discord allows
 * 25 per level and two levels). Registered with Manage Server as the default permission and for
 * servers only; the handler checks again on every use (server owners can change who sees it).
 * Texts from locales/<lang>/kb.json (`kb.commands.…`).
 */
/** /kb's options, by their key in kb.json (`kb.commands.options.<option>`). */
type KbOption = DescribedCommandPath<'kb.commands'> extends infer Path ? (Path extends `options.${infer Option}` ? Option : never) : never;

export function kbDefinition(localizer: CommandLocalizer): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const l = localizer.under('kb.commands');

  const string = (key: KbOption, required: boolean, extra: Partial<APIApplicationCommandBasicOption> = {}) =>
    ({ type: Opt.String, ...l.both(`options.${key}`), required, ...extra }) as APIApplicationCommandBasicOption;
  const integer = (key: KbOption, required: boolean, extra: Record<string, unknown> = {}) =>
    ({ type: Opt.Integer, ...l.both(`options.${key}`), required, ...extra }) as APIApplicationCommandBasicOption;

  const entry = (required = true) => string('entry', required, { autocomplete: true, max_length: KB_LIMITS.idMax });
  const source = () => string('source', true, { autocomplete: true, max_length: KB_LIMITS.idMax });
  const status = (required: boolean) => string('status', required, { choices: STATUSES.map((s) => localizer.choice(`status.${s}`, s)) });
  const sources = (required: boolean) => string('sources', required, { autocomplete: true, max_length: SOURCE_LIST_MAX });
  const language = (key: KbOption, required: boolean) =>
    string(key, required, { choices: LANGS.map((lang) => localizer.choice(`kb.choices.lang.${lang}`, lang)) });
  const id = () => string('id', true, { min_length: KB_LIMITS.idMin, max_length: KB_LIMITS.idMax });
  const item = () => integer('item', true, { autocomplete: true, min_value: 1 });
  const change = () => integer('change', true, { autocomplete: true, min_value: 1 });
  const limit = (max: number) => integer('limit', false, { min_value: 1, max_value: max });

  const sub = (path: DescribedCommandPath<'kb.commands'>, options: APIApplicationCommandBasicOption[] = []): APIApplicationCommandSubcommandOption => ({
    type: Opt.Subcommand,
    ...l.both(path),
    ...(options.length ? { options } : {}),
  });
  const group = (name: DescribedCommandPath<'kb.commands'>, subs: APIApplicationCommandSubcommandOption[]): APIApplicationCommandSubcommandGroupOption => ({
    type: Opt.SubcommandGroup,
    ...l.both(name),
    options: subs,
  });

  return {
    type: ApplicationCommandType.ChatInput,
    ...l.both('kb'),
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      group('entries', [
        sub('entries.list', [{ type: Opt.Boolean, ...l.both('options.active'), required: false }]),
        sub('entries.show', [entry()]),
        sub('entries.add', [id(), status(true), sources(true)]),
        sub('entries.edit', [entry(), status(false), sources(false)]),
        sub('entries.retire', [entry()]),
        sub('entries.restore', [entry()]),
      ]),
      group('questions', [
        sub('questions.add', [entry(), language('language', true), string('question', true, { max_length: KB_LIMITS.question })]),
        sub('questions.remove', [entry(), language('language', true), string('question', true, { max_length: KB_LIMITS.question, autocomplete: true })]),
      ]),
      group('sources', [
        sub('sources.add', [id()]),
        sub('sources.edit', [source()]),
        sub('sources.link', [entry(), source()]),
        sub('sources.unlink', [entry(), source()]),
      ]),
      group('review', [
        sub('review.unanswered', [limit(25)]),
        sub('review.feedback', [limit(25)]),
        sub('review.promote', [item(), entry(false), language('promoteLanguage', false), string('promoteText', false, { max_length: KB_LIMITS.question })]),
        sub('review.dismiss', [item()]),
      ]),
      group('history', [
        sub('history.list', [
          entry(false),
          string('historySource', false, { autocomplete: true, max_length: KB_LIMITS.idMax }),
          { type: Opt.User, ...l.both('options.user'), required: false },
          limit(50),
          integer('before', false, { min_value: 2 }),
        ]),
        sub('history.show', [change(), { type: Opt.Boolean, ...l.both('options.full'), required: false }]),
      ]),
      sub('undo', [change()]),
      sub('export', [
        string('format', false, { choices: (['json', 'claimreview'] as const).map((f) => localizer.choice(`kb.choices.format.${f}`, f)) }),
        language('exportLanguage', false),
      ]),
      sub('import', [{ type: Opt.Attachment, ...l.both('options.file'), required: true }]),
      sub('backup'),
      // Only a file /kb backup wrote, picked by name from the backups folder (autocomplete; checked again).
      sub('restore', [string('backup', true, { autocomplete: true, max_length: 100 })]),
      // Erasure on request: a user's stored questions, votes and name in history.
      sub('forget-user', [{ type: Opt.User, ...l.both('options.forgetUser'), required: true }]),
    ],
  };
}
