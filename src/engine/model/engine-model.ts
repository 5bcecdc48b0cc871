import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { Analyzer, type AnalyzerVocabulary } from '../analysis/analyzer.js';
import { Lexicon, type CompiledLexicon, type LexiconFile } from '../analysis/lexicon.js';
import type { LanguageCounts } from '../language/language-detector.js';
import type { AnalysedText } from '../matching/matcher.js';
import type { TextTermIds } from '../matching/text-term-ids.js';
import { eachText, textCount } from './knowledge-base-texts.js';
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
  const reading = new TextReading(textCount(kb));
  let n = 0;
  eachText(kb, (_intent, lang, text, vocabularyOnly) => reading.read(n++, text, lang, !vocabularyOnly));
  const analyzer = new Analyzer(lexicon);
  const { words, pairWord, pairLang, pairCount } = reading;
  for (let pair = 0; pair < pairWord.length; pair++) analyzer.learnWord(words[pairWord[pair]!]!, pairLang[pair]!, pairCount[pair]!);
  const terms = new TextTerms(reading, lexicon, analyzer);
  const analysed: AnalysedText[] = [];
  n = 0;
  eachText(kb, (intent, lang, _text, vocabularyOnly) => analysed.push(terms.add(n++, intent, lang, vocabularyOnly)));
  const languageCounts = reading.languageCounts();
  return {
    model: { lexicon: compiledLexicon, languageCounts, vocabulary: analyzer.vocabulary(), texts: analysed },
    termIds: terms.termIdsOfIndexed(),
  };
}
