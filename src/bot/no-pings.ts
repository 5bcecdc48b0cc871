import type { MessageMentionOptions, MessageMentionTypes } from 'discord.js';

/**
 * Nothing the bot sends pings anyone: not @everyone/@here, roles or users named in a question,
 * nor the person it replies to. Set on the client and again on every payload.
 */
export const NO_PINGS: MessageMentionOptions = { parse: [] as MessageMentionTypes[], repliedUser: false };
