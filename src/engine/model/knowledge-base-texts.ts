import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Lang } from '../../kb/languages.js';
import { OUT_OF_SCOPE } from '../matching/matcher.js';

/** Visits one text: its intent, language and wording; `vocabularyOnly` for an entry's answer. */
export type TextVisitor = (intent: string, lang: Lang, text: string, vocabularyOnly: boolean) => void;

const LANGS = ['nb', 'en'] as const;

/**
 * Every text a build analyses, in the model's order: each entry's title, answer (vocabulary only)
 * and questions per language, then the conversation questions, then the out-of-scope examples.
 * Visited in place, not listed: an archive has over a million texts, and an object per text only
 * to read it once is garbage the collector copies while the build runs.
 */
export function eachText(kb: KnowledgeBase, visit: TextVisitor): void {
  for (let i = 0; i < kb.entries.length; i++) {
    const e = kb.entries[i]!;
    if (e.retired) continue;
    for (let l = 0; l < LANGS.length; l++) {
      const lang = LANGS[l]!;
      visit(e.id, lang, e.title[lang], false);
      visit(e.id, lang, e.answer[lang], true);
      const questions = e.questions[lang];
      for (let q = 0; q < questions.length; q++) visit(e.id, lang, questions[q]!, false);
    }
  }
  for (let i = 0; i < kb.conversation.length; i++) {
    const c = kb.conversation[i]!;
    for (let l = 0; l < LANGS.length; l++) for (const q of c.questions[LANGS[l]!]) visit(c.id, LANGS[l]!, q, false);
  }
  for (let l = 0; l < LANGS.length; l++) for (const q of kb.outOfScope[LANGS[l]!]) visit(OUT_OF_SCOPE, LANGS[l]!, q, false);
}

/** How many texts eachText visits. */
export function textCount(kb: KnowledgeBase): number {
  let count = 0;
  for (const e of kb.entries) if (!e.retired) for (const lang of LANGS) count += 2 + e.questions[lang].length;
  for (const c of kb.conversation) for (const lang of LANGS) count += c.questions[lang].length;
  for (const lang of LANGS) count += kb.outOfScope[lang].length;
  return count;
}
