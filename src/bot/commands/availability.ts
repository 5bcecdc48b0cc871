import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';

/** Where the members' commands can be used: in servers and in DMs with the bot (server install). */
export const MEMBER_COMMAND_AVAILABILITY = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};
