import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/config/project-paths.js';
import { AnswerComposer } from '../../src/engine/answer-composer.js';
import { createTranslator, formatList } from '../../src/i18n/translator.js';
import type { Entry } from '../../src/kb/knowledge-base.js';
import { LANGS } from '../../src/kb/languages.js';
import { loadSeedFiles } from '../../src/kb/seed-files.js';
import { localizedName } from '../../src/kb/source-name.js';

describe('AnswerComposer', () => {
  const kb = loadSeedFiles(DATA_DIR);
  const translate = createTranslator();
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const composer = new AnswerComposer(translate, sources);
  const entries = kb.entries.filter((e) => !e.retired);

  it('writes every answer and list of suggestions exactly as i18next writes each line', () => {
    for (const lang of LANGS) {
      const base = { question: 'q', lang, confidence: 0.5 };
      entries.forEach((entry, i) => {
        const related = entries[(i + 1) % entries.length]!;
        const names = entry.sources.flatMap((id) => (sources.has(id) ? [localizedName(sources.get(id)!, lang)] : []));
        const lines = [translate('answer.entry', lang, { status: translate(`status.${entry.status}`, lang), answer: entry.answer[lang] })];
        if (names.length) lines.push(translate('answer.attribution', lang, { count: names.length, sources: formatList(names, lang, translate) }));
        lines.push(translate('answer.related', lang, { title: related.title[lang] }));
        expect(composer.entry(base, entry, related).answer).toBe(lines.join('\n'));

        const offered: Entry[] = [entry, related, entries[(i + 5) % entries.length]!];
        const declined = [translate('answer.declinedUnsure', lang), translate('answer.suggestionsIntro', lang)];
        offered.forEach((e, n) => declined.push(translate('answer.suggestionItem', lang, { number: n + 1, title: e.title[lang] })));
        expect(composer.declined(base, 'unsure', offered).answer).toBe(declined.join('\n'));
      });
    }
  });

  it('writes a value that looks like i18next syntax as it is', () => {
    const [entry] = entries;
    const odd = { ...entry!, id: 'odd', title: { nb: 'Tittel {{count}} $t(answer.empty)', en: 'Title {{count}} $t(answer.empty)' } };
    for (const lang of LANGS) {
      const answer = composer.declined({ question: 'q', lang, confidence: 0 }, 'unsure', [odd]).answer;
      expect(answer.split('\n').at(-1)).toBe(translate('answer.suggestionItem', lang, { number: 1, title: odd.title[lang] }));
    }
  });
});
