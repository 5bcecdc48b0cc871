import { ApplicationCommandOptionType, ApplicationCommandType, MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { langFromLocale } from '../discord-locale.js';
import { questionText } from '../text-limits.js';
import { MEMBER_COMMAND_AVAILABILITY } from './availability.js';
import type { ChatCommand, CommandDeps, CommandModule, CommandOutcome } from './command.js';

/** Longest question the option accepts (a Nitro user's message can be this long too). */
const MAX_QUESTION = 4000;

/** `/factcheck question:<text> [private]`: the same answer as a mention, as a slash command. */
class FactcheckCommand implements ChatCommand {
  readonly kind = 'chat';

  constructor(private readonly deps: CommandDeps) {}

  async execute(interaction: ChatInputCommandInteraction): Promise<CommandOutcome> {
    const question = interaction.options.getString('question', true);
    const hidden = interaction.options.getBoolean('private') ?? false;
    const { answer, questionId } = this.deps.questions.ask(questionText(question), {
      surface: 'slash',
      guildId: interaction.guildId,
      userId: interaction.user.id,
      channelId: interaction.channelId,
      fallbackLang: langFromLocale(interaction.locale),
    });
    const payload = this.deps.presenter.answer(answer, { questionId, echo: { kind: 'question', text: question } });
    await interaction.reply(hidden ? { ...payload, flags: MessageFlags.Ephemeral } : payload);
    return { intent: answer.intent, kind: answer.kind, lang: answer.lang };
  }
}

export const factcheckCommand: CommandModule = {
  definition: (l) => ({
    type: ApplicationCommandType.ChatInput,
    ...l.both('factcheck'),
    ...MEMBER_COMMAND_AVAILABILITY,
    options: [
      { type: ApplicationCommandOptionType.String, ...l.both('factcheck.options.question'), required: true, max_length: MAX_QUESTION },
      { type: ApplicationCommandOptionType.Boolean, ...l.both('factcheck.options.private'), required: false },
    ],
  }),
  create: (deps) => new FactcheckCommand(deps),
};
