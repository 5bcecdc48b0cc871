import type { Entry, KnowledgeBase, Source } from '../../kb/knowledge-base.js';
import type { Translate } from '../../i18n/translator.js';
import { Analyzer } from '../analysis/analyzer.js';
import { Lexicon, type LexiconFile } from '../analysis/lexicon.js';
import { WordRarity } from '../analysis/word-rarity.js';
import { AnswerComposer } from '../answer-composer.js';
import { sameAsOf, type SameAsTable } from '../analysis/same-as-table.js';
import { detailsOf } from '../entry-fit.js';
import { LanguageDetector } from '../language/language-detector.js';
import { Matcher, type MatcherParts } from '../matching/matcher.js';
import { DEFAULT_MATCHER_SETTINGS, type MatcherSettings } from '../matching/matcher-settings.js';
import type { Detail } from '../message/detail-kinds.js';
import { ConversationWords } from '../message/conversation-words.js';
import { clockTimesIn } from '../message/nearest-clock-time.js';
import { PictureSeries } from '../message/picture-order.js';
import { latestYearIn } from '../message/question-frame.js';
import { TaughtConversation } from '../message/taught-conversation.js';
import { buildModel, type EngineModel } from '../model/engine-model.js';
import { ITEMS_PER_SLICE, type Assembly } from './assembly.js';

/**
 * Putting an engine together from a knowledge base (or a saved model of it, or the engine before an edit): its entries,
 * the matcher and the language detector, and what the first questions would otherwise work out. Engine answers with it.
 */

export interface EngineParts {
  kb: KnowledgeBase;
  lexicon: LexiconFile;
  translate: Translate;
  settings?: MatcherSettings;
  /** A saved analysis of this same knowledge base and lexicon; built from scratch when absent. */
  model?: EngineModel;
  /**
   * The matcher assembled from that same model (`Engine.matcherParts`), saved with it: a start
   * then maps it instead of assembling the index again. Only used together with `model`.
   */
  matcher?: MatcherParts;
}

/** What an engine is made of, put together by assembleEngine. */
export interface EngineInternals {
  entries: Map<string, Entry>;
  matcher: Matcher;
  detector: LanguageDetector;
  composer: AnswerComposer;
  details: Map<string, Set<Detail>>;
  rarity: WordRarity;
  /** The words of the conversation texts: made when first needed (see ConversationWords). */
  conversationWords: () => ConversationWords;
  /** The conversation texts word for word: made when a declined message is first checked against them. */
  taughtConversation: () => TaughtConversation;
  model: EngineModel;
  /** Per lexicon word, the other words of its concepts: worked out when a question first asks who said something. */
  sameAs: () => SameAsTable;
  /** The knowledge base's sources by id: whose claim an entry reviews. */
  sources: ReadonlyMap<string, Source>;
  /** The matcher was updated from a previous engine's, not assembled. */
  indexUpdated?: boolean;
  /** The pictures' series, when built with the engine (`prepare`). */
  pictures?: string[];
  /** The times of day the answers give (clockTimesIn), when built with the engine (`prepare`). */
  clockTimes?: number[];
  /** The latest year the answers name (latestYearIn; null: none), when built with the engine (`prepare`). */
  latestYear?: number | null;
}

/** The engine an update starts from: its matcher, the details it worked out, and which intents changed since. */
export interface PreviousEngine {
  matcher: Matcher;
  entries: ReadonlyMap<string, Entry>;
  details: ReadonlyMap<string, Set<Detail>>;
  changed: ReadonlySet<string>;
}

/**
 * `prepare`: also build now what would otherwise be built on the first questions that need it
 * (the spelling index, the details each answer gives), for a bot swapping engines in slices.
 */
export function* assembleEngine(parts: EngineParts, prepare = false, previous?: PreviousEngine): Assembly<EngineInternals> {
  const { kb } = parts;
  const entries = new Map<string, Entry>();
  const details = new Map<string, Set<Detail>>();
  const pictures = prepare ? new PictureSeries() : undefined;
  const clockTimes = new Set<number>();
  let latestYear: number | null = null;
  for (let i = 0; i < kb.entries.length; i++) {
    const e = kb.entries[i]!;
    // offeredDetails runs a few regular expressions over both answers: not many entries at a time.
    if (prepare && i % (ITEMS_PER_SLICE / 8) === 0) yield;
    if (e.retired) continue;
    entries.set(e.id, e);
    if (!pictures) continue;
    pictures.add(e);
    for (const time of clockTimesIn([e.answer.nb, e.answer.en])) clockTimes.add(time);
    const year = latestYearIn([e.answer.nb, e.answer.en]);
    if (year !== undefined && (latestYear === null || year > latestYear)) latestYear = year;
    // An entry the update left as it was (the same object) gives the same details.
    const known = previous?.entries.get(e.id) === e ? previous.details.get(e.id) : undefined;
    details.set(e.id, known ?? detailsOf(e));
  }
  const sources = new Map<string, Source>(kb.sources.map((s) => [s.id, s]));
  const composer = new AnswerComposer(parts.translate, sources);
  const rarity = WordRarity.of(parts.lexicon.wordRanks);
  // A build from scratch also has the texts' term ids, for the index (a saved model is strings only), and the analyzer
  // that learnt the vocabulary: only a saved model's is loaded from it.
  const built = parts.model ? undefined : buildModel(kb, parts.lexicon, rarity);
  const model = parts.model ?? built!.model;
  const termIds = built?.termIds;
  yield;
  const detector = yield* LanguageDetector.assemble(model.languageCounts, rarity);
  const analyzer = built?.analyzer ?? (yield* Analyzer.assemble(new Lexicon(model.lexicon), model.vocabulary, rarity));
  if (prepare) yield* analyzer.prepareSpelling();
  if (prepare) yield* rarity.prepare();
  yield;
  // Made once per lexicon, so at most the first swap pays for it.
  if (prepare) sameAsOf(parts.lexicon);
  yield;
  const settings = parts.settings ?? DEFAULT_MATCHER_SETTINGS;
  const saved = parts.model && parts.matcher ? Matcher.fromParts(parts.matcher, analyzer, settings, rarity) : undefined;
  const updated = saved || !previous ? undefined : yield* previous.matcher.updated(model.texts, previous.changed, analyzer);
  const matcher = saved ?? updated ?? (yield* Matcher.assemble(model.texts, analyzer, settings, rarity, termIds));
  // Made when a message first matches help, thanks or a greeting (about a millisecond), not with every rebuild: most
  // starts answer one question about the article, and a bot rebuilding on each admin edit would pay it each time.
  let words: ConversationWords | undefined;
  const conversationWords = (): ConversationWords =>
    (words ??= new ConversationWords(
      kb.conversation.flatMap((c) => [...c.questions.nb, ...c.questions.en]),
      [...entries.values()].flatMap((e) => [e.title.nb, e.title.en, e.answer.nb, e.answer.en]),
    ));
  let taught: TaughtConversation | undefined;
  const taughtConversation = (): TaughtConversation => (taught ??= new TaughtConversation(kb.conversation));
  return {
    entries,
    matcher,
    detector,
    composer,
    details,
    rarity,
    conversationWords,
    taughtConversation,
    model,
    sameAs: () => sameAsOf(parts.lexicon),
    sources,
    indexUpdated: updated !== undefined,
    pictures: pictures?.order(),
    ...(prepare ? { clockTimes: [...clockTimes].sort((a, b) => a - b), latestYear } : {}),
  };
}
