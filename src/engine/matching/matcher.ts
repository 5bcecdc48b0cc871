import { QUESTION_WORDS } from '../message/question-words.js';
import type { Lang } from '../../kb/languages.js';
import type { Analyzer } from '../analysis/analyzer.js';
import { WordRarity } from '../analysis/word-rarity.js';
import { inSlices, type Assembly } from '../assembly/assembly.js';
import { comparesTwo } from '../message/comparison.js';
import { asksToConfirm } from '../message/confirmation.js';
import { asksForFact } from '../message/fact-question.js';
import { calibrated } from './calibration.js';
import { flowOf, type Flow } from './flow.js';
import { addFrameTerms, frameTerms } from './frame-terms.js';
import { DEFAULT_MATCHER_SETTINGS, type MatcherSettings } from './matcher-settings.js';
import { IntentVocabulary } from './intent-vocabulary.js';
import { TermIndex, type QueryVector, type TermIndexParts } from './term-index.js';
import { textTermIdsOf, type TextTermIds } from './text-term-ids.js';
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
  'lead', // its lead over the runner-up (over the third for a question comparing two)
  'unknownShare', // share of the question's weight in words nothing knows (and a future/opinion frame)
  'framed', // 1 for a prediction or opinion question
  'unknownCount', // how many content words nothing knows (at most 5)
  'unknownRarest', // the everyday rarity of the rarest of them (0 without any): a name or a number is 1
  'unknownNumber', // 1 when one of them is a number ("in 2024", "500 horses")
  'unexplainedCount', // how many known words the best intent's texts do not use (at most 5)
  'unexplainedTelling', // how telling the most telling of those is (0 without any)
  'runnerUp', // the runner-up's score relative to the best's
  'words', // log2(1 + how many content words the question has)
  'norwegian', // 1 for a Norwegian question
  'asksFact', // 1 for a question for a particular fact (who, when, how many …) rather than about a topic
  'examplesExplained', // share of the question's weight the best intent's examples use (its answer text aside)
  'answerWords', // how many of the question's terms only answers use, no example (at most 5)
] as const;

// Concepts of words said of any topic: a lone one of them names none (see namesTopic).
// prettier-ignore
const GENERAL_CONCEPTS = new Set(['#who', '#what', '#when', '#where', '#why', '#how-many', '#true', '#greet', '#thank', '#first', '#only',
  '#unknown', '#claim', '#close', '#prevent', '#monitor', '#standing', '#resume', '#arrive', '#evidence', '#deny', '#supply', '#analyse']);

const NO_PRODUCTS: ReadonlyArray<readonly [number, number, number]> = [];

/** The highest count the count features take: more is as telling as that many. */
const MAX_COUNTED = 5;

const NO_TERMS: ReadonlySet<string> = new Set();
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

/**
 * An assembled matcher as plain data (strings and typed arrays), to be saved with the model it was
 * assembled from and put back without assembling again (see `Matcher.parts`, `Matcher.fromParts`).
 */
export interface MatcherParts {
  intents: string[];
  index: TermIndexParts;
  /** Each intent's vocabulary: `terms[ids[start[i]..start[i + 1])]`, in the order its texts use them. */
  vocabulary: { terms: string[]; start: Int32Array; ids: Int32Array };
  /** Per intent, its examples sending something to Russia, then to North Korea. */
  flows: Int32Array;
  /** The concept weight the index was assembled with (a setting). */
  conceptWeight: number;
}

/** Scores a question against every intent's texts and decides whether to answer at all. */
export class Matcher {
  private readonly tellingByTerm = new Map<string, number>();

  /**
   * A matcher over these texts, built in small pieces (see Assembly). `termIds`: the terms of the
   * texts that are not vocabulary only, in order, as ids (a build's analysis has them), so the index
   * need not look them up by string.
   */
  static *assemble(
    texts: readonly AnalysedText[],
    analyzer: Analyzer,
    settings: MatcherSettings = DEFAULT_MATCHER_SETTINGS,
    rarity: WordRarity = new WordRarity(),
    termIds?: TextTermIds,
  ): Assembly<Matcher> {
    const intentIds = new Map<string, number>();
    const intentTexts: AnalysedText[][] = [];
    // Per indexed text (an example, not an answer), its intent, and its terms when no ids are given.
    const indexedIntent = new Int32Array(texts.length);
    const indexedTerms: Array<readonly string[]> = [];
    let indexedCount = 0;
    yield* inSlices(texts.length, (from, to) => {
      for (let n = from; n < to; n++) {
        const t = texts[n]!;
        let id = intentIds.get(t.intent);
        if (id === undefined) {
          intentIds.set(t.intent, (id = intentIds.size));
          intentTexts.push([]);
        }
        intentTexts[id]!.push(t);
        if (t.vocabularyOnly) continue;
        indexedIntent[indexedCount++] = id;
        if (!termIds) indexedTerms.push(t.terms);
      }
    });
    yield;
    const indexed = termIds ?? textTermIdsOf(indexedTerms);
    const intentOf = indexedIntent.subarray(0, indexedCount);
    const index = yield* TermIndex.assemble(indexed, intentOf, intentIds.size, { concept: settings.conceptWeight });
    const vocabulary = intentTexts.map((own) => IntentVocabulary.of(own));
    return new Matcher([...intentIds.keys()], intentIds.get(OUT_OF_SCOPE) ?? -1, index, vocabulary, analyzer, settings, rarity);
  }

  /**
   * A matcher put back from the parts of one assembled with the same settings (undefined when the
   * concept weight differs: the parts are then of no use).
   */
  static fromParts(
    parts: MatcherParts,
    analyzer: Analyzer,
    settings: MatcherSettings = DEFAULT_MATCHER_SETTINGS,
    rarity: WordRarity = new WordRarity(),
  ): Matcher | undefined {
    if (parts.conceptWeight !== settings.conceptWeight) return undefined;
    const { terms, start, ids } = parts.vocabulary;
    const vocabulary: IntentVocabulary[] = [];
    for (let intent = 0; intent < parts.intents.length; intent++) {
      const words = new Set<string>();
      for (let i = start[intent]!; i < start[intent + 1]!; i++) words.add(terms[ids[i]!]!);
      vocabulary.push(IntentVocabulary.known(words, { 'to-russia': parts.flows[2 * intent]!, 'to-north-korea': parts.flows[2 * intent + 1]! }));
    }
    const outOfScope = parts.intents.indexOf(OUT_OF_SCOPE);
    return new Matcher(parts.intents, outOfScope, TermIndex.fromParts(parts.index), vocabulary, analyzer, settings, rarity);
  }

  /**
   * This matcher for the texts as they are now (grouped by intent, as the model lists them), where
   * only the intents in `changed`, and those added, have other texts than this one's: their
   * vocabulary, directions and index entries are made again and the rest kept (see updateTermIndex).
   * The same matcher `assemble` gives; undefined when only that will do. An Assembly, like
   * `assemble`: a bot runs it in slices between answers.
   */
  *updated(texts: readonly AnalysedText[], changed: ReadonlySet<string>, analyzer: Analyzer): Assembly<Matcher | undefined> {
    // The intents now, in order, and where each one's texts are.
    const intents: string[] = [];
    const start: number[] = [];
    for (let n = 0; n < texts.length; n++) {
      if (n > 0 && texts[n]!.intent === texts[n - 1]!.intent) continue;
      intents.push(texts[n]!.intent);
      start.push(n);
    }
    start.push(texts.length);
    const before = new Map(this.intents.map((id, i) => [id, i]));
    const oldIntentOf = Int32Array.from(intents, (id) => before.get(id) ?? -1);
    if (new Set(intents).size !== intents.length) return undefined;
    const vocabulary: IntentVocabulary[] = [];
    const numbers = new Set<number>();
    for (let i = 0; i < intents.length; i++) {
      const o = oldIntentOf[i]!;
      if (o >= 0 && !changed.has(intents[i]!)) {
        vocabulary.push(this.vocabulary[o]!);
        continue;
      }
      numbers.add(i);
      vocabulary.push(IntentVocabulary.of(texts.slice(start[i], start[i + 1])));
    }
    const indexedOf = (i: number): string[][] => texts.slice(start[i], start[i + 1]).flatMap((t) => (t.vocabularyOnly ? [] : [t.terms]));
    yield;
    const index = yield* updateTermIndex(this.index, numbers, indexedOf, intents.length, { concept: this.settings.conceptWeight }, oldIntentOf);
    return index && new Matcher(intents, intents.indexOf(OUT_OF_SCOPE), index, vocabulary, analyzer, this.settings, this.rarity);
  }

  private constructor(
    private readonly intents: string[],
    private readonly outOfScopeIndex: number,
    private readonly index: TermIndex,
    /** Per intent, every term its texts use (what an answer from it can speak to) and the directions its examples state. */
    private readonly vocabulary: IntentVocabulary[],
    private readonly analyzer: Analyzer,
    private readonly settings: MatcherSettings,
    private readonly rarity: WordRarity,
  ) {}

  /** What this matcher is made of, as plain data (see MatcherParts). */
  parts(): MatcherParts {
    const termIds = new Map<string, number>();
    const start = new Int32Array(this.intents.length + 1);
    const ids: number[] = [];
    this.vocabulary.forEach((own, intent) => {
      for (const term of own.words()) {
        let id = termIds.get(term);
        if (id === undefined) termIds.set(term, (id = termIds.size));
        ids.push(id);
      }
      start[intent + 1] = ids.length;
    });
    const flows = new Int32Array(2 * this.intents.length);
    this.vocabulary.forEach((own, intent) => {
      const counts = own.flows();
      flows[2 * intent] = counts['to-russia'];
      flows[2 * intent + 1] = counts['to-north-korea'];
    });
    return {
      intents: this.intents,
      index: this.index.parts(),
      vocabulary: { terms: [...termIds.keys()], start, ids: Int32Array.from(ids) },
      flows,
      conceptWeight: this.settings.conceptWeight,
    };
  }

  /**
   * `framed`: the question asks for a prediction or an opinion, which weighs against every entry
   * like a telling word no entry uses.
   */
  match(tokens: readonly string[], lang: Lang, framed = false): Match {
    const { terms, unknown, synonyms } = this.analyzer.analyzeTokens(tokens, lang);
    const flow = flowOf(tokens);
    const { relatedGap, suggestThreshold, suggestRatio, threshold } = this.settings;
    addFrameTerms(terms, frameTerms(tokens, flow));
    const { unknownWeight, unknownFloor, frameWeight } = this.settings;
    let unknownMass = framed ? (this.index.unknownIdf * frameWeight) ** 2 : 0;
    let unknownRarest = 0;
    let unknownNumber = 0;
    // An unknown everyday word ("uncle", "lurer") changes what is asked less than a name or a number.
    for (let u = 0; u < unknown.length; u++) {
      const word = unknown[u]!;
      const rarity = this.rarity.of(word);
      if (rarity > unknownRarest) unknownRarest = rarity;
      if (isNumber(word)) unknownNumber = 1;
      const weight = unknownWeight * (unknownFloor + (1 - unknownFloor) * rarity);
      unknownMass += (this.index.unknownIdf * weight) ** 2;
    }
    const query = this.index.vector(terms, unknownMass);
    let knownMass = 0;
    for (let i = 0; i < query.count; i++) knownMass += query.weights[i]! * query.weights[i]!;
    const share = this.settings.bestShare;
    const { best, centroid } = this.index.score(query, share, this.outOfScopeIndex);
    // The best three intents in one pass over the intents scored exactly (only they can be among
    // them), in intent order as a pass over every intent would meet them (ties go to the first).
    const top = [-1, -1, -1];
    const topScore = [0, 0, 0];
    const outOfScope = this.outOfScopeIndex >= 0 ? best[this.outOfScopeIndex]! : 0;
    const scored = this.index.scoredIntents();
    for (let k = 0; k < scored.length; k++) {
      const i = scored[k]!;
      if (i === this.outOfScopeIndex) continue;
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
    // Indexed, not destructured: an array pattern runs the iterator protocol (garbage) until V8 optimises it.
    const first = top[0]!;
    const second = top[1]!;
    const firstScore = topScore[0]!;
    const secondScore = topScore[1]!;
    const thirdScore = topScore[2]!;
    // A question comparing two things is answered by the best two together: the second is no rival. So is one asking of
    // two topics at once ("missile tests and the letters between Putin and Kim"), when the second explains what the first leaves.
    const pair =
      second >= 0 && secondScore >= threshold && (comparesTwo(tokens) || this.asksOfBoth(query, synonyms, tokens, first, second, firstScore, secondScore));
    const topBest = first >= 0 ? best[first]! : 0;
    // Terms no example uses (the query leaves them out) are words of some answer text only.
    const answerWords = terms.length - query.count;
    const {
      share: explained,
      unexplained,
      unexplainedTelling,
      byExamples,
    } = first >= 0 ? this.explained(query, synonyms, first, pair ? second : -1) : NOTHING_EXPLAINED;
    const fact = asksForFact(tokens);
    // prettier-ignore
    const features = [
      firstScore, topBest, explained, outOfScope - topBest, firstScore - (pair ? thirdScore : secondScore), 1 - knownMass, framed ? 1 : 0,
      Math.min(unknown.length, MAX_COUNTED), unknownRarest, unknownNumber, Math.min(unexplained, MAX_COUNTED), unexplainedTelling,
      firstScore > 0 ? secondScore / firstScore : 0, Math.log2(1 + query.count + unknown.length), lang === 'nb' ? 1 : 0, fact ? 1 : 0,
      byExamples, Math.min(answerWords, MAX_COUNTED),
    ];
    const confidence = first >= 0 ? this.answerProbability(features) : 0;
    // A question about a topic ("and the horses?", "kirby?") whose every word the entry's own texts use,
    // matching them strongly: the entry is what was asked about, however briefly, so it needs less certainty.
    const { completeMatch } = this.settings;
    const complete = explained >= completeMatch.explained && firstScore >= completeMatch.score && !fact;
    const cut = complete ? completeMatch.cut : this.settings.decision.cut;
    // An entry whose examples all send things the other way does not answer ("what does Russia sell to North Korea"),
    // unless the question asks whether the other way is so, or states it ("the train went from Russia into North Korea"):
    // the entry is then its correction.
    const answerable = first >= 0 && confidence >= cut && !(this.contradicts(first, flow) && asksForSomething(tokens));
    const related = answerable && second >= 0 && secondScore >= threshold && (pair || firstScore - secondScore <= relatedGap) ? this.intents[second]! : null;
    const ranked: Candidate[] = [];
    for (let rank = 0; rank < 3; rank++) if (top[rank]! >= 0) ranked.push({ intent: this.intents[top[rank]!]!, score: topScore[rank]! });
    // Declined, but close: the intents the asker may have meant, for them to pick (one that runs the
    // other way too: it corrects the asker's premise).
    const suggestions: string[] = [];
    if (!answerable) for (const c of ranked) if (c.score >= suggestThreshold && c.score >= firstScore * suggestRatio) suggestions.push(c.intent);
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

  /** The question's words as their spelling was corrected against the knowledge base (folded). */
  spelled(tokens: readonly string[], lang: Lang): string[] {
    return tokens.map((t) => this.analyzer.spelledAs(t, lang));
  }

  /** A question's terms (words and concepts, spelling corrected) and a knowledge-base text's, to compare the two. */
  questionTerms(tokens: readonly string[], lang: Lang): readonly string[] {
    return this.analyzer.analyzeTokens(tokens, lang).terms;
  }

  textTerms(text: string, lang: Lang): readonly string[] {
    return this.analyzer.analyzeDocument(text, lang).terms;
  }

  /**
   * Whether a word names a topic of the knowledge base: it belongs to one of the lexicon's concepts other than those of
   * question words, courtesies and words said of anything ("who", "thanks", "true", "first", "says").
   */
  namesTopic(word: string, lang: Lang): boolean {
    return this.analyzer.analyzeTokens([word], lang).terms.some((t) => t.startsWith('#') && !GENERAL_CONCEPTS.has(t));
  }

  /** Whether a word alone asks a count and names nothing counted ("antall", "amount"): its one concept is the count. */
  asksOnlyCount(word: string, lang: Lang): boolean {
    const concepts = this.analyzer.analyzeTokens([word], lang).terms.filter((t) => t.startsWith('#'));
    return concepts.length === 1 && concepts[0] === '#how-many';
  }

  /** Whether a knowledge-base text uses the word as written (see Analyzer.usesWord). */
  usesWord(word: string): boolean {
    return this.analyzer.usesWord(word);
  }

  /** Whether the knowledge base knows a word: some text uses it, or a word it is spelled as. */
  knows(word: string, lang: Lang): boolean {
    return this.analyzer.analyzeTokens([word], lang).unknown.length === 0;
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

  /** Whether a question joining topics with "and" asks of both the best two: together they explain it, the first alone does not. */
  private asksOfBoth(
    query: QueryVector,
    synonyms: Map<string, string[]>,
    tokens: readonly string[],
    first: number,
    second: number,
    firstScore: number,
    secondScore: number,
  ): boolean {
    if (secondScore < BOTH_CLOSE * firstScore || !tokens.some((t) => JOINS.has(t))) return false;
    if (this.explained(query, synonyms, first, -1).share >= BOTH_ALONE) return false;
    return this.explained(query, synonyms, first, second).share >= BOTH_TOGETHER;
  }

  /** Whether the question's flow runs against every example of the intent that states one. */
  private contradicts(intent: number, flow: Flow | undefined): boolean {
    if (!flow) return false;
    const counts = this.vocabulary[intent]!.flows();
    return counts[flow] === 0 && counts[flow === 'to-russia' ? 'to-north-korea' : 'to-russia'] >= MIN_FLOW_EXAMPLES;
  }

  /** The probability from which a match is answered (the decision's cut). */
  answerCut(): number {
    return this.settings.decision.cut;
  }

  /** The confidence to report for a match's raw probability (MatcherSettings.calibration). */
  reported(confidence: number): number {
    return calibrated(confidence, this.settings.calibration);
  }

  /**
   * How likely the best intent is the right answer: a logistic model over the match's features and
   * products of pairs of them, fitted on the training questions (by cross-validation) and on the
   * scored evaluation sets' realistic messages (npm run fit-decision).
   */
  private answerProbability(features: readonly number[]): number {
    const { bias, weights, products = NO_PRODUCTS } = this.settings.decision;
    let z = bias;
    for (let i = 0; i < features.length; i++) z += (weights[i] ?? 0) * features[i]!;
    // Indexed, not destructured: an array pattern runs the iterator protocol, garbage for each of the products.
    for (let k = 0; k < products.length; k++) {
      const product = products[k]!;
      z += product[2] * features[product[0]]! * features[product[1]]!;
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Share of the question's weight (unknown words included) that the intent's own texts use,
   * directly or through a synonym ("proof" where the entry says "evidence"); for a question
   * comparing two, the texts of both (`with_`, or -1).
   */
  private explained(query: QueryVector, synonyms: Map<string, string[]>, intent: number, with_: number): Explained {
    const vocabulary = this.vocabulary[intent]!.words();
    const other = with_ >= 0 ? this.vocabulary[with_]!.words() : NO_TERMS;
    let explained = 0;
    let known = 0;
    let unexplainedKnown = 0;
    let unexplained = 0;
    let unexplainedTelling = 0;
    let byExamples = 0;
    for (let i = 0; i < query.count; i++) {
      const term = query.terms[i]!;
      const mass = query.weights[i]! * query.weights[i]!;
      known += mass;
      if (this.index.usedBy(query.ids[i]!, intent)) byExamples += mass;
      const synonymsOf = synonyms.get(term);
      if (vocabulary.has(term) || other.has(term) || speaksTo(vocabulary, synonymsOf) || speaksTo(other, synonymsOf)) explained += mass;
      else {
        const telling = this.telling(term);
        unexplainedKnown += mass * telling;
        unexplained++;
        if (telling > unexplainedTelling) unexplainedTelling = telling;
      }
    }
    // A word other entries use but this one does not is a sign the question pairs two topics
    // ("what did Kirby say about the horses"): it counts more than an unknown word, unless it is an
    // everyday word some example happens to use ("normal", "actually").
    const share = explained / (explained + this.settings.unexplainedKnownWeight * unexplainedKnown + (1 - known)) || 0;
    return { share, unexplained, unexplainedTelling, byExamples };
  }
}

/** How much of a question an intent's texts explain, and what they leave (see Matcher.explained). */
interface Explained {
  share: number;
  /** Known terms of the question its texts do not use, and how telling the most telling of them is. */
  unexplained: number;
  unexplainedTelling: number;
  /** Share of the question's weight in terms the intent's examples use (not its answer text only). */
  byExamples: number;
}

const JOINS = new Set(['and', 'og', 'plus', 'samt']);
// Asking of both: the second scores close to the first, which explains under this share alone, the two together at least that.
const BOTH_CLOSE = 0.85;
const BOTH_ALONE = 0.8;
const BOTH_TOGETHER = 0.99;

const NOTHING_EXPLAINED: Explained = { share: 0, unexplained: 0, unexplainedTelling: 0, byExamples: 0 };

function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Whether an intent's vocabulary has one of a term's synonyms. */
function speaksTo(vocabulary: ReadonlySet<string>, synonyms: readonly string[] | undefined): boolean {
  if (synonyms === undefined) return false;
  for (let i = 0; i < synonyms.length; i++) if (vocabulary.has(synonyms[i]!)) return true;
  return false;
}

/** Whether a message asks for something with a question word ("what does Russia sell"), not whether a statement is so. */
function asksForSomething(tokens: readonly string[]): boolean {
  return !asksToConfirm(tokens) && tokens.some((t) => QUESTION_WORDS.has(t));
}
