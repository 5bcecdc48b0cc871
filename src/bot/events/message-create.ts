import type { BotMetrics } from '../../ops/bot-metrics.js';
import { Events, type Message } from 'discord.js';
import type { Lang } from '../../kb/languages.js';
import type { Logger } from '../../logging/logger.js';
import type { QuestionSurface } from '../../storage/feedback-repository.js';
import type { AnswerPresenter } from '../answer-presenter.js';
import { langFromLocale } from '../discord-locale.js';
import type { QuestionService, RecordedAnswer } from '../../app/question-service.js';
import type { RateLimiter } from '../rate-limiter.js';
import type { ErrorContext, Responder } from '../responder.js';
import { questionText } from '../text-limits.js';
import { elapsed, now } from './elapsed.js';
import type { BotEvent } from './event.js';

export interface MessageCreateDeps {
  questions: QuestionService;
  presenter: AnswerPresenter;
  responder: Responder;
  rateLimiter: RateLimiter;
  logger: Logger;
  metrics: BotMetrics;
  /** Channels where questions are answered without a mention. */
  factCheckChannels: ReadonlySet<string>;
  /** There, answers need at least this confidence: a wrong unasked answer is worse than none. */
  channelMinConfidence: number;
}

/**
 * Questions in plain words: a mention anywhere, a direct message, or any message in a
 * fact-check channel — where the bot answers only questions about the article and stays quiet
 * on other chatter. The answer is a reply to the message, in the question's language.
 */
export class MessageCreateEvent implements BotEvent<Events.MessageCreate> {
  readonly name = Events.MessageCreate;

  constructor(private readonly deps: MessageCreateDeps) {}

  async execute(message: Message): Promise<void> {
    // Other bots, webhooks, system messages and the bot itself are never answered.
    if (message.author.bot || message.webhookId || message.system) return;
    const surface = this.surfaceOf(message);
    if (!surface) return;
    const started = now();
    const { questions, presenter, responder, logger } = this.deps;
    const context = {
      surface,
      guildId: message.guildId,
      userId: message.author.id,
      channelId: message.channelId,
      fallbackLang: langFromLocale(message.guild?.preferredLocale),
    };
    const log: ErrorContext & { surface: QuestionSurface } = { event: 'messageCreate', surface, guild: message.guildId, channel: message.channelId };
    const text = questionText(message.content);
    // The question's language, known once it is answered; before that only a refusal or a failure needs it.
    let lang: Lang | undefined;
    const detect = (): Lang => {
      try {
        return questions.detectLanguage(text, context.fallbackLang);
      } catch {
        return context.fallbackLang;
      }
    };
    try {
      let result: RecordedAnswer;
      if (surface === 'channel') {
        const answer = questions.answer(text, context.fallbackLang);
        if (answer.kind !== 'entry' || answer.confidence < this.deps.channelMinConfidence) {
          logger.debug({ ...log, kind: answer.kind, confidence: answer.confidence }, 'not a question about the article: staying quiet');
          return;
        }
        lang = answer.lang;
        if (!(await this.admit(message, () => answer.lang, log))) return;
        result = { answer, questionId: questions.record(answer, context) };
      } else {
        // Asking detects the language itself: detect it here only for a refusal's notice.
        if (!(await this.admit(message, detect, log))) return;
        result = questions.ask(text, context);
        lang = result.answer.lang;
      }
      await message.reply(presenter.answer(result.answer, { questionId: result.questionId }));
      const { answer } = result;
      this.deps.metrics.answered(surface, elapsed(started) / 1000);
      logger.info(
        { ...log, intent: answer.intent, kind: answer.kind, lang: answer.lang, confidence: answer.confidence, latencyMs: elapsed(started) },
        'answered',
      );
      logger.debug({ ...log, question: text }, 'question text');
    } catch (error) {
      await responder.messageFailed(message, lang ?? detect(), error, log);
    }
  }

  private surfaceOf(message: Message): QuestionSurface | undefined {
    if (!message.inGuild()) return 'dm';
    if (message.mentions.users.has(message.client.user.id)) return 'mention';
    const channels = this.deps.factCheckChannels;
    if (channels.has(message.channelId)) return 'channel';
    const { channel } = message;
    if (channel.isThread() && channel.parentId && channels.has(channel.parentId)) return 'channel';
    return undefined;
  }

  /** The per-user rate limit; the first refusal in a window gets a polite notice. */
  private async admit(message: Message, lang: () => Lang, log: ErrorContext): Promise<boolean> {
    const decision = this.deps.rateLimiter.take(message.author.id);
    if (decision.allowed) return true;
    this.deps.metrics.rateLimit(this.surfaceOf(message) ?? 'mention');
    this.deps.logger.info({ ...log, retryAfterMs: decision.retryAfterMs, notified: decision.notify }, 'rate limited');
    if (decision.notify) await this.deps.responder.replyText(message, this.deps.responder.rateLimited(lang(), decision.retryAfterMs), log);
    return false;
  }
}
