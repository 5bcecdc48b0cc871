import type { BotMetrics } from '../ops/bot-metrics.js';
import { MessageFlags, type Message, type RepliableInteraction } from 'discord.js';
import type { Translate } from '../i18n/translator.js';
import type { Lang } from '../kb/languages.js';
import type { Logger } from '../logging/logger.js';
import { describeError, LocalizedError } from '../errors/localized-error.js';
import { NO_PINGS } from './no-pings.js';
import { cut, LIMITS } from './text-limits.js';

/** Problems a user can be told about; each is `discord.errors.<id>` in locales/. */
export const ERROR_IDS = ['internal', 'unknownEntry', 'unknownSource', 'emptyMessage', 'unknownButton', 'unknownCommand'] as const;
export type ErrorId = (typeof ERROR_IDS)[number];

/** An error meant for the user of the bot (`discord.errors.<id>`): handlers throw it, the responder shows it. */
export function botError(id: Exclude<ErrorId, 'internal'>): LocalizedError {
  return new LocalizedError(`discord.errors.${id}`, {}, [], `bot error: ${id}`);
}

/**
 * The bot's one way to show a LocalizedError: its message, then each detail as "• …"
 * (the responder for members; /kb's replies put ❌ before it).
 */
export function errorText(error: LocalizedError, lang: Lang, t: Translate): string {
  const { message, details } = describeError(error, lang, t);
  return [message, ...details.map((d) => `• ${d}`)].join('\n');
}

/** Where an error happened, for the log (never message contents). */
export interface ErrorContext {
  event: string;
  command?: string;
  guild?: string | null;
  channel?: string | null;
}

/**
 * The one place that turns error identifiers into localized replies: a short apology or hint to
 * the user, the details (with context) to the log. It never throws: a failed apology is logged.
 */
export class Responder {
  constructor(
    private readonly t: Translate,
    private readonly logger: Logger,
    private readonly metrics: BotMetrics,
  ) {}

  /** The notice for a rate-limited user. */
  rateLimited(lang: Lang, retryAfterMs: number): string {
    return this.t('discord.rateLimited', lang, { seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
  }

  /** Answers an interaction that failed; only the user who used it sees the reply. */
  async interactionFailed(interaction: RepliableInteraction, lang: Lang, error: unknown, context: ErrorContext): Promise<void> {
    await this.tell(interaction, this.describe(error, lang, context), context);
  }

  /** Tells the user of an interaction something, only to them, whatever state the interaction is in. */
  async tell(interaction: RepliableInteraction, text: string, context: ErrorContext): Promise<void> {
    const payload = { content: cut(text, LIMITS.content), flags: MessageFlags.Ephemeral as const, allowedMentions: NO_PINGS };
    try {
      if (interaction.deferred && !interaction.replied) await interaction.editReply({ content: payload.content, allowedMentions: NO_PINGS });
      else if (interaction.replied) await interaction.followUp(payload);
      else await interaction.reply(payload);
    } catch (replyError) {
      this.metrics.error('reply');
      this.logger.warn({ ...context, err: replyError }, 'could not send a notice to the user');
    }
  }

  /** Replies to a message whose handling failed. */
  async messageFailed(message: Message, lang: Lang, error: unknown, context: ErrorContext): Promise<void> {
    await this.replyText(message, this.describe(error, lang, context), context);
  }

  /** A short plain reply to a message that pings no one. */
  async replyText(message: Message, text: string, context: ErrorContext): Promise<void> {
    try {
      await message.reply({ content: cut(text, LIMITS.content), allowedMentions: NO_PINGS });
    } catch (replyError) {
      this.metrics.error('reply');
      this.logger.warn({ ...context, err: replyError }, 'could not reply to a message');
    }
  }

  /** What the user is told: the error's own text when it is meant for them, else a short apology (the details to the log). */
  private describe(error: unknown, lang: Lang, context: ErrorContext): string {
    if (error instanceof LocalizedError) {
      this.logger.debug({ ...context, error: error.key }, 'user error');
      return errorText(error, lang, this.t);
    }
    this.metrics.error('handler');
    this.logger.error({ ...context, err: error }, 'handler failed');
    return this.t('discord.errors.internal', lang);
  }
}
