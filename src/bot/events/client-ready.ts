import { Events, type Client } from 'discord.js';
import type { Logger } from '../../logging/logger.js';
import type { BotEvent } from './event.js';

/** Logs that the bot is connected: which shards, how many servers. */
export class ClientReadyEvent implements BotEvent<Events.ClientReady> {
  readonly name = Events.ClientReady;
  readonly once = true;

  constructor(private readonly logger: Logger) {}

  execute(client: Client<true>): void {
    this.logger.info({ botUser: client.user.id, guilds: client.guilds.cache.size, shardIds: client.ws.shards.map((s) => s.id) }, 'bot ready');
  }
}
