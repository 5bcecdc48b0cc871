import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Translate } from '../../i18n/translator.js';
import { CommandLocalizer } from '../command-localizer.js';
import { aboutCommand } from './about.js';
import type { CommandDeps, CommandHandler, CommandModule } from './command.js';
import { factCheckMessageCommand } from './fact-check-message.js';
import { factCommand } from './fact.js';
import { factcheckCommand } from './factcheck.js';
import { helpCommand } from './help.js';
import { kbCommand } from './kb.js';
import { sourcesCommand } from './sources.js';

/**
 * Every command the bot has, registered in this one list: deploy-commands PUTs their definitions,
 * the bot builds their handlers. The admin group `/kb` is last, its admin service in CommandDeps.
 */
export const COMMAND_MODULES: readonly CommandModule[] = [
  factcheckCommand,
  factCommand,
  sourcesCommand,
  aboutCommand,
  helpCommand,
  factCheckMessageCommand,
  kbCommand,
];

/** The localized registration payloads, in list order. */
export function commandDefinitions(translate: Translate, modules: readonly CommandModule[] = COMMAND_MODULES): RESTPostAPIApplicationCommandsJSONBody[] {
  const localizer = new CommandLocalizer(translate);
  return modules.map((m) => m.definition(localizer));
}

/** Handlers by the command's (default, English) name, which is what interactions carry. */
export function createCommandHandlers(
  translate: Translate,
  deps: CommandDeps,
  modules: readonly CommandModule[] = COMMAND_MODULES,
): Map<string, CommandHandler> {
  const localizer = new CommandLocalizer(translate);
  return new Map(modules.map((m) => [m.definition(localizer).name, m.create(deps)]));
}
