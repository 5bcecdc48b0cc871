import type { Logger } from '../../logging/logger.js';
import type { OperatorMessage } from '../operator-message.js';
import { ClientReadyEvent } from './client-ready.js';
import { ClientErrorEvent, ClientWarnEvent, ShardDisconnectEvent, ShardErrorEvent, ShardReconnectingEvent, ShardResumeEvent } from './connection-events.js';
import type { AnyBotEvent } from './event.js';
import { InteractionCreateEvent, type InteractionCreateDeps } from './interaction-create.js';
import { MessageCreateEvent, type MessageCreateDeps } from './message-create.js';

export type EventDeps = MessageCreateDeps &
  InteractionCreateDeps & {
    logger: Logger;
    /** Called when the connection cannot go on (refused token or intents). */
    onFatal: (message: OperatorMessage) => void;
  };

/** Every client event the bot listens to, registered in this one list. */
export function createEvents(deps: EventDeps): AnyBotEvent[] {
  return [
    new ClientReadyEvent(deps.logger),
    new MessageCreateEvent(deps),
    new InteractionCreateEvent(deps),
    new ShardDisconnectEvent(deps.logger, deps.onFatal),
    new ShardReconnectingEvent(deps.logger, deps.metrics),
    new ShardResumeEvent(deps.logger),
    new ShardErrorEvent(deps.logger, deps.metrics),
    new ClientErrorEvent(deps.logger, deps.metrics),
    new ClientWarnEvent(deps.logger),
  ];
}
