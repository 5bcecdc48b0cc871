import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { LiveEngine } from '../../app/live-engine.js';
import type { Translate } from '../../i18n/translator.js';
import type { AnswerPresenter } from '../answer-presenter.js';
import type { CommandLocalizer } from '../command-localizer.js';
import type { QuestionService } from '../question-service.js';
import type { SourceCatalog } from '../source-catalog.js';

/** What commands are given (through their constructors): no globals. */
export interface CommandDeps {
  questions: QuestionService;
  engine: LiveEngine;
  catalog: SourceCatalog;
  presenter: AnswerPresenter;
  translate: Translate;
  /** Channels where questions are answered without a mention (named in /help). */
  factCheckChannels: readonly string[];
}

/** Facts about a handled command for the log (never message contents). */
export interface CommandOutcome {
  intent?: string | null;
  kind?: string;
  lang?: string;
  /** For a feedback click: recorded, unchanged or changed. */
  feedback?: string;
}

export interface ChatCommand {
  readonly kind: 'chat';
  execute(interaction: ChatInputCommandInteraction): Promise<CommandOutcome | void>;
  autocomplete?(interaction: AutocompleteInteraction): Promise<void>;
}

export interface MessageCommand {
  readonly kind: 'message';
  execute(interaction: MessageContextMenuCommandInteraction): Promise<CommandOutcome | void>;
}

export type CommandHandler = ChatCommand | MessageCommand;

/** One command: how Discord registers it (localized) and how to build its handler. */
export interface CommandModule {
  definition(localizer: CommandLocalizer): RESTPostAPIApplicationCommandsJSONBody;
  create(deps: CommandDeps): CommandHandler;
}
