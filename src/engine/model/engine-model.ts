import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Lang } from '../../kb/languages.js';
import { Analyzer, type AnalyzerVocabulary } from '../analysis/analyzer.js';
import { Lexicon, type CompiledLexicon, type LexiconFile } from '../analysis/lexicon.js';
import type { LanguageCounts } from '../language/language-detector.js';
import { OUT_OF_SCOPE, type AnalysedText } from '../matching/matcher.js';
import type { TextTermIds } from '../matching/text-term-ids.js';
import { TextReading } from './text-reading.js';
import { TextTerms } from './text-terms.js';

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

/** A model as a build makes it, with its texts' terms as ids too (see TextTermIds: for the index it assembles next). */
export interface BuiltModel {
  model: EngineModel;
  /** The term ids of the texts of `model.texts` the index has (every text but answers), in order. */
  termIds: TextTermIds;
}

/** Analyses every text of the knowledge base: examples, titles, answers (vocabulary only). */
export function analyseKnowledgeBase(kb: KnowledgeBase, lexiconFile: LexiconFile): EngineModel {
  return buildModel(kb, lexiconFile).model;
}

/** The same, with the texts' term ids. */
export function buildModel(kb: KnowledgeBase, lexiconFile: LexiconFile): BuiltModel {
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

  const reading = new TextReading(texts.length);
  for (let i = 0; i < texts.length; i++) reading.read(i, texts[i]!.text, texts[i]!.lang, !texts[i]!.vocabularyOnly);
  const analyzer = new Analyzer(lexicon);
  const { words, pairWord, pairLang, pairCount } = reading;
  for (let pair = 0; pair < pairWord.length; pair++) analyzer.learnWord(words[pairWord[pair]!]!, pairLang[pair]!, pairCount[pair]!);
  const terms = new TextTerms(reading, lexicon, analyzer);
  const analysed: AnalysedText[] = [];
  for (let i = 0; i < texts.length; i++) analysed.push(terms.add(i, texts[i]!.intent, texts[i]!.lang, texts[i]!.vocabularyOnly === true));
  const languageCounts = reading.languageCounts();
  return {
    model: { lexicon: compiledLexicon, languageCounts, vocabulary: analyzer.vocabulary(), texts: analysed },
    termIds: terms.termIdsOfIndexed(),
  };
}
