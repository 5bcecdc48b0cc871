import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { Analyzer, type AnalyzerVocabulary } from '../analysis/analyzer.js';
import { Lexicon, type CompiledLexicon, type LexiconFile } from '../analysis/lexicon.js';
import type { WordRarity } from '../analysis/word-rarity.js';
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
  /** The analyzer that learnt the vocabulary: the engine's own, not one loaded again from `model.vocabulary`. */
  analyzer: Analyzer;
}

/** Analyses every text of the knowledge base: examples, titles, answers (vocabulary only). */
export function analyseKnowledgeBase(kb: KnowledgeBase, lexiconFile: LexiconFile): EngineModel {
  return buildModel(kb, lexiconFile).model;
}

/** The same, with the texts' term ids and the analyzer (`rarity`: the one it weighs a question's words with). */
export function buildModel(kb: KnowledgeBase, lexiconFile: LexiconFile, rarity?: WordRarity): BuiltModel {
  const compiledLexicon = Lexicon.compile(lexiconFile);
  const lexicon = new Lexicon(compiledLexicon);
  const reading = new TextReading(textCount(kb));
  let n = 0;
  eachText(kb, (_intent, lang, text, vocabularyOnly) => reading.read(n++, text, lang, !vocabularyOnly));
  const analyzer = new Analyzer(lexicon, undefined, rarity);
  const { words, pairWord, pairLang, pairCount } = reading;
  for (let pair = 0; pair < pairWord.length; pair++) analyzer.learnWord(words[pairWord[pair]!]!, pairLang[pair]!, pairCount[pair]!);
  const terms = new TextTerms(reading, lexicon, analyzer);
  const analysed: AnalysedText[] = [];
  n = 0;
  eachText(kb, (intent, lang, _text, vocabularyOnly) => analysed.push(terms.add(n++, intent, lang, vocabularyOnly)));
  const model = modelOf(compiledLexicon, reading.languageCounts(), analyzer, analysed);
  return { model, termIds: terms.termIdsOfIndexed(), analyzer };
}

/**
 * A model whose vocabulary is listed from `analyzer` when first read (a save, an update): a build hands the engine the
 * analyzer itself, which learns nothing more. Apart from buildModel, so the getter holds the analyzer, not the build's
 * working data (a closure keeps its whole scope alive).
 */
function modelOf(lexicon: CompiledLexicon, languageCounts: LanguageCounts, analyzer: Analyzer, texts: AnalysedText[]): EngineModel {
  let vocabulary: AnalyzerVocabulary | undefined;
  return {
    lexicon,
    languageCounts,
    get vocabulary() {
      return (vocabulary ??= analyzer.vocabulary());
    },
    texts,
  };
}
