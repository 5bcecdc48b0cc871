import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Lang } from '../../kb/languages.js';
import { Analyzer, type AnalyzerVocabulary } from '../analysis/analyzer.js';
import { Lexicon, type CompiledLexicon, type LexiconFile } from '../analysis/lexicon.js';
import { tokenize } from '../analysis/tokenize.js';
import { LanguageDetector, type LanguageCounts } from '../language/language-detector.js';
import { flowTerms } from '../matching/flow.js';
import { OUT_OF_SCOPE, type AnalysedText } from '../matching/matcher.js';

/**
 * Everything the engine learns from a knowledge base, as plain data: the slow part of building
 * (tokenising, stemming, splitting every text). It can be saved and loaded again, so a process
 * that starts on an unchanged knowledge base skips it.
 */
export interface EngineModel {
  lexicon: CompiledLexicon;
  languageCounts: LanguageCounts;
  vocabulary: AnalyzerVocabulary;
  texts: AnalysedText[];
}

interface SourceText {
  intent: string;
  lang: Lang;
  text: string;
  vocabularyOnly?: boolean;
}

/** Analyses every text of the knowledge base: examples, titles, answers (vocabulary only). */
export function analyseKnowledgeBase(kb: KnowledgeBase, lexiconFile: LexiconFile): EngineModel {
  const compiledLexicon = Lexicon.compile(lexiconFile);
  const lexicon = new Lexicon(compiledLexicon);
  const texts: SourceText[] = [];
  for (const e of kb.entries) {
    if (e.retired) continue;
    for (const lang of ['nb', 'en'] as const) {
      texts.push({ intent: e.id, lang, text: e.title[lang] });
      texts.push({ intent: e.id, lang, text: e.answer[lang], vocabularyOnly: true });
      for (const q of e.questions[lang]) texts.push({ intent: e.id, lang, text: q });
    }
  }
  for (const c of kb.conversation) for (const lang of ['nb', 'en'] as const) for (const q of c.questions[lang]) texts.push({ intent: c.id, lang, text: q });
  for (const lang of ['nb', 'en'] as const) for (const q of kb.outOfScope[lang]) texts.push({ intent: OUT_OF_SCOPE, lang, text: q });

  // Each text tokenised once, for the language counts, the vocabulary and the analysis alike.
  const tokens = texts.map((t) => tokenize(t.text));
  const languageCounts = LanguageDetector.count(texts.flatMap((t, i) => (t.vocabularyOnly ? [] : [{ lang: t.lang, tokens: tokens[i]! }])));
  const analyzer = new Analyzer(lexicon);
  texts.forEach((t, i) => analyzer.learn(tokens[i]!, t.lang));
  return {
    lexicon: compiledLexicon,
    languageCounts,
    vocabulary: analyzer.vocabulary(),
    texts: texts.map((t, i) => ({
      intent: t.intent,
      terms: [...analyzer.analyzeDocument(tokens[i]!, t.lang).terms, ...flowTerms(tokens[i]!)],
      ...(t.vocabularyOnly ? { vocabularyOnly: true } : {}),
    })),
  };
}
