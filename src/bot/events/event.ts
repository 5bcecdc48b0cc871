import type { ClientEvents } from 'discord.js';

/** One handler for one discord.js client event (discord.js guide style: a file per event). */
export interface BotEvent<K extends keyof ClientEvents> {
  readonly name: K;
  readonly once?: boolean;
  execute(...args: ClientEvents[K]): Promise<void> | void;
}

export type AnyBotEvent = { [K in keyof ClientEvents]: BotEvent<K> }[keyof ClientEvents];
