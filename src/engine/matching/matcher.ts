import type { Lang } from '../../kb/languages.js';
import type { Analyzer } from '../analysis/analyzer.js';
import { DEFAULT_MATCHER_SETTINGS, type MatcherSettings } from './matcher-settings.js';
import { TermIndex, type IndexedText } from './term-index.js';

export const OUT_OF_SCOPE = 'out-of-scope';

/** A knowledge-base text after analysis: which intent it belongs to and its terms. */
export interface AnalysedText {
  intent: string;
  terms: string[];
  /** Vocabulary-only texts (an entry's answer) say which words an intent covers but are not examples. */
  vocabularyOnly?: boolean;
}

export interface Candidate {
  intent: string;
  score: number;
}

export interface Match {
  /** The answering intent, or null when the question is declined. */
  intent: string | null;
  confidence: number;
  /** The best two intents (out-of-scope excluded), best first. */
  ranked: Candidate[];
  /** A close runner-up worth mentioning beside the answer. */
  related: string | null;
  /** Content words of the question the knowledge base does not know. */
  unknown: string[];
  diagnostics: { topScore: number; topBest: number; explained: number; outOfScope: number };
}

/** Scores a question against every intent's texts and decides whether to answer at all. */
export class Matcher {
  private readonly intents: string[];
  private readonly outOfScopeIndex: number;
  private readonly index: TermIndex;
  /** Every term each intent's texts use: what an answer from it can speak to. */
  private readonly vocabulary: Set<string>[];

  constructor(
    texts: readonly AnalysedText[],
    private readonly analyzer: Analyzer,
    private readonly settings: MatcherSettings = DEFAULT_MATCHER_SETTINGS,
  ) {
    const intentIds = new Map<string, number>();
    this.vocabulary = [];
    const indexed: IndexedText[] = [];
    for (const t of texts) {
      let id = intentIds.get(t.intent);
      if (id === undefined) {
        intentIds.set(t.intent, (id = intentIds.size));
        this.vocabulary.push(new Set());
      }
      for (const term of t.terms) this.vocabulary[id]!.add(term);
      if (!t.vocabularyOnly) indexed.push({ intent: id, terms: t.terms });
    }
    this.intents = [...intentIds.keys()];
    this.outOfScopeIndex = intentIds.get(OUT_OF_SCOPE) ?? -1;
    this.index = new TermIndex(indexed, this.intents.length, { concept: settings.conceptWeight });
  }

  match(question: string, lang: Lang): Match {
    const { terms, unknown, synonyms } = this.analyzer.analyzeQuestion(question, lang);
    const unknownMass = unknown.length * (this.index.unknownIdf * this.settings.unknownWeight) ** 2;
    const query = this.index.vector(terms, unknownMass);
    const { best, centroid } = this.index.score(query);
    const share = this.settings.bestShare;
    // The two best intents in one pass: no object or sort per intent (an archive has thousands).
    let first = -1;
    let second = -1;
    let firstScore = 0;
    let secondScore = 0;
    let outOfScope = 0;
    for (let i = 0; i < this.intents.length; i++) {
      if (i === this.outOfScopeIndex) {
        outOfScope = best[i]!;
        continue;
      }
      const score = share * best[i]! + (1 - share) * centroid[i]!;
      if (score <= 0) continue;
      if (score > firstScore) {
        second = first;
        secondScore = firstScore;
        first = i;
        firstScore = score;
      } else if (score > secondScore) {
        second = i;
        secondScore = score;
      }
    }
    const topBest = first >= 0 ? best[first]! : 0;
    const explained = first >= 0 ? this.explained(query, synonyms, first) : 0;
    const { threshold, calibrationSlope, minExplained, outOfScopeMargin, relatedGap } = this.settings;
    // How much of what the question asks the entry speaks to, and how well it matches, together.
    const evidence = Math.min(firstScore - threshold, (explained - minExplained) / 2);
    const answerable = first >= 0 && evidence >= 0 && outOfScope < topBest + outOfScopeMargin;
    const confidence = 1 / (1 + Math.exp(-calibrationSlope * evidence));
    const related =
      answerable && second >= 0 && secondScore >= threshold && firstScore - secondScore <= relatedGap
        ? this.intents[second]!
        : null;
    const ranked: Candidate[] = [first, second].filter((i) => i >= 0).map((i) => ({ intent: this.intents[i]!, score: i === first ? firstScore : secondScore }));
    return {
      intent: answerable ? this.intents[first]! : null,
      confidence: answerable ? confidence : Math.min(confidence, 1 - confidence),
      ranked,
      related,
      unknown,
      diagnostics: { topScore: firstScore, topBest, explained, outOfScope },
    };
  }

  /**
   * Share of the question's weight (unknown words included) that the intent's own texts use,
   * directly or through a synonym ("proof" where the entry says "evidence").
   */
  private explained(query: Map<string, number>, synonyms: Map<string, string[]>, intent: number): number {
    const vocabulary = this.vocabulary[intent]!;
    let mass = 0;
    for (const [term, weight] of query)
      if (vocabulary.has(term) || synonyms.get(term)?.some((c) => vocabulary.has(c))) mass += weight * weight;
    return mass;
  }
}
