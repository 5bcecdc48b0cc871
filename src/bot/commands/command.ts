import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { AdminAccessPolicy } from '../../admin/admin-access.js';
import type { AdminService } from '../../admin/admin-service.js';
import type { ClaimReviewPublisher } from '../../admin/claim-review.js';
import type { LiveEngine } from '../../app/live-engine.js';
import type { Translate } from '../../i18n/translator.js';
import type { Logger } from '../../logging/logger.js';
import type { AnswerPresenter } from '../answer-presenter.js';
import type { CommandLocalizer } from '../command-localizer.js';
import type { QuestionService } from '../../app/question-service.js';
import type { SourceCatalog } from '../../app/source-catalog.js';

/** What /kb needs besides the members' command dependencies. */
export interface KbDeps {
  /** The admin service (src/admin/): all the rules, validation, history, undo and backups live there. */
  service: AdminService;
  /** Who may use /kb: the servers of FACTBOT_ADMIN_GUILDS, and in them Manage Server or FACTBOT_ADMIN_ROLE. */
  access: AdminAccessPolicy;
  /** Where /kb backup writes: a `backups` folder next to the database file. */
  backupDir: string;
  /** Who publishes ClaimReview exports, from FACTBOT_PUBLIC_URL and FACTBOT_PUBLISHER_*; null: not configured. */
  publisher: ClaimReviewPublisher | null;
  logger: Logger;
  /** Waits until this process answers from the knowledge base as it is now (built in a worker, swapped in slices). */
  engine: Pick<LiveEngine, 'settle'>;
}

/** What commands are given (through their constructors): no globals. */
export interface CommandDeps {
  questions: QuestionService;
  engine: LiveEngine;
  catalog: SourceCatalog;
  presenter: AnswerPresenter;
  translate: Translate;
  /** Channels where questions are answered without a mention (named in /help). */
  factCheckChannels: readonly string[];
  /** The admin group /kb: the admin service and who may use it. */
  kb: KbDeps;
}

/** Facts about a handled command for the log (never message contents). */
export interface CommandOutcome {
  intent?: string | null;
  kind?: string;
  lang?: string;
  /** For a feedback click: recorded, unchanged or changed. */
  feedback?: string;
  /** For a suggestion click: whether the pick was stored. */
  picked?: string;
  /** An admin command: the history number of the change it made (null: nothing changed). */
  change?: number | null;
  /** An admin command refused to a user who is no admin. */
  refused?: boolean;
}

export type ComponentInteraction = ButtonInteraction | ModalSubmitInteraction;

/** What handles the buttons and forms (modals) whose custom_id starts with one prefix. */
export interface ComponentHandler {
  /** How the log names one use ("button:vote", "kb (form)"). */
  label(interaction: ComponentInteraction): string;
  execute(interaction: ComponentInteraction): Promise<CommandOutcome | void>;
}

export interface ChatCommand {
  readonly kind: 'chat';
  execute(interaction: ChatInputCommandInteraction): Promise<CommandOutcome | void>;
  autocomplete?(interaction: AutocompleteInteraction): Promise<void>;
  /** The buttons and forms (modals) the command makes, by their custom_id prefix (for the component registry). */
  readonly components?: { prefix: string; handler: ComponentHandler };
  /** True when this use is not counted against the members' rate limit (an admin's /kb). */
  exemptFromRateLimit?(interaction: ChatInputCommandInteraction): boolean;
}

export interface MessageCommand {
  readonly kind: 'message';
  execute(interaction: MessageContextMenuCommandInteraction): Promise<CommandOutcome | void>;
}

export type CommandHandler = ChatCommand | MessageCommand;

/** One command: how Discord registers it (localized) and how to build its handler. */
export interface CommandModule {
  /** 'admin': registered only in the servers of FACTBOT_ADMIN_GUILDS; members' commands everywhere. */
  readonly audience?: 'members' | 'admins';
  definition(localizer: CommandLocalizer): RESTPostAPIApplicationCommandsJSONBody;
  create(deps: CommandDeps): CommandHandler;
}
