import type { APIApplicationCommandOptionChoice, AutocompleteInteraction } from 'discord.js';
import { LANGS, type Lang } from '../../kb/languages.js';
import { allNames, localizedName } from '../../kb/source-name.js';
import { rankByQuery } from '../search.js';
import { cut, LIMITS } from '../text-limits.js';
import type { KbContext } from './kb-handler.js';
import type { KbSubcommand } from './kb-definition.js';

/** The choices /kb offers for the option being typed, by option name (and, for some, the subcommand). */
export function kbSuggestions(
  { admin, view, backupDir }: KbContext,
  i: AutocompleteInteraction,
  leaf: KbSubcommand,
  lang: Lang,
): APIApplicationCommandOptionChoice[] {
  const focused = i.options.getFocused(true);
  const query = String(focused.value ?? '');
  const choice = (name: string, value: string | number) => ({ name: cut(name, LIMITS.choiceName), value });
  switch (focused.name) {
    case 'entry': {
      const all = admin.entries.list();
      const wanted = leaf === 'entries retire' ? all.filter((e) => !e.retired) : leaf === 'entries restore' ? all.filter((e) => e.retired) : all;
      const retired = view.text('kb.autocomplete.retired', lang);
      return rankByQuery(wanted, query, (e) => [e.title[lang], e.title.nb, e.title.en, e.id]).map((e) =>
        choice(`${e.title[lang]} (${e.id})${e.retired ? ` ${retired}` : ''}`, e.id),
      );
    }
    case 'source': {
      let sources = admin.sources.list();
      const entryId = i.options.getString('entry');
      if (leaf === 'sources unlink' && entryId) sources = sources.filter((s) => s.entries.includes(entryId.trim()));
      if (leaf === 'sources link' && entryId) sources = sources.filter((s) => !s.entries.includes(entryId.trim()));
      return rankByQuery(sources, query, (s) => [...allNames(s.name), s.id]).map((s) => choice(`${localizedName(s, lang)} (${s.id})`, s.id));
    }
    case 'sources': {
      // A comma-separated list: complete its last item.
      const parts = query.split(',');
      const last = parts.pop() ?? '';
      const chosen = parts.map((p) => p.trim()).filter(Boolean);
      const rest = admin.sources.list().filter((s) => !chosen.includes(s.id));
      return rankByQuery(rest, last, (s) => [...allNames(s.name), s.id])
        .map((s) => [...chosen, s.id].join(','))
        .filter((value) => value.length <= LIMITS.choiceValue)
        .map((value) => choice(value.replace(/,/g, ', '), value));
    }
    case 'question': {
      const entryId = i.options.getString('entry')?.trim();
      const language = (i.options.getString('language') as Lang | null) ?? lang;
      const entry = entryId ? admin.entries.list().find((e) => e.id === entryId) : undefined;
      if (!entry || !LANGS.includes(language)) return [];
      const questions = admin.entries.show(entry.id).questions[language];
      return rankByQuery(questions, query, (q) => [q])
        .filter((q) => q.length <= LIMITS.choiceValue)
        .map((q) => choice(q, q));
    }
    case 'item': {
      const items = [...admin.review.unanswered({ limit: 100, nowAnswers: false }), ...admin.review.feedback({ limit: 100, nowAnswers: false })];
      const q = query.trim();
      return items
        .filter((item) => !q || String(item.id).startsWith(q.replace(/^#/, '')) || item.question.toLocaleLowerCase().includes(q.toLocaleLowerCase()))
        .map((item) => choice(`#${item.id} ×${item.count} · ${view.text(`kb.autocomplete.${item.queue}`, lang)}: ${item.question}`, item.id));
    }
    case 'backup': {
      const q = query.trim().toLocaleLowerCase();
      return admin.backups
        .listIn(backupDir)
        .filter((name) => !q || name.toLocaleLowerCase().includes(q))
        .map((name) => choice(name, name));
    }
    case 'change': {
      const q = query.trim().replace(/^#/, '');
      const changes = admin.history.list({ limit: q ? 1000 : LIMITS.choices });
      return changes.filter((c) => !q || String(c.id).startsWith(q)).map((c) => choice(view.changeChoice(c, lang), c.id));
    }
    default:
      return [];
  }
}
