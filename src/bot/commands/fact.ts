import { ApplicationCommandOptionType, ApplicationCommandType, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { EngineAnswer } from '../../engine/answer.js';
import type { Lang } from '../../kb/languages.js';
import { langFromLocale } from '../discord-locale.js';
import { botError } from '../responder.js';
import { fold, rankByQuery } from '../search.js';
import { cut, LIMITS } from '../text-limits.js';
import { MEMBER_COMMAND_AVAILABILITY } from './availability.js';
import type { ChatCommand, CommandDeps, CommandModule, CommandOutcome } from './command.js';

/** `/fact entry:<…>`: one entry with its status and sources; autocomplete over titles. */
class FactCommand implements ChatCommand {
  readonly kind = 'chat';

  constructor(private readonly deps: CommandDeps) {}

  async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const lang = langFromLocale(interaction.locale);
    const entries = this.deps.engine.current().listEntries();
    const ranked = rankByQuery(entries, interaction.options.getFocused(), (e) => [e.title[lang], e.title.nb, e.title.en, e.id]);
    await interaction.respond(ranked.slice(0, LIMITS.choices).map((e) => ({ name: cut(e.title[lang], LIMITS.choiceName), value: e.id })));
  }

  async execute(interaction: ChatInputCommandInteraction): Promise<CommandOutcome> {
    const lang = langFromLocale(interaction.locale);
    const answer = this.resolve(interaction.options.getString('entry', true), lang);
    await interaction.reply(this.deps.presenter.entry(answer));
    return { intent: answer.intent, kind: answer.kind, lang };
  }

  /** The picked id; or, for typed text, an entry with that title, or the one the text asks about. */
  private resolve(value: string, lang: Lang): EngineAnswer {
    const engine = this.deps.engine.current();
    const byId = engine.describe(value, lang);
    if (byId) return byId;
    const wanted = fold(value);
    const byTitle = engine.listEntries().find((e) => fold(e.title.nb) === wanted || fold(e.title.en) === wanted);
    if (byTitle) return engine.describe(byTitle.id, lang)!;
    const asked = engine.ask(value, { fallbackLang: lang });
    if (asked.kind === 'entry' && asked.intent) return engine.describe(asked.intent, lang)!;
    throw botError('unknownEntry');
  }
}

export const factCommand: CommandModule = {
  definition: (l) => ({
    type: ApplicationCommandType.ChatInput,
    ...l.both('fact'),
    ...MEMBER_COMMAND_AVAILABILITY,
    options: [{ type: ApplicationCommandOptionType.String, ...l.both('fact.options.entry'), required: true, autocomplete: true }],
  }),
  create: (deps) => new FactCommand(deps),
};
