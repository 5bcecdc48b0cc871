import type { Lang } from '../../kb/languages.js';
import type { Analyzer } from '../analysis/analyzer.js';
import { DEFAULT_MATCHER_SETTINGS, type MatcherSettings } from './matcher-settings.js';
import { TermIndex, type IndexedText } from './term-index.js';

export const OUT_OF_SCOPE = 'out-of-scope';

export interface MatcherText {
  intent: string;
  lang: Lang;
  text: string;
}

export interface Candidate {
  intent: string;
  score: number;
}

export interface Match {
  /** The answering intent, or null when the question is declined. */
  intent: string | null;
  confidence: number;
  /** Ranked intents (out-of-scope excluded), best first. */
  ranked: Candidate[];
  /** A close runner-up worth mentioning beside the answer. */
  related: string | null;
  /** Content words of the question the knowledge base does not know. */
  unknown: string[];
}

/** Scores a question against every intent's texts and decides whether to answer at all. */
export class Matcher {
  private readonly intents: string[];
  private readonly index: TermIndex;

  constructor(
    texts: readonly MatcherText[],
    private readonly analyzer: Analyzer,
    private readonly settings: MatcherSettings = DEFAULT_MATCHER_SETTINGS,
  ) {
    const intentIds = new Map<string, number>();
    for (const t of texts) analyzer.learn(t.text, t.lang);
    const indexed: IndexedText[] = texts.map((t) => {
      let id = intentIds.get(t.intent);
      if (id === undefined) intentIds.set(t.intent, (id = intentIds.size));
      return { intent: id, terms: analyzer.analyzeDocument(t.text, t.lang).terms };
    });
    this.intents = [...intentIds.keys()];
    this.index = new TermIndex(indexed, this.intents.length, { concept: settings.conceptWeight });
  }

  match(question: string, lang: Lang): Match {
    const { terms, unknown } = this.analyzer.analyzeQuestion(question, lang);
    const unknownMass = unknown.length * (this.index.unknownIdf * this.settings.unknownWeight) ** 2;
    const query = this.index.vector(terms, unknownMass);
    const { best, centroid } = this.index.score(query);
    const share = this.settings.bestShare;
    const all: Candidate[] = this.intents.map((intent, i) => ({
      intent,
      score: share * best[i]! + (1 - share) * centroid[i]!,
    }));
    all.sort((a, b) => b.score - a.score);
    const outOfScope = all.find((c) => c.intent === OUT_OF_SCOPE)?.score ?? 0;
    const ranked = all.filter((c) => c.intent !== OUT_OF_SCOPE);
    const top = ranked[0];
    const topScore = top?.score ?? 0;
    const confidence = 1 / (1 + Math.exp(-this.settings.calibrationSlope * (topScore - this.settings.threshold)));
    const answerable =
      top !== undefined && topScore >= this.settings.threshold && topScore >= outOfScope + this.settings.outOfScopeMargin;
    const second = ranked[1];
    const related =
      answerable && second && second.score >= this.settings.threshold && topScore - second.score <= this.settings.relatedGap
        ? second.intent
        : null;
    return {
      intent: answerable ? top.intent : null,
      confidence: answerable ? confidence : Math.min(confidence, 1 - confidence),
      ranked,
      related,
      unknown,
    };
  }
}
