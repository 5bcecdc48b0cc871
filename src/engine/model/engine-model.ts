import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Lang } from '../../kb/languages.js';
import { Analyzer, type AnalyzerVocabulary } from '../analysis/analyzer.js';
import { Lexicon, type CompiledLexicon, type LexiconFile } from '../analysis/lexicon.js';
import { tokenize } from '../analysis/tokenize.js';
import type { LanguageCounts } from '../language/language-detector.js';
import { foldNordic } from '../analysis/fold.js';
import { frameTerms } from '../matching/frame-terms.js';
import { OUT_OF_SCOPE, type AnalysedText } from '../matching/matcher.js';
import type { TextTermIds } from '../matching/text-term-ids.js';

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
  /** One text's term ids per text of `model.texts`. */
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

  // Each text tokenised once, for the language counts, the vocabulary and the analysis alike; its
  // words kept as ids of the distinct words (an archive repeats a few thousand words a million
  // times), so the tokens of every text do not stay alive until the analysis. Whatever depends on
  // a word alone (what it teaches the vocabulary, its terms, its language-count key) is worked out
  // once per word and language; per token only integer arrays are read.
  const analyzer = new Analyzer(lexicon);
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  // Grown by doubling: pushing a million numbers onto an array re-allocates it in large-object space again and again.
  let textWords = new Int32Array(1 << 16);
  let wordCount = 0;
  const wordStart = new Int32Array(texts.length + 1);
  const frames: string[][] = [];
  // A word as written in one language (a "pair"), numbered in the order the texts first use it, and how often it occurs.
  const pairOf: Record<Lang, number[]> = { nb: [], en: [] };
  const pairWord: number[] = [];
  const pairLang: Lang[] = [];
  const pairCount: number[] = [];
  // Language counts (as LanguageCounter keeps them): per folded word, in the order first counted,
  // how many Norwegian and English texts use it (each text once).
  const countKeyOf: number[] = [];
  const countKeys: string[] = [];
  const countKeyIds = new Map<string, number>();
  const countNb: number[] = [];
  const countEn: number[] = [];
  const countedIn: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const tokens = tokenize(t.text);
    wordStart[i] = wordCount;
    if (wordCount + tokens.length > textWords.length) {
      const grown = new Int32Array(2 * (wordCount + tokens.length));
      grown.set(textWords);
      textWords = grown;
    }
    const pairs = pairOf[t.lang];
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      let id = wordIds.get(token);
      if (id === undefined) {
        wordIds.set(token, (id = words.length));
        words.push(token);
      }
      textWords[wordCount++] = id;
      let pair = pairs[id];
      if (pair === undefined) {
        pairs[id] = pair = pairWord.length;
        pairWord.push(id);
        pairLang.push(t.lang);
        pairCount.push(0);
      }
      pairCount[pair]!++;
      if (t.vocabularyOnly) continue;
      let key = countKeyOf[id];
      if (key === undefined) {
        const folded = foldNordic(token);
        key = countKeyIds.get(folded);
        if (key === undefined) {
          countKeyIds.set(folded, (key = countKeys.length));
          countKeys.push(folded);
          countNb.push(0);
          countEn.push(0);
          countedIn.push(-1);
        }
        countKeyOf[id] = key;
      }
      if (countedIn[key] === i) continue;
      countedIn[key] = i;
      if (t.lang === 'nb') countNb[key]!++;
      else countEn[key]!++;
    }
    frames.push(frameTerms(tokens));
  }
  wordStart[texts.length] = wordCount;
  for (let pair = 0; pair < pairWord.length; pair++) analyzer.learnWord(words[pairWord[pair]!]!, pairLang[pair]!, pairCount[pair]!);

  // Each pair's terms as ids of the distinct terms, and whether it may start a lexicon phrase.
  const termIds = new Map<string, number>();
  const termOf: string[] = [];
  const termId = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      termIds.set(term, (id = termOf.length));
      termOf.push(term);
    }
    return id;
  };
  const pairTermStart = new Int32Array(pairWord.length + 1);
  const pairTerms: number[] = [];
  const pairFolded: string[] = [];
  const pairStartsPhrase = new Uint8Array(pairWord.length);
  for (let pair = 0; pair < pairWord.length; pair++) {
    const word = analyzer.documentWordOf(words[pairWord[pair]!]!, pairLang[pair]!);
    pairTermStart[pair] = pairTerms.length;
    for (const term of word.terms) pairTerms.push(termId(term));
    pairFolded.push(word.folded);
    if (lexicon.startsPhrase(word.folded)) pairStartsPhrase[pair] = 1;
  }
  pairTermStart[pairWord.length] = pairTerms.length;

  // Each text's terms in order of first use, each once (as analyzeDocument gives them), then its direction.
  const analysed: AnalysedText[] = [];
  // One array grown by push for every text, each text's terms then copied out at their exact length: an array grown
  // by push keeps room to grow (17 slots for 8 terms), about 95 MB over the 1.2 million texts of 100,000 entries.
  const terms: string[] = [];
  const usedIn: number[] = [];
  const folded: string[] = [];
  const textTermStart = new Int32Array(texts.length + 1);
  // Grown by doubling, as textWords.
  let textTermIds = new Int32Array(wordCount + texts.length);
  let termCount = 0;
  const addTerm = (id: number): void => {
    if (termCount === textTermIds.length) {
      const grown = new Int32Array(2 * termCount);
      grown.set(textTermIds);
      textTermIds = grown;
    }
    textTermIds[termCount++] = id;
    terms.push(termOf[id]!);
  };
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const pairs = pairOf[t.lang];
    terms.length = 0;
    textTermStart[i] = termCount;
    let phrase = false;
    for (let j = wordStart[i]!; j < wordStart[i + 1]!; j++) {
      const pair = pairs[textWords[j]!]!;
      phrase ||= pairStartsPhrase[pair] === 1;
      for (let k = pairTermStart[pair]!; k < pairTermStart[pair + 1]!; k++) {
        const id = pairTerms[k]!;
        if (usedIn[id] === i) continue;
        usedIn[id] = i;
        addTerm(id);
      }
    }
    if (phrase) {
      folded.length = 0;
      for (let j = wordStart[i]!; j < wordStart[i + 1]!; j++) folded.push(pairFolded[pairs[textWords[j]!]!]!);
      for (const concept of lexicon.phraseConcepts(folded)) {
        const id = termId(concept);
        if (usedIn[id] === i) continue;
        usedIn[id] = i;
        addTerm(id);
      }
    }
    // Its frame's terms (flow.ts, frame-terms.ts), each once.
    for (const term of frames[i]!) {
      const id = termId(term);
      if (usedIn[id] === i) continue;
      usedIn[id] = i;
      addTerm(id);
    }
    const exact = terms.slice();
    analysed.push(t.vocabularyOnly ? { intent: t.intent, terms: exact, vocabularyOnly: true } : { intent: t.intent, terms: exact });
  }
  textTermStart[texts.length] = termCount;
  const languageCounts: LanguageCounts = countKeys.map((key, i) => [key, countNb[i]!, countEn[i]!]);
  return {
    model: { lexicon: compiledLexicon, languageCounts, vocabulary: analyzer.vocabulary(), texts: analysed },
    termIds: { terms: termOf, start: textTermStart, ids: textTermIds },
  };
}
