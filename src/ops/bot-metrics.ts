import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EngineAnswer } from '../engine/answer.js';

/** What became of a question: answered, declined, or declined with entries offered instead. */
export type QuestionOutcome = 'answered' | 'declined' | 'suggested';

/** Kinds of errors counted in factbot_errors_total. */
export type ErrorKind = 'handler' | 'reply' | 'event' | 'record' | 'gateway' | 'client' | 'kb-watch' | 'backup';

/**
 * The bot's Prometheus metrics, in a registry of its own (no global state: a test can run two
 * bots). One per bot process; under the sharding manager each shard has one and the manager
 * adds them up (src/ops/shard-reports.ts), which is why gauges say how they aggregate.
 */
export class BotMetrics {
  readonly registry = new Registry();
  private readonly questions = new Counter({
    name: 'factbot_questions_total',
    help: 'Questions answered by the bot, by surface, answer language and outcome (answered, declined, suggested)',
    labelNames: ['surface', 'lang', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly answerSeconds = new Histogram({
    name: 'factbot_answer_seconds',
    help: 'Time from receiving a question to having sent the answer, by surface',
    labelNames: ['surface'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly rebuilds = new Counter({
    name: 'factbot_engine_rebuilds_total',
    help: 'Engine rebuilds after a knowledge-base change (a saved model loaded counts too)',
    registers: [this.registry],
  });
  private readonly rebuildSeconds = new Histogram({
    name: 'factbot_engine_rebuild_seconds',
    help: 'How long an engine rebuild took',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly revision = new Gauge({
    name: 'factbot_kb_revision',
    help: 'Knowledge-base revision the engine answers from',
    aggregator: 'min',
    registers: [this.registry],
  });
  private readonly reconnects = new Counter({
    name: 'factbot_gateway_reconnects_total',
    help: 'Times a gateway shard lost its connection and reconnected',
    labelNames: ['shard'] as const,
    registers: [this.registry],
  });
  private gateway: (() => ReadonlyArray<{ id: number; connected: boolean }>) | undefined;
  private readonly connected = new Gauge({
    name: 'factbot_gateway_connected',
    help: '1 when the gateway shard is connected and ready, else 0',
    labelNames: ['shard'] as const,
    registers: [this.registry],
    // Read at scrape time from the client itself.
    collect: () => {
      if (!this.gateway) return;
      this.connected.reset();
      for (const s of this.gateway()) this.connected.set({ shard: String(s.id) }, s.connected ? 1 : 0);
    },
  });
  private readonly rateLimited = new Counter({
    name: 'factbot_rate_limited_total',
    help: 'Questions refused because the member asked too many in the window, by surface',
    labelNames: ['surface'] as const,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'factbot_errors_total',
    help: 'Errors by kind (handler, reply, event, record, gateway, client, kb-watch, backup)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'factbot_' });
  }

  question(surface: string, answer: Pick<EngineAnswer, 'kind' | 'lang'> & { suggestions?: readonly unknown[] }): void {
    this.questions.inc({ surface, lang: answer.lang, outcome: outcomeOf(answer) });
  }

  answered(surface: string, seconds: number): void {
    this.answerSeconds.observe({ surface }, seconds);
  }

  engineRebuilt(revision: number, seconds: number): void {
    this.rebuilds.inc();
    this.rebuildSeconds.observe(seconds);
    this.revision.set(revision);
  }

  engineRevision(revision: number): void {
    this.revision.set(revision);
  }

  gatewayReconnect(shard: number): void {
    this.reconnects.inc({ shard: String(shard) });
  }

  /** Where factbot_gateway_connected reads the shards' state from at each scrape. */
  watchGateway(shards: () => ReadonlyArray<{ id: number; connected: boolean }>): void {
    this.gateway = shards;
  }

  rateLimit(surface: string): void {
    this.rateLimited.inc({ surface });
  }

  error(kind: ErrorKind): void {
    this.errors.inc({ kind });
  }
}

/** Declined questions with suggestions (the engine's `suggestions`, when it has them) count apart. */
export function outcomeOf(answer: Pick<EngineAnswer, 'kind'> & { suggestions?: readonly unknown[] }): QuestionOutcome {
  if (answer.kind === 'entry' || answer.kind === 'conversation') return 'answered';
  return answer.suggestions?.length ? 'suggested' : 'declined';
}
