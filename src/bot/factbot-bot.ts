import { Client, Events, Status } from 'discord.js';
import { adminAccessEnabled, adminAccessPolicy, type AdminAccessPolicy } from '../admin/admin-access.js';
import { BotMetrics } from '../ops/bot-metrics.js';
import { checkDatabase, healthReport, type HealthReport, type ShardHealth } from '../ops/health.js';
import { AdminService } from '../admin/admin-service.js';
import { publisherFromConfig } from '../admin/claim-review.js';
import type { FactbotApp } from '../app/factbot-app.js';
import type { Config } from '../config/env.js';
import { EventLoopDelayMonitor } from '../app/event-loop-delay.js';
import { readLexiconText } from '../app/open-knowledge-base.js';
import type { Logger } from '../logging/logger.js';
import { backupDirFor } from '../admin/backup-folder.js';
import { AnswerPresenter } from './answer-presenter.js';
import { AnswerButtons } from './buttons/index.js';
import { ComponentRegistry } from './components/component-registry.js';
import { ANSWER_BUTTONS } from './custom-ids.js';
import { clientOptions } from './client-options.js';
import { createCommandHandlers } from './commands/index.js';
import type { AnyBotEvent } from './events/event.js';
import { createEvents } from './events/index.js';
import type { OperatorMessage } from './operator-message.js';
import { QuestionService } from '../app/question-service.js';
import { RateLimiter } from './rate-limiter.js';
import { Responder } from './responder.js';
import { SourceCatalog } from '../app/source-catalog.js';

export interface FactBotOptions {
  config: Config;
  app: FactbotApp;
  logger: Logger;
  /** Called when the connection cannot go on (refused token or intents); defaults to logging. */
  onFatal?: (message: OperatorMessage) => void;
  /** Where the bot counts what it does (/metrics); a registry of its own by default. */
  metrics?: BotMetrics;
}

/** The connection was refused for good (token, intents, shards): what the operator must fix. */
export class FatalConnectionError extends Error {
  constructor(readonly operatorMessage: OperatorMessage) {
    super(`Discord refused the connection: ${operatorMessage.key}`);
    this.name = 'FatalConnectionError';
  }
}

/**
 * Once stopping: new work for users is not taken on, and the disconnect is not reported as a
 * reconnect.
 */
const IGNORED_WHILE_STOPPING = new Set<string>([Events.MessageCreate, Events.InteractionCreate, Events.ShardReconnecting]);
/** Events whose handlers send a reply (counted as replies at shutdown). */
const REPLY_EVENTS = new Set<string>([Events.MessageCreate, Events.InteractionCreate]);

/**
 * The Discord adapter: one discord.js client wired to the shared engine and database. It keeps
 * track of the replies in flight so that `stop()` can let them finish before disconnecting.
 */
export class FactBot {
  readonly client: Client;
  readonly metrics: BotMetrics;
  private readonly token: string;
  private readonly logger: Logger;
  private readonly app: FactbotApp;
  /** Handlers running now; those that answer a user (messages, interactions) are the replies in flight. */
  private readonly inFlight = new Map<Promise<void>, { reply: boolean }>();
  /** How late the event loop runs: what a metrics endpoint reads. */
  readonly eventLoopDelay = new EventLoopDelayMonitor();
  private stopBackground: (() => Promise<void>) | undefined;
  private stopRetention: (() => void) | undefined;
  private readonly retentionDays: number;
  private readonly access: AdminAccessPolicy;
  private readonly dbFile: string;
  private stopping = false;
  private stopWatching: (() => void) | undefined;
  /** Writes the question log's buffer now (see `run`). */
  private readonly flushQuestions: () => void;
  /** Rejects start() when the connection is refused before the bot is ready. */
  private failStart: ((error: FatalConnectionError) => void) | undefined;

  constructor(options: FactBotOptions) {
    const { config, app, logger } = options;
    if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
    this.token = config.DISCORD_TOKEN;
    this.logger = logger;
    this.app = app;
    const metrics = (this.metrics = options.metrics ?? new BotMetrics());
    metrics.engineRevision(app.engine.loadedRevision);
    // Rebuilds however triggered: another process's change (watch, background build), or an admin's /kb here.
    app.engine.onRebuild((revision, ms) => metrics.engineRebuilt(revision, ms / 1000));
    this.access = adminAccessPolicy(config);
    this.dbFile = config.FACTBOT_DB;
    this.retentionDays = config.FACTBOT_RETENTION_DAYS;
    // The event loop never waits for another process's write lock: busy writes fail at once and
    // are retried asynchronously (questions, votes, /kb changes); engines are built in a worker.
    app.db.pragma('busy_timeout = 0');
    const t = app.translate;
    const questionLog = app.questionLog({
      onError: (error, dropped) => {
        metrics.error('record');
        logger.error({ err: error, dropped }, 'could not record questions');
      },
    });
    this.flushQuestions = () => questionLog.flush();
    const presenter = new AnswerPresenter(t);
    const responder = new Responder(t, logger, metrics);
    const questions = new QuestionService(app.engine, questionLog, logger, metrics);
    const rateLimiter = new RateLimiter(config.FACTBOT_RATE_LIMIT, config.FACTBOT_RATE_WINDOW_SECONDS * 1000);
    const commands = createCommandHandlers(t, {
      questions,
      engine: app.engine,
      catalog: new SourceCatalog(app.repository),
      presenter,
      translate: t,
      factCheckChannels: config.FACTBOT_CHANNELS,
      kb: {
        // Writes do not retrain on the event loop: /kb's handlers wait (deferred) for the worker's build and the
        // sliced swap, while members are answered from the engine at hand. Other processes see the new revision.
        service: new AdminService({ db: app.db, engine: app.engine, translate: t }, { eagerRetrain: false }),
        engine: app.engine,
        access: this.access,
        backupDir: backupDirFor(config.FACTBOT_DB),
        publisher: publisherFromConfig(config),
        logger,
      },
    });
    // Every button and form, by its custom_id prefix: the answers' buttons, and what commands make (/kb's forms).
    const components = new ComponentRegistry([
      [ANSWER_BUTTONS, new AnswerButtons({ engine: app.engine, questions, presenter, translate: t })],
      ...[...commands.values()].flatMap((command) =>
        command.kind === 'chat' && command.components ? [[command.components.prefix, command.components.handler] as const] : [],
      ),
    ]);
    this.client = new Client(clientOptions(config));
    metrics.watchGateway(() => this.gatewayShards());
    const events = createEvents({
      questions,
      presenter,
      responder,
      rateLimiter,
      logger,
      metrics,
      commands,
      components,
      factCheckChannels: new Set(config.FACTBOT_CHANNELS),
      channelMinConfidence: config.FACTBOT_CHANNEL_MIN_CONFIDENCE,
      onFatal: (message) => {
        if (this.failStart) this.failStart(new FatalConnectionError(message));
        else if (options.onFatal) options.onFatal(message);
        else logger.fatal({ problem: message.key }, 'cannot continue');
      },
    });
    for (const event of events) this.register(event);
  }

  /** /healthz: the database opens, the engine is loaded, and every gateway shard is connected. */
  health(): HealthReport {
    return healthReport({ database: checkDatabase(this.dbFile), engineRevision: this.app.engine.loadedRevision, shards: this.gatewayShards() });
  }

  /** This process's gateway shards and whether each is connected and ready. */
  gatewayShards(): ShardHealth[] {
    return this.client.ws.shards.map((shard) => ({
      id: shard.id,
      status: Status[shard.status] ?? String(shard.status),
      connected: shard.status === Status.Ready,
    }));
  }

  /** Replies to users being worked on right now (not other handlers). */
  get inFlightCount(): number {
    return [...this.inFlight.values()].filter((task) => task.reply).length;
  }

  /**
   * Logs in and resolves once the client is ready (all guilds received). Rejects when Discord
   * refuses the token (401) or, during the connection, closes it for good (FatalConnectionError).
   */
  async start(): Promise<void> {
    if (adminAccessEnabled(this.access)) this.logger.info({ adminGuilds: this.access.adminGuilds }, '/kb is on in the admin servers');
    else this.logger.warn('/kb is off: FACTBOT_ADMIN_GUILDS names no server whose admins may change the knowledge base');
    this.eventLoopDelay.start();
    const listener = {
      onRefresh: (revision: number, swapMs: number) =>
        this.logger.info({ revision, swapMs: Math.round(swapMs), eventLoop: this.eventLoopDelay.read() }, 'knowledge base changed: engine rebuilt'),
      onError: (error: unknown) => {
        this.metrics.error('kb-watch');
        this.logger.warn({ err: error }, 'could not check the knowledge base for changes');
      },
    };
    // Answers come from the engine at hand while a changed knowledge base is analysed in a worker.
    this.stopBackground = this.app.engine.runInBackground({ dbFile: this.dbFile, lexiconJson: readLexiconText() }, listener);
    // Retrain soon after an admin (another process) changes the knowledge base, not on the next question.
    this.stopWatching = this.app.engine.watch(500, listener);
    this.stopRetention = this.app
      .retention(this.retentionDays, {
        onDone: (rows) => rows > 0 && this.logger.info({ rows, retentionDays: this.retentionDays }, 'retention: who asked removed from older questions'),
        onError: (error) => this.logger.warn({ err: error }, 'retention could not run; trying again later'),
      })
      .start();
    const refused = new Promise<never>((_, reject) => (this.failStart = reject));
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    try {
      await Promise.race([this.client.login(this.token).then(() => ready), refused]);
    } finally {
      this.failStart = undefined;
    }
  }

  /**
   * Takes on no new work, waits up to `timeoutMs` for the replies in flight, then disconnects.
   * Returns how many were still unfinished.
   */
  async stop(timeoutMs: number): Promise<{ unfinished: number }> {
    this.stopping = true;
    this.stopWatching?.();
    this.stopRetention?.();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.allSettled([...this.inFlight.keys()]), timedOut]);
    clearTimeout(timer);
    const unfinished = this.inFlightCount;
    await this.client.destroy();
    await this.stopBackground?.();
    this.eventLoopDelay.stop();
    return { unfinished };
  }

  private register(event: AnyBotEvent): void {
    const listener = (...args: unknown[]): void => this.run(event, args);
    const name = event.name;
    if (event.once) this.client.once(name, listener);
    else this.client.on(name, listener);
  }

  private run(event: AnyBotEvent, args: unknown[]): void {
    if (this.stopping && IGNORED_WHILE_STOPPING.has(event.name)) {
      this.logger.debug({ event: event.name }, 'shutting down: event ignored');
      return;
    }
    // The question log is written ~0.5 s after the replies; a command, button or form (an admin's /kb review,
    // forget-user) reads what was asked before it, so it is written first: at most one transaction, never a message's reply.
    if (event.name === (Events.InteractionCreate as string)) this.flushQuestions();
    const task: Promise<void> = (async () => (event.execute as (...a: unknown[]) => Promise<void> | void).apply(event, args))()
      .catch((error: unknown) => {
        this.metrics.error('event');
        this.logger.error({ event: event.name, err: error }, 'event handler failed');
      })
      .finally(() => this.inFlight.delete(task));
    this.inFlight.set(task, { reply: REPLY_EVENTS.has(event.name) });
  }
}
