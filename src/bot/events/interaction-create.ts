import { Events, type Interaction, type RepliableInteraction } from 'discord.js';
import type { Lang } from '../../kb/languages.js';
import type { Logger } from '../../logging/logger.js';
import type { ButtonRouter } from '../buttons/index.js';
import type { CommandHandler, CommandOutcome } from '../commands/command.js';
import { decodeButton } from '../custom-ids.js';
import { langFromLocale } from '../discord-locale.js';
import type { RateLimiter } from '../rate-limiter.js';
import { BotError, type ErrorContext, type Responder } from '../responder.js';
import { elapsed, now } from './elapsed.js';
import type { BotEvent } from './event.js';

export interface InteractionCreateDeps {
  commands: ReadonlyMap<string, CommandHandler>;
  buttons: ButtonRouter;
  responder: Responder;
  rateLimiter: RateLimiter;
  logger: Logger;
}

/**
 * Slash commands, the message context menu, autocomplete and buttons. Commands count against the
 * user's rate limit; autocomplete and buttons do not (they only answer the one user).
 */
export class InteractionCreateEvent implements BotEvent<Events.InteractionCreate> {
  readonly name = Events.InteractionCreate;

  constructor(private readonly deps: InteractionCreateDeps) {}

  async execute(interaction: Interaction): Promise<void> {
    const started = now();
    const lang = langFromLocale(interaction.locale);
    const log: ErrorContext = { event: 'interactionCreate', guild: interaction.guildId, channel: interaction.channelId };
    if (interaction.isAutocomplete()) {
      log.command = `${interaction.commandName} (autocomplete)`;
      try {
        const handler = this.deps.commands.get(interaction.commandName);
        if (handler?.kind === 'chat' && handler.autocomplete) await handler.autocomplete(interaction);
        else await interaction.respond([]);
        this.deps.logger.debug({ ...log, latencyMs: elapsed(started) }, 'autocomplete answered');
      } catch (error) {
        this.deps.logger.error({ ...log, err: error }, 'autocomplete failed');
      }
      return;
    }
    if (!interaction.isRepliable()) return;
    try {
      let outcome: CommandOutcome | void;
      if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
        log.command = interaction.commandName;
        const handler = this.deps.commands.get(interaction.commandName);
        if (!(await this.admit(interaction, lang, log))) return;
        if (handler?.kind === 'chat' && interaction.isChatInputCommand()) outcome = await handler.execute(interaction);
        else if (handler?.kind === 'message' && interaction.isMessageContextMenuCommand()) outcome = await handler.execute(interaction);
        else throw new BotError('unknownCommand');
      } else if (interaction.isButton()) {
        log.command = `button:${decodeButton(interaction.customId)?.kind ?? 'unknown'}`;
        outcome = await this.deps.buttons.execute(interaction);
      } else {
        return;
      }
      this.deps.logger.info({ ...log, ...(outcome ?? {}), latencyMs: elapsed(started) }, 'interaction handled');
    } catch (error) {
      await this.deps.responder.interactionFailed(interaction, lang, error, log);
    }
  }

  private async admit(interaction: RepliableInteraction, lang: Lang, log: ErrorContext): Promise<boolean> {
    const decision = this.deps.rateLimiter.take(interaction.user.id);
    if (decision.allowed) return true;
    this.deps.logger.info({ ...log, retryAfterMs: decision.retryAfterMs }, 'rate limited');
    // An interaction must always be answered; the notice is only visible to the user.
    await this.deps.responder.tell(interaction, this.deps.responder.rateLimited(lang, decision.retryAfterMs), log);
    return false;
  }
}
