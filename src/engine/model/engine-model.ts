import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Lang } from '../../kb/languages.js';
import { Analyzer, type AnalyzerVocabulary } from '../analysis/analyzer.js';
import { Lexicon, type CompiledLexicon, type LexiconFile } from '../analysis/lexicon.js';
import { tokenize } from '../analysis/tokenize.js';
import { LanguageCounter, type LanguageCounts } from '../language/language-detector.js';
import { FLOW_TERMS, flowOf, type Flow } from '../matching/flow.js';
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

  // Each text tokenised once, for the language counts, the vocabulary and the analysis alike; its
  // words kept as ids of the distinct words (an archive repeats a few thousand words a million
  // times), so the tokens of every text do not stay alive until the analysis.
  const analyzer = new Analyzer(lexicon);
  const counter = new LanguageCounter();
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  // Grown by doubling: pushing a million numbers onto an array re-allocates it in large-object space again and again.
  let textWords = new Int32Array(1 << 16);
  let wordCount = 0;
  const wordStart = new Int32Array(texts.length + 1);
  const flows: Array<Flow | undefined> = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const tokens = tokenize(t.text);
    wordStart[i] = wordCount;
    if (wordCount + tokens.length > textWords.length) {
      const grown = new Int32Array(2 * (wordCount + tokens.length));
      grown.set(textWords);
      textWords = grown;
    }
    for (const token of tokens) {
      let id = wordIds.get(token);
      if (id === undefined) {
        wordIds.set(token, (id = words.length));
        words.push(token);
      }
      textWords[wordCount++] = id;
    }
    flows.push(flowOf(tokens));
    if (!t.vocabularyOnly) counter.add(t.lang, tokens);
    analyzer.learn(tokens, t.lang);
  }
  wordStart[texts.length] = wordCount;
  const tokens: string[] = [];
  const analysed: AnalysedText[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    tokens.length = 0;
    for (let j = wordStart[i]!; j < wordStart[i + 1]!; j++) tokens.push(words[textWords[j]!]!);
    const { terms } = analyzer.analyzeDocument(tokens, t.lang);
    const flow = flows[i];
    if (flow) terms.push(FLOW_TERMS[flow]);
    analysed.push(t.vocabularyOnly ? { intent: t.intent, terms, vocabularyOnly: true } : { intent: t.intent, terms });
  }
  return { lexicon: compiledLexicon, languageCounts: counter.counts(), vocabulary: analyzer.vocabulary(), texts: analysed };
}
