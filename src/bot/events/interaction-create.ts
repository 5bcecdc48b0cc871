import type { BotMetrics } from '../../ops/bot-metrics.js';
import type { QuestionSurface } from '../../storage/feedback-repository.js';
import { Events, type Interaction, type RepliableInteraction } from 'discord.js';
import type { Lang } from '../../kb/languages.js';
import type { Logger } from '../../logging/logger.js';
import type { ComponentRegistry } from '../components/component-registry.js';
import type { CommandHandler, CommandOutcome } from '../commands/command.js';
import { langFromLocale } from '../discord-locale.js';
import type { RateLimiter } from '../rate-limiter.js';
import { botError, type ErrorContext, type Responder } from '../responder.js';
import { elapsed, now } from './elapsed.js';
import type { BotEvent } from './event.js';

export interface InteractionCreateDeps {
  commands: ReadonlyMap<string, CommandHandler>;
  components: ComponentRegistry;
  responder: Responder;
  rateLimiter: RateLimiter;
  logger: Logger;
  metrics: BotMetrics;
}

/**
 * Slash commands, the message context menu, autocomplete, buttons and form (modal) submits.
 * Commands count against the user's rate limit (except an admin's /kb); autocomplete, buttons and
 * forms do not (they only answer the one user). Buttons and forms go where the component registry
 * says, by the prefix of their custom_id.
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
      } else if (interaction.isButton() || interaction.isModalSubmit()) {
        const handler = this.deps.components.find(interaction.customId);
        log.command = handler?.label(interaction) ?? (interaction.isButton() ? 'button:unknown' : 'form:unknown');
        if (!handler) throw botError(interaction.isButton() ? 'unknownButton' : 'unknownCommand');
        outcome = await handler.execute(interaction);
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
