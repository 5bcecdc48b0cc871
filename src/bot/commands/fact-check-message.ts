import { ApplicationCommandType, type MessageContextMenuCommandInteraction } from 'discord.js';
import { langFromLocale } from '../discord-locale.js';
import { botError } from '../responder.js';
import { questionText } from '../text-limits.js';
import { MEMBER_COMMAND_AVAILABILITY } from './availability.js';
import type { CommandDeps, CommandModule, CommandOutcome, MessageCommand } from './command.js';

/** Message context menu "Fact-check this message": answers the selected message's text. */
class FactCheckMessageCommand implements MessageCommand {
  readonly kind = 'message';

  constructor(private readonly deps: CommandDeps) {}

  async execute(interaction: MessageContextMenuCommandInteraction): Promise<CommandOutcome> {
    const target = interaction.targetMessage;
    const text = questionText(target.content);
    if (!text) throw botError('emptyMessage');
    const { answer, questionId } = this.deps.questions.ask(text, {
      surface: 'context-menu',
      guildId: interaction.guildId,
      userId: interaction.user.id,
      channelId: interaction.channelId,
      fallbackLang: langFromLocale(interaction.locale),
    });
    await interaction.reply(this.deps.presenter.answer(answer, { questionId, echo: { kind: 'message', text: target.content, link: target.url } }));
    return { intent: answer.intent, kind: answer.kind, lang: answer.lang };
  }
}

export const factCheckMessageCommand: CommandModule = {
  // Message commands have a name only (it may contain spaces and capitals).
  definition: (l) => ({ type: ApplicationCommandType.Message, ...l.name('factCheckMessage'), ...MEMBER_COMMAND_AVAILABILITY }),
  create: (deps) => new FactCheckMessageCommand(deps),
};
