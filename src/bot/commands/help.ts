import { ApplicationCommandType, channelMention, MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { formatList } from '../../i18n/translator.js';
import { langFromLocale } from '../discord-locale.js';
import { NEUTRAL_COLOR } from '../status-style.js';
import { MEMBER_COMMAND_AVAILABILITY } from './availability.js';
import type { ChatCommand, CommandDeps, CommandModule, CommandOutcome } from './command.js';

/** `/help`: how to use the bot, in the user's language, only to them. */
class HelpCommand implements ChatCommand {
  readonly kind = 'chat';

  constructor(private readonly deps: CommandDeps) {}

  async execute(interaction: ChatInputCommandInteraction): Promise<CommandOutcome> {
    const lang = langFromLocale(interaction.locale);
    const t = this.deps.translate;
    const channels = this.deps.factCheckChannels;
    const fields = [{ name: t('discord.help.askField', lang), value: t('discord.help.ask', lang) }];
    if (channels.length)
      fields.push({
        name: t('discord.help.channelsField', lang),
        value: t('discord.help.channels', lang, { channels: formatList(channels.map(channelMention), lang, t) }),
      });
    fields.push(
      { name: t('discord.help.commandsField', lang), value: t('discord.help.commands', lang) },
      { name: t('discord.help.labelsField', lang), value: t('discord.help.labels', lang) },
      { name: t('discord.help.buttonsField', lang), value: t('discord.help.buttons', lang) },
    );
    const embed = {
      color: NEUTRAL_COLOR,
      title: t('discord.help.title', lang),
      description: t('discord.help.intro', lang),
      fields,
      footer: this.deps.presenter.footer(lang),
    };
    await interaction.reply({ ...this.deps.presenter.payload(embed, []), flags: MessageFlags.Ephemeral });
    return { lang };
  }
}

export const helpCommand: CommandModule = {
  definition: (l) => ({ type: ApplicationCommandType.ChatInput, ...l.both('help'), ...MEMBER_COMMAND_AVAILABILITY }),
  create: (deps) => new HelpCommand(deps),
};
