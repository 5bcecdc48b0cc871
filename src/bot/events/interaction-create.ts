import type { BotMetrics } from '../../ops/bot-metrics.js';
import type { QuestionSurface } from '../../storage/feedback-repository.js';
import { Events, type ButtonInteraction, type Interaction, type ModalSubmitInteraction, type RepliableInteraction } from 'discord.js';
import type { Lang } from '../../kb/languages.js';
import type { Logger } from '../../logging/logger.js';
import type { ButtonRouter } from '../buttons/index.js';
import type { ChatCommand, CommandHandler, CommandOutcome } from '../commands/command.js';
import { decodeButton } from '../custom-ids.js';
import { langFromLocale } from '../discord-locale.js';
import type { RateLimiter } from '../rate-limiter.js';
import { botError, type ErrorContext, type Responder } from '../responder.js';
import { elapsed, now } from './elapsed.js';
import type { BotEvent } from './event.js';

export interface InteractionCreateDeps {
  commands: ReadonlyMap<string, CommandHandler>;
  buttons: ButtonRouter;
  responder: Responder;
  rateLimiter: RateLimiter;
  logger: Logger;
  metrics: BotMetrics;
}

/**
 * Slash commands, the message context menu, autocomplete, buttons and form (modal) submits.
 * Commands count against the user's rate limit (except an admin's /kb); autocomplete, buttons and
 * forms do not (they only answer the one user). Buttons and forms whose custom_id starts with a
 * command's `componentPrefix` go to that command, the others to the answers' button router.
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
        if (interaction.isChatInputCommand()) {
          const path = [interaction.options.getSubcommandGroup(false), interaction.options.getSubcommand(false)].filter(Boolean);
          if (path.length) log.command = [interaction.commandName, ...path].join(' ');
        }
        const handler = this.deps.commands.get(interaction.commandName);
        const exempt = handler?.kind === 'chat' && interaction.isChatInputCommand() && handler.exemptFromRateLimit?.(interaction) === true;
        if (!exempt && !(await this.admit(interaction, lang, log))) return;
        if (handler?.kind === 'chat' && interaction.isChatInputCommand()) outcome = await handler.execute(interaction);
        else if (handler?.kind === 'message' && interaction.isMessageContextMenuCommand()) outcome = await handler.execute(interaction);
        else throw botError('unknownCommand');
      } else if ((interaction.isButton() || interaction.isModalSubmit()) && this.componentOwner(interaction)) {
        const [name, handler] = this.componentOwner(interaction)!;
        log.command = `${name} (${interaction.isButton() ? 'button' : 'form'})`;
        outcome = await handler.component!(interaction);
      } else if (interaction.isButton()) {
        log.command = `button:${decodeButton(interaction.customId)?.kind ?? 'unknown'}`;
        outcome = await this.deps.buttons.execute(interaction);
      } else if (interaction.isModalSubmit()) {
        log.command = 'form:unknown';
        throw botError('unknownCommand');
      } else {
        return;
      }
      // A question answered by /factcheck or the message command (their outcome says what it was).
      if (outcome?.kind && outcome.kind !== 'empty') this.deps.metrics.answered(surfaceOf(interaction), elapsed(started) / 1000);
      this.deps.logger.info({ ...log, ...(outcome ?? {}), latencyMs: elapsed(started) }, 'interaction handled');
    } catch (error) {
      await this.deps.responder.interactionFailed(interaction, lang, error, log);
    }
  }

  /** The command that made a button or form, by its custom_id prefix. */
  private componentOwner(interaction: ButtonInteraction | ModalSubmitInteraction): [string, ChatCommand] | undefined {
    for (const [name, handler] of this.deps.commands)
      if (handler.kind === 'chat' && handler.component && handler.componentPrefix && interaction.customId.startsWith(handler.componentPrefix))
        return [name, handler];
    return undefined;
  }

  private async admit(interaction: RepliableInteraction, lang: Lang, log: ErrorContext): Promise<boolean> {
    const decision = this.deps.rateLimiter.take(interaction.user.id);
    if (decision.allowed) return true;
    this.deps.metrics.rateLimit(surfaceOf(interaction));
    this.deps.logger.info({ ...log, retryAfterMs: decision.retryAfterMs }, 'rate limited');
    // An interaction must always be answered; the notice is only visible to the user.
    await this.deps.responder.tell(interaction, this.deps.responder.rateLimited(lang, decision.retryAfterMs), log);
    return false;
  }
}

/** The surface a question came from, as the asked-questions table names it. */
function surfaceOf(interaction: RepliableInteraction): QuestionSurface {
  return interaction.isMessageContextMenuCommand() ? 'context-menu' : 'slash';
}
