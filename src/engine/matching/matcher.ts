import type { Lang } from '../../kb/languages.js';
import type { Analyzer } from '../analysis/analyzer.js';
import { WordRarity } from '../analysis/word-rarity.js';
import { ITEMS_PER_SLICE, type Assembly } from '../assembly/assembly.js';
import { FLOW_TERMS, flowOf, type Flow } from './flow.js';
import { DEFAULT_MATCHER_SETTINGS, type MatcherSettings } from './matcher-settings.js';
import { TermIndex, type IndexedText, type QueryVector } from './term-index.js';
import { updateTermIndex } from './term-index-update.js';

export const OUT_OF_SCOPE = 'out-of-scope';

/** A knowledge-base text after analysis: which intent it belongs to and its terms. */
export interface AnalysedText {
  intent: string;
  terms: string[];
  /** Vocabulary-only texts (an entry's answer) say which words an intent covers but are not examples. */
  vocabularyOnly?: boolean;
}

/** The match's features, in order: what the answer decision weighs. */
export const MATCH_FEATURES = [
  'score', // the best intent's score (best text and whole intent)
  'bestText', // its best single text's cosine
  'explained', // share of the question's weight the intent's own texts explain
  'outOfScopeGap', // how much better the out-of-scope examples match than its best text
  'lead', // its lead over the runner-up
  'unknownShare', // share of the question's weight in words nothing knows (and a future/opinion frame)
  'framed', // 1 for a prediction or opinion question
] as const;

type FlowCounts = Record<Flow, number>;
const FLOWS: readonly Flow[] = ['to-russia', 'to-north-korea'];
// An intent has a direction when at least this many of its examples state it (and none the other).
const MIN_FLOW_EXAMPLES = 3;

export interface Candidate {
  intent: string;
  score: number;
}

export interface Match {
  /** The answering intent, or null when the question is declined. */
  intent: string | null;
  confidence: number;
  /** The best three intents (out-of-scope excluded), best first. */
  ranked: Candidate[];
  /** When declined: intents that come close, best first (at most three); empty when answered. */
  suggestions: string[];
  /** A close runner-up worth mentioning beside the answer. */
  related: string | null;
  /** Content words of the question the knowledge base does not know. */
  unknown: string[];
  /** What the decision is made from (see MATCH_FEATURES). */
  features: number[];
  diagnostics: { topScore: number; topBest: number; explained: number; outOfScope: number };
}

/** Adds a text to its intent's vocabulary and directions; whether it is indexed (not vocabulary only). */
function learnText(t: AnalysedText, vocabulary: Set<string>, flows: FlowCounts): boolean {
  for (const term of t.terms) vocabulary.add(term);
  if (t.vocabularyOnly) return false;
  for (const flow of FLOWS) if (t.terms.includes(FLOW_TERMS[flow])) flows[flow]++;
  return true;
}

/** Scores a question against every intent's texts and decides whether to answer at all. */
export class Matcher {
  private readonly tellingByTerm = new Map<string, number>();

  /** A matcher over these texts, built in small pieces (see Assembly). */
  static *assemble(
    texts: readonly AnalysedText[],
    analyzer: Analyzer,
    settings: MatcherSettings = DEFAULT_MATCHER_SETTINGS,
    rarity: WordRarity = new WordRarity(),
  ): Assembly<Matcher> {
    const intentIds = new Map<string, number>();
    const vocabulary: Set<string>[] = [];
    const flows: FlowCounts[] = [];
    const indexed: IndexedText[] = [];
    for (let n = 0; n < texts.length; n++) {
      const t = texts[n]!;
      if (n % ITEMS_PER_SLICE === 0) yield;
      let id = intentIds.get(t.intent);
      if (id === undefined) {
        intentIds.set(t.intent, (id = intentIds.size));
        vocabulary.push(new Set());
        flows.push({ 'to-russia': 0, 'to-north-korea': 0 });
      }
      if (learnText(t, vocabulary[id]!, flows[id]!)) indexed.push({ intent: id, terms: t.terms });
    }
    const index = yield* TermIndex.assemble(indexed, intentIds.size, { concept: settings.conceptWeight });
    return new Matcher([...intentIds.keys()], intentIds.get(OUT_OF_SCOPE) ?? -1, index, vocabulary, flows, analyzer, settings, rarity);
  }

  /**
   * This matcher for the texts as they are now (grouped by intent, as the model lists them), where
   * only the intents in `changed` have other texts than this one's: their vocabulary, directions
   * and index entries are made again and the rest kept (see updateTermIndex). The same matcher
   * `assemble` gives; undefined when the intents themselves changed (then assemble it).
   */
  updated(texts: readonly AnalysedText[], changed: ReadonlySet<string>, analyzer: Analyzer): Matcher | undefined {
    // Where each intent's texts are: they must come in this matcher's intents' order.
    const start = new Int32Array(this.intents.length + 1);
    let intent = -1;
    for (let n = 0; n < texts.length; n++) {
      if (intent >= 0 && texts[n]!.intent === this.intents[intent]) continue;
      if (this.intents[++intent] !== texts[n]!.intent) return undefined;
      start[intent] = n;
    }
    if (intent !== this.intents.length - 1) return undefined;
    start[this.intents.length] = texts.length;
    const vocabulary = [...this.vocabulary];
    const flows = [...this.flows];
    const numbers = new Set<number>();
    for (const id of changed) {
      const i = this.intents.indexOf(id);
      if (i < 0) continue;
      numbers.add(i);
      vocabulary[i] = new Set();
      flows[i] = { 'to-russia': 0, 'to-north-korea': 0 };
      for (let n = start[i]!; n < start[i + 1]!; n++) learnText(texts[n]!, vocabulary[i], flows[i]);
    }
    const indexedOf = (i: number): string[][] => texts.slice(start[i], start[i + 1]).flatMap((t) => (t.vocabularyOnly ? [] : [t.terms]));
    const index = updateTermIndex(this.index, numbers, indexedOf, this.intents.length, { concept: this.settings.conceptWeight });
    return index && new Matcher(this.intents, this.outOfScopeIndex, index, vocabulary, flows, analyzer, this.settings, this.rarity);
  }

  private constructor(
    private readonly intents: string[],
    private readonly outOfScopeIndex: number,
    private readonly index: TermIndex,
    /** Every term each intent's texts use: what an answer from it can speak to. */
    private readonly vocabulary: Set<string>[],
    /** Per intent, how many of its examples send something each way between North Korea and Russia. */
    private readonly flows: FlowCounts[],
    private readonly analyzer: Analyzer,
    private readonly settings: MatcherSettings,
    private readonly rarity: WordRarity,
  ) {}

  /**
   * `framed`: the question asks for a prediction or an opinion, which weighs against every entry
   * like a telling word no entry uses.
   */
  match(tokens: readonly string[], lang: Lang, framed = false): Match {
    const { terms, unknown, synonyms } = this.analyzer.analyzeTokens(tokens, lang);
    const flow = flowOf(tokens);
    if (flow) terms.push(FLOW_TERMS[flow]);
    const { unknownWeight, unknownFloor, frameWeight } = this.settings;
    let unknownMass = framed ? (this.index.unknownIdf * frameWeight) ** 2 : 0;
    // An unknown everyday word ("uncle", "lurer") changes what is asked less than a name or a number.
    for (const word of unknown) {
      const weight = unknownWeight * (unknownFloor + (1 - unknownFloor) * this.rarity.of(word));
      unknownMass += (this.index.unknownIdf * weight) ** 2;
    }
    const query = this.index.vector(terms, unknownMass);
    let knownMass = 0;
    for (let i = 0; i < query.count; i++) knownMass += query.weights[i]! * query.weights[i]!;
    const share = this.settings.bestShare;
    const { best, centroid } = this.index.score(query, share, this.outOfScopeIndex);
    // The best three intents in one pass: no object or sort per intent (an archive has thousands).
    const top = [-1, -1, -1];
    const topScore = [0, 0, 0];
    let outOfScope = 0;
    for (let i = 0; i < this.intents.length; i++) {
      if (i === this.outOfScopeIndex) {
        outOfScope = best[i]!;
        continue;
      }
      const score = share * best[i]! + (1 - share) * centroid[i]!;
      if (score <= topScore[2]!) continue;
      let at = 2;
      while (at > 0 && score > topScore[at - 1]!) {
        top[at] = top[at - 1]!;
        topScore[at] = topScore[at - 1]!;
        at--;
      }
      top[at] = i;
      topScore[at] = score;
    }
    const [first, second] = top as [number, number, number];
    const [firstScore, secondScore] = topScore as [number, number, number];
    const topBest = first >= 0 ? best[first]! : 0;
    const explained = first >= 0 ? this.explained(query, synonyms, first) : 0;
    const { relatedGap, suggestThreshold, suggestRatio, threshold } = this.settings;
    const features = [firstScore, topBest, explained, outOfScope - topBest, firstScore - secondScore, 1 - knownMass, framed ? 1 : 0];
    const confidence = first >= 0 ? this.answerProbability(features) : 0;
    // An entry whose examples all send things the other way does not answer ("what does Russia sell to North Korea").
    const answerable = first >= 0 && confidence >= this.settings.decision.cut && !this.contradicts(first, flow);
    const related = answerable && second >= 0 && secondScore >= threshold && firstScore - secondScore <= relatedGap ? this.intents[second]! : null;
    const ranked: Candidate[] = [];
    top.forEach((i, rank) => {
      if (i >= 0) ranked.push({ intent: this.intents[i]!, score: topScore[rank]! });
    });
    // Declined, but close: the intents the asker may have meant, for them to pick (one that runs the
    // other way too: it corrects the asker's premise).
    const suggestions = answerable ? [] : ranked.filter((c) => c.score >= suggestThreshold && c.score >= firstScore * suggestRatio).map((c) => c.intent);
    return {
      intent: answerable ? this.intents[first]! : null,
      confidence,
      ranked,
      related,
      suggestions,
      unknown,
      features,
      diagnostics: { topScore: firstScore, topBest, explained, outOfScope },
    };
  }

  /** How much a known term tells about the topic: its everyday rarity, above a floor (concepts tell in full). */
  private telling(term: string): number {
    let telling = this.tellingByTerm.get(term);
    if (telling === undefined) {
      const { unexplainedFloor } = this.settings;
      telling = term.startsWith('#') ? 1 : unexplainedFloor + (1 - unexplainedFloor) * this.rarity.of(term);
      // Only the knowledge base's own terms come here: the memo stays as small as its vocabulary.
      this.tellingByTerm.set(term, telling);
    }
    return telling;
  }

  /** Whether the question's flow runs against every example of the intent that states one. */
  private contradicts(intent: number, flow: Flow | undefined): boolean {
    if (!flow) return false;
    const counts = this.flows[intent]!;
    return counts[flow] === 0 && counts[flow === 'to-russia' ? 'to-north-korea' : 'to-russia'] >= MIN_FLOW_EXAMPLES;
  }

  /**
   * How likely the best intent is the right answer: a logistic model over the match's features,
   * fitted on the training questions by cross-validation (npm run fit-decision), so a
   * confidence of 0.9 means about nine in ten such answers are right.
   */
  private answerProbability(features: readonly number[]): number {
    const { bias, weights } = this.settings.decision;
    let z = bias;
    features.forEach((f, i) => (z += (weights[i] ?? 0) * f));
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Share of the question's weight (unknown words included) that the intent's own texts use,
   * directly or through a synonym ("proof" where the entry says "evidence").
   */
  private explained(query: QueryVector, synonyms: Map<string, string[]>, intent: number): number {
    const vocabulary = this.vocabulary[intent]!;
    let explained = 0;
    let known = 0;
    let unexplainedKnown = 0;
    for (let i = 0; i < query.count; i++) {
      const term = query.terms[i]!;
      const mass = query.weights[i]! * query.weights[i]!;
      known += mass;
      if (vocabulary.has(term) || synonyms.get(term)?.some((c) => vocabulary.has(c))) explained += mass;
      else unexplainedKnown += mass * this.telling(term);
    }
    // A word other entries use but this one does not is a sign the question pairs two topics
    // ("what did Kirby say about the horses"): it counts more than an unknown word, unless it is an
    // everyday word some example happens to use ("normal", "actually").
    return explained / (explained + this.settings.unexplainedKnownWeight * unexplainedKnown + (1 - known)) || 0;
  }
}
