import { ApplicationCommandType, type ChatInputCommandInteraction } from 'discord.js';
import { langFromLocale } from '../discord-locale.js';
import { STATUS_STYLE } from '../status-style.js';
import { MEMBER_COMMAND_AVAILABILITY } from './availability.js';
import type { ChatCommand, CommandDeps, CommandModule, CommandOutcome } from './command.js';

/** The knowledge-base entry that describes the article (a stable id, see CONTRACT.md). */
const ARTICLE_ENTRY = 'article-about';

/** `/about`: what the article is, when and by whom, and the credits. */
class AboutCommand implements ChatCommand {
  readonly kind = 'chat';

  constructor(private readonly deps: CommandDeps) {}

  async execute(interaction: ChatInputCommandInteraction): Promise<CommandOutcome> {
    const lang = langFromLocale(interaction.locale);
    const t = this.deps.translate;
    const article = this.deps.engine.current().describe(ARTICLE_ENTRY, lang);
    const embed = {
      color: STATUS_STYLE.meta.color,
      title: t('discord.about.title', lang),
      ...(article?.entry ? { description: article.entry.body } : {}),
      fields: [
        { name: t('discord.about.publishedField', lang), value: t('discord.about.published', lang) },
        { name: t('discord.about.creditsField', lang), value: t('discord.about.credits', lang) },
        { name: t('discord.about.botField', lang), value: t('discord.about.bot', lang) },
      ],
      footer: this.deps.presenter.footer(lang),
    };
    await interaction.reply(this.deps.presenter.payload(embed, []));
    return { lang };
  }
}

export const aboutCommand: CommandModule = {
  definition: (l) => ({ type: ApplicationCommandType.ChatInput, ...l.both('about'), ...MEMBER_COMMAND_AVAILABILITY }),
  create: (deps) => new AboutCommand(deps),
};
