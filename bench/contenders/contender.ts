import type { LexiconFile } from '../../src/engine/analysis/lexicon.js';
import type { Translate } from '../../src/i18n/translator.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Lang } from '../../src/kb/languages.js';

/** The class every contender learns for the knowledge base's out-of-scope examples. */
export const NONE = 'none';

/** One training text: what every contender learns from, the same for all. */
export interface TrainingText {
  intent: string;
  lang: Lang;
  text: string;
}

export interface TrainingInput {
  kb: KnowledgeBase;
  /** Only the engine uses these (they are part of its design); contenders get the texts. */
  lexicon: LexiconFile;
  translate: Translate;
  texts: readonly TrainingText[];
}

/**
 * A contender's answer before its decline threshold: its best intent (null when its own "none"
 * class won or nothing matched), a score to threshold, and the language it would answer in.
 */
export interface RawAnswer {
  intent: string | null;
  score: number;
  lang: Lang;
}

export interface Model {
  ask(question: string): RawAnswer | Promise<RawAnswer>;
}

export interface Contender {
  id: string;
  label: string;
  /** Package and version, for the report. */
  version(): string;
  /**
   * True for factbot's engine, which decides for itself (its settings were tuned on dev.jsonl by
   * the engine's authors); the others decline below a threshold the bench tunes on the dev set.
   */
  decidesItself: boolean;
  build(input: TrainingInput): Model | Promise<Model>;
}

/**
 * The texts every contender trains on: each entry's title and training questions, the conversation
 * intents' examples, and the out-of-scope examples as the class "none" — exactly what the engine
 * builds its index from.
 */
export function trainingTexts(kb: KnowledgeBase): TrainingText[] {
  const texts: TrainingText[] = [];
  for (const e of kb.entries) {
    if (e.retired) continue;
    for (const lang of ['nb', 'en'] as const) {
      texts.push({ intent: e.id, lang, text: e.title[lang] });
      for (const q of e.questions[lang]) texts.push({ intent: e.id, lang, text: q });
    }
  }
  for (const c of kb.conversation) for (const lang of ['nb', 'en'] as const) for (const q of c.questions[lang]) texts.push({ intent: c.id, lang, text: q });
  for (const lang of ['nb', 'en'] as const) for (const q of kb.outOfScope[lang]) texts.push({ intent: NONE, lang, text: q });
  return texts;
}
