import { allNames, localizedName } from '../../kb/source-name.js';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIEmbed,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { Source } from '../../kb/knowledge-base.js';
import type { Lang } from '../../kb/languages.js';
import { langFromLocale } from '../discord-locale.js';
import { botError } from '../responder.js';
import { fold, rankByQuery } from '../search.js';
import { NEUTRAL_COLOR, STATUS_STYLE } from '../status-style.js';
import { cut, LIMITS } from '../text-limits.js';
import { MEMBER_COMMAND_AVAILABILITY } from './availability.js';
import type { ChatCommand, CommandDeps, CommandModule, CommandOutcome } from './command.js';

/** `/sources [source]`: who the article's facts come from and what each source says. */
class SourcesCommand implements ChatCommand {
  readonly kind = 'chat';

  constructor(private readonly deps: CommandDeps) {}

  async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const ranked = rankByQuery(this.deps.catalog.list(), interaction.options.getFocused(), (s) => [...allNames(s.name), s.id]);
    const lang = langFromLocale(interaction.locale);
    await interaction.respond(ranked.slice(0, LIMITS.choices).map((s) => ({ name: cut(localizedName(s, lang), LIMITS.choiceName), value: s.id })));
  }

  async execute(interaction: ChatInputCommandInteraction): Promise<CommandOutcome> {
    const lang = langFromLocale(interaction.locale);
    const wanted = interaction.options.getString('source');
    const embed = wanted === null ? this.overview(lang) : this.one(this.find(wanted), lang);
    await interaction.reply(this.deps.presenter.payload(embed, []));
    return { lang };
  }

  private find(value: string): Source {
    const source = this.deps.catalog.get(value) ?? this.deps.catalog.list().find((s) => allNames(s.name).some((n) => fold(n) === fold(value)));
    if (!source) throw botError('unknownSource');
    return source;
  }

  private overview(lang: Lang): APIEmbed {
    const t = this.deps.translate;
    const sources = this.deps.catalog.list();
    const shown = sources.length > LIMITS.embedFields ? sources.slice(0, LIMITS.embedFields - 1) : sources;
    const fields = shown.map((s) => ({ name: localizedName(s, lang), value: s.description[lang] }));
    if (shown.length < sources.length) fields.push({ name: '…', value: t('discord.sources.more', lang, { count: sources.length - shown.length }) });
    return {
      color: NEUTRAL_COLOR,
      title: t('discord.sources.title', lang),
      description: t('discord.sources.intro', lang),
      fields,
      footer: this.deps.presenter.footer(lang),
    };
  }

  private one(source: Source, lang: Lang): APIEmbed {
    const t = this.deps.translate;
    const entries = this.deps.catalog.entriesCiting(source.id);
    const lines = entries.map((e) => `${STATUS_STYLE[e.status].dot} ${e.title[lang]} (${t(`status.${e.status}`, lang)})`);
    let value = lines.join('\n');
    if (value.length > LIMITS.fieldValue) {
      const kept: string[] = [];
      for (const line of lines) {
        const more = t('discord.sources.more', lang, { count: lines.length - kept.length });
        if ([...kept, line, more].join('\n').length > LIMITS.fieldValue) {
          kept.push(more);
          break;
        }
        kept.push(line);
      }
      value = kept.join('\n');
    }
    return {
      color: NEUTRAL_COLOR,
      title: localizedName(source, lang),
      description: source.description[lang],
      fields: [{ name: t('discord.sources.citedField', lang), value: value || t('discord.sources.none', lang) }],
      footer: this.deps.presenter.footer(lang),
    };
  }
}

export const sourcesCommand: CommandModule = {
  definition: (l) => ({
    type: ApplicationCommandType.ChatInput,
    ...l.both('sources'),
    ...MEMBER_COMMAND_AVAILABILITY,
    options: [{ type: ApplicationCommandOptionType.String, ...l.both('sources.options.source'), required: false, autocomplete: true }],
  }),
  create: (deps) => new SourcesCommand(deps),
};
