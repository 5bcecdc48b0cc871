import { GatewayIntentBits, Options, Partials, type ClientOptions } from 'discord.js';
import type { Config } from '../config/env.js';
import { NO_PINGS } from './no-pings.js';

/**
 * Intents kept to what is used: guilds (commands, channels), guild messages (mentions, fact-check
 * channels), direct messages (with the Channel partial, as DM channels are not cached), and the
 * privileged Message Content only when fact-check channels are configured — mentions and DMs
 * carry their content without it.
 */
export function gatewayIntents(config: Pick<Config, 'FACTBOT_CHANNELS'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.FACTBOT_CHANNELS.length) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function clientOptions(config: Pick<Config, 'FACTBOT_CHANNELS' | 'DISCORD_API_BASE'>): ClientOptions {
  return {
    intents: gatewayIntents(config),
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    // DISCORD_API_BASE: discord.js also discovers the gateway from it (GET /gateway/bot).
    rest: { api: config.DISCORD_API_BASE },
    // The bot never looks back at old messages, presences or reactions: keep memory flat.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 20,
      ReactionManager: 0,
      PresenceManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      VoiceStateManager: 0,
    }),
  };
}
