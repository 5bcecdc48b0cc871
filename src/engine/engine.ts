import type { ConversationIntent } from '../kb/conversation-intents.js';
import { CONVERSATION_INTENTS } from '../kb/conversation-intents.js';
import type { Entry, KnowledgeBase, Source } from '../kb/knowledge-base.js';
import type { Lang } from '../kb/languages.js';
import type { Translate } from '../i18n/translator.js';
import { Analyzer } from './analysis/analyzer.js';
import { Lexicon, type LexiconFile } from './analysis/lexicon.js';
import { tokenize } from './analysis/tokenize.js';
import type { EngineAnswer } from './answer.js';
import { AnswerComposer } from './answer-composer.js';
import { LanguageDetector } from './language/language-detector.js';
import { Matcher, type Match } from './matching/matcher.js';
import { analyseKnowledgeBase, type EngineModel } from './model/engine-model.js';
import { DEFAULT_MATCHER_SETTINGS, type MatcherSettings } from './matching/matcher-settings.js';

export interface EngineParts {
  kb: KnowledgeBase;
  lexicon: LexiconFile;
  translate: Translate;
  settings?: MatcherSettings;
  /** A saved analysis of this same knowledge base and lexicon; built from scratch when absent. */
  model?: EngineModel;
}

export interface AskOptions {
  /** The language to use when the question itself does not show one (e.g. a Discord locale). */
  fallbackLang?: Lang;
}

// Longer input is cut before analysis: no question needs more, and the matcher's cost stays flat.
const MAX_ANALYSED_CHARS = 1000;

/**
 * The question-answering core: language, normalisation, matching and answer composition over one
 * snapshot of the knowledge base. Knows nothing of Discord, the terminal or SQLite. Build a new
 * one to pick up a changed knowledge base.
 */
export class Engine {
  private readonly entries: Map<string, Entry>;
  private readonly matcher: Matcher;
  private readonly detector: LanguageDetector;
  private readonly composer: AnswerComposer;

  /** What this engine learnt from the knowledge base, to save and hand to the next start. */
  readonly model: EngineModel;

  constructor(parts: EngineParts) {
    const { kb } = parts;
    this.entries = new Map(kb.entries.filter((e) => !e.retired).map((e) => [e.id, e]));
    this.composer = new AnswerComposer(parts.translate, new Map<string, Source>(kb.sources.map((s) => [s.id, s])));
    this.model = parts.model ?? analyseKnowledgeBase(kb, parts.lexicon);
    this.detector = new LanguageDetector(this.model.languageCounts);
    const analyzer = new Analyzer(new Lexicon(this.model.lexicon), this.model.vocabulary);
    this.matcher = new Matcher(this.model.texts, analyzer, parts.settings ?? DEFAULT_MATCHER_SETTINGS);
  }

  ask(question: string, options: AskOptions = {}): EngineAnswer {
    const analysed = question.slice(0, MAX_ANALYSED_CHARS);
    const tokens = tokenize(analysed);
    const { lang } = this.detector.detect(tokens, options.fallbackLang ?? 'en');
    if (tokens.length === 0) return this.composer.empty({ question, lang, confidence: 0 });
    const match = this.matcher.match(analysed, lang);
    return this.compose(question, lang, match);
  }

  /** The answer for one entry, as if it had been asked for (slash commands, admin previews). */
  describe(id: string, lang: Lang): EngineAnswer | undefined {
    const entry = this.entries.get(id);
    return entry && this.composer.entry({ question: '', lang, confidence: 1 }, entry);
  }

  /** Active entries, for listings and autocomplete. */
  listEntries(): Entry[] {
    return [...this.entries.values()];
  }

  /** The language a text is written in, for adapters that must choose before asking. */
  detectLanguage(text: string, fallback?: Lang): Lang {
    return this.detector.detect(tokenize(text), fallback).lang;
  }

  private compose(question: string, lang: Lang, match: Match): EngineAnswer {
    const base = { question, lang, confidence: round(match.confidence) };
    if (match.intent === null) return this.composer.declined(base);
    if ((CONVERSATION_INTENTS as readonly string[]).includes(match.intent))
      return this.composer.conversation(base, match.intent as ConversationIntent);
    const entry = this.entries.get(match.intent)!;
    const related = match.related ? this.entries.get(match.related) : undefined;
    return this.composer.entry(base, entry, related);
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
