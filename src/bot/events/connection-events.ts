import type { BotMetrics } from '../../ops/bot-metrics.js';
import { Events, GatewayCloseCodes, type CloseEvent } from 'discord.js';
import type { Logger } from '../../logging/logger.js';
import type { KeysUnder } from '../../i18n/translator.js';
import type { OperatorMessage } from '../operator-message.js';
import type { BotEvent } from './event.js';

/** Gateway close codes after which running on is pointless: the operator must act. */
const FATAL_CLOSE_CODES: Record<number, KeysUnder<'discord.operator.disconnected'>> = {
  [GatewayCloseCodes.AuthenticationFailed]: 'authenticationFailed',
  [GatewayCloseCodes.DisallowedIntents]: 'disallowedIntents',
  [GatewayCloseCodes.InvalidIntents]: 'invalidIntents',
  [GatewayCloseCodes.ShardingRequired]: 'shardingRequired',
  [GatewayCloseCodes.InvalidShard]: 'invalidShard',
};

/** A shard that will not reconnect (discord.js gives up on these codes): ends the process. */
export class ShardDisconnectEvent implements BotEvent<Events.ShardDisconnect> {
  readonly name = Events.ShardDisconnect;

  constructor(
    private readonly logger: Logger,
    private readonly onFatal: (message: OperatorMessage) => void,
  ) {}

  execute(event: CloseEvent, shardId: number): void {
    this.logger.error({ shardId, code: event.code }, 'shard disconnected and will not reconnect');
    this.onFatal({ key: `disconnected.${FATAL_CLOSE_CODES[event.code] ?? 'other'}`, values: { code: event.code } });
  }
}

export class ShardReconnectingEvent implements BotEvent<Events.ShardReconnecting> {
  readonly name = Events.ShardReconnecting;
  constructor(
    private readonly logger: Logger,
    private readonly metrics: BotMetrics,
  ) {}
  execute(shardId: number): void {
    this.metrics.gatewayReconnect(shardId);
    this.logger.info({ shardId }, 'shard reconnecting');
  }
}

export class ShardResumeEvent implements BotEvent<Events.ShardResume> {
  readonly name = Events.ShardResume;
  constructor(private readonly logger: Logger) {}
  execute(shardId: number, replayedEvents: number): void {
    this.logger.info({ shardId, replayedEvents }, 'shard resumed');
  }
}

export class ShardErrorEvent implements BotEvent<Events.ShardError> {
  readonly name = Events.ShardError;
  constructor(
    private readonly logger: Logger,
    private readonly metrics: BotMetrics,
  ) {}
  execute(error: Error, shardId: number): void {
    this.metrics.error('gateway');
    this.logger.warn({ shardId, err: error }, 'shard connection error');
  }
}

export class ClientErrorEvent implements BotEvent<Events.Error> {
  readonly name = Events.Error;
  constructor(
    private readonly logger: Logger,
    private readonly metrics: BotMetrics,
  ) {}
  execute(error: Error): void {
    this.metrics.error('client');
    this.logger.error({ err: error }, 'discord.js client error');
  }
}

export class ClientWarnEvent implements BotEvent<Events.Warn> {
  readonly name = Events.Warn;
  constructor(private readonly logger: Logger) {}
  execute(message: string): void {
    this.logger.warn({ warning: message }, 'discord.js warning');
  }
}
