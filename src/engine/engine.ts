import type { ConversationIntent } from '../kb/conversation-intents.js';
import { CONVERSATION_INTENTS } from '../kb/conversation-intents.js';
import type { Entry } from '../kb/knowledge-base.js';
import { LANGS, type Lang } from '../kb/languages.js';
import { stem } from './analysis/stem.js';
import { tokenize } from './analysis/tokenize.js';
import { readAsSwedish } from './analysis/nordic.js';
import type { WordRarity } from './analysis/word-rarity.js';
import type { EngineAnswer } from './answer.js';
import type { AnswerComposer } from './answer-composer.js';
import type { LanguageDetector } from './language/language-detector.js';
import { withoutQuotedSpans } from './language/quoted-spans.js';
import { quotedLines } from './message/quoted-line.js';
import { afterGreeting } from './message/leading-greeting.js';
import { onlyThanks } from './message/opening-thanks.js';
import { isQuestion, sentencesOf } from './message/sentences.js';
import type { Match, Matcher, MatcherParts } from './matching/matcher.js';
import { askedDetail } from './message/asked-detail.js';
import { asksAsWell, asksKind, withoutSecondChoice } from './message/offered-choice.js';
import { offeredOptions } from './message/offered-options.js';
import type { Detail } from './message/detail-kinds.js';
import { cleanMessage } from './message/clean-message.js';
import { hasBlank, withBlanksAsked } from './message/fill-in-blank.js';
import type { ConversationWords } from './message/conversation-words.js';
import type { TaughtConversation } from './message/taught-conversation.js';
import { asksTranslation } from './message/translation-request.js';
import { askedOfTerm } from './message/term-in-language.js';
import { quotedTerm } from './message/quoted-term.js';
import { requestedLanguage } from './message/answer-language-request.js';
import { saysOnlyItIsLost } from './message/lost-asker.js';
import { namesOnlyAnOrdinal } from './message/bare-ordinal.js';
import { latestYearIn, type QuestionFrame } from './message/question-frame.js';
import { onlyWaves } from './message/waving.js';
import { withDetailAdded } from './message/added-detail.js';
import { plainConversation } from './message/plain-conversation.js';
import { ownLines } from './message/block-quote.js';
import { asksPictureCredit } from './message/picture-credit.js';
import { picturePosition } from './message/picture-order.js';
import { asksEachPicture } from './message/each-picture.js';
import { asksToConfirm } from './message/confirmation.js';
import { loneQuestion } from './message/lone-question.js';
import { asksRelativeTime, countsTimeBetween } from './message/relative-time.js';
import { WARM_UP_MESSAGES } from './warm-up.js';
import { accordingSpeaker, askedSpeaker, askedStatingSpeaker } from './message/speaker.js';
import { messageTokens } from './message/message-tokens.js';
import { withWordsAsMeant, type WordBook } from './message/glued-words.js';
import { questionBeforeOptions, withoutQuizLabel } from './message/quiz-format.js';
import { withoutReadingTime } from './message/reading-time.js';
import { clockTimesIn, nearestKnownTimes } from './message/nearest-clock-time.js';
import { answeringPart, askedPart } from './message/answering-part.js';
import type { AskedPart, MatchTokens } from './message/asked-part.js';
import { EntryFit } from './entry-fit.js';
import { remarksWrongPlace } from './message/wrong-place-remark.js';
import { isOnlyARepeatedSound } from './message/repeated-sound.js';
import { PictureFit } from './picture-fit.js';
import { assembleNow, type Assembly } from './assembly/assembly.js';
import { assembleEngine, type EngineInternals, type EngineParts } from './assembly/engine-assembly.js';
import type { EngineModel } from './model/engine-model.js';

export type { EngineParts } from './assembly/engine-assembly.js';

export interface AskOptions {
  /** The language to use when the question itself does not show one (e.g. a Discord locale). */
  fallbackLang?: Lang;
}

// A lone word at least this common in everyday language is chatter, not a question.
const NOISE_RARITY = 0.25;
// A neighbour scoring this share of the best is offered when it alone gives the detail the best entry lacks.
const FARTHER_GIVING = 0.5;
// Laughter and its chat spellings.
const LAUGHTER = /^(?:a?(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}|lol[sz]?|lo+l|lmf?ao+|rofl|xd+|kek)$/;

// Words telling the bot to put out a quoted line itself (see quotingEntry).
const SAY_BACK = new Set(['say', 'si', 'write', 'skriv', 'repeat', 'gjenta', 'type', 'print']);
// Longer input is cut before analysis: no question needs more, and the matcher's cost stays flat.
const MAX_ANALYSED_CHARS = 1000;
// Words of the asker's own, outside what they quote, that are enough to tell the language they ask in ("what means": two).
const MIN_OWN_WORDS = 2;
// Words a question must have for its language to outweigh the rest of the message's ("who? hvem da" tells little).
const MIN_QUESTION_WORDS = 3;
// Where a sentence's clauses part: a comma, a dash, a question or exclamation mark before more.
const CLAUSE_BREAK = /[,–—]|\s-\s|(?<=[?!])\s/u;

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
  /** The details (a time, a quantity) each entry's answer gives, worked out when first needed. */
  private readonly details: Map<string, Set<Detail>>;
  private readonly rarity: WordRarity;
  private readonly conversationWords: () => ConversationWords;
  private readonly taughtConversation: () => TaughtConversation;
  /** Whether the matched entry gives what the question asks, and which neighbour does instead. */
  private readonly fit: EntryFit;
  /** Which picture a question names by its place or time, and which entry credits the pictures. */
  private readonly pictures: PictureFit;
  /** Everyday words and the knowledge base's, to put glued and split words as meant. */
  private readonly words: WordBook;
  /** The latest year the entries' answers name (null: none): from the build in slices, else found on the first question. */
  private latestYearFound: number | null | undefined;
  private knownTimesFound: readonly number[] | undefined;

  /** What this engine learnt from the knowledge base, to save and hand to the next start. */
  readonly model: EngineModel;

  /** Builds the engine at once (see `assemble` for building it in slices). */
  constructor(parts: EngineParts, internals: EngineInternals = assembleNow(assembleEngine(parts))) {
    this.entries = internals.entries;
    this.matcher = internals.matcher;
    this.detector = internals.detector;
    this.composer = internals.composer;
    this.details = internals.details;
    this.rarity = internals.rarity;
    this.conversationWords = internals.conversationWords;
    this.taughtConversation = internals.taughtConversation;
    this.model = internals.model;
    this.fit = new EntryFit(internals);
    const { rarity, matcher } = internals;
    this.words = {
      rank: (word) => rarity.rankOf(word),
      uses: (word) => matcher.usesWord(word),
      // An inflected everyday word ("kvaliteten") is a word too, though no list has it as typed.
      understands: (word) => LANGS.some((lang) => matcher.knows(word, lang) || rarity.rankOf(stem(word, lang)) !== undefined),
    };
    this.pictures = new PictureFit(internals.entries, (entry, detail, tokens, lang) => this.fit.gives(entry, detail, tokens, lang), internals.pictures);
    // Gathered while the engine was built in slices, when it was (a bot swapping engines): not on its first question.
    this.knownTimesFound = internals.clockTimes;
    this.latestYearFound = internals.latestYear;
  }

  /**
   * The same engine, built in small pieces between which the caller may do other work, and with
   * everything it would otherwise build on its first questions already built.
   */
  static *assemble(parts: EngineParts): Assembly<Engine> {
    const engine = new Engine(parts, yield* assembleEngine(parts, true));
    // Answered once now, a slice each, so that no member's question waits for the patterns and code they compile.
    for (const message of WARM_UP_MESSAGES) {
      yield;
      engine.ask(message);
    }
    return engine;
  }

  /** The matcher as assembled, as plain data: saved with `model`, it spares the next start assembling it. */
  matcherParts(): MatcherParts {
    return this.matcher.parts();
  }

  /**
   * The engine for a changed knowledge base (`parts`, with the same settings), where only the
   * intents in `changed` have other texts: the matcher's index is updated from this engine's
   * rather than built again (the same engine either way; see Matcher.updated).
   */
  updated(parts: EngineParts, changed: ReadonlySet<string>): { engine: Engine; indexUpdated: boolean } {
    return assembleNow(this.updating(parts, changed, false));
  }

  /**
   * The same in small pieces (see Assembly), for a bot that keeps answering from this engine
   * meanwhile; `prepare` as `assemble` does (the details of unchanged entries are taken from this engine).
   */
  *updating(parts: EngineParts, changed: ReadonlySet<string>, prepare = true): Assembly<{ engine: Engine; indexUpdated: boolean }> {
    const previous = { matcher: this.matcher, entries: this.entries, details: this.details, changed };
    const internals = yield* assembleEngine(parts, prepare, previous);
    return { engine: new Engine(parts, internals), indexUpdated: internals.indexUpdated === true };
  }

  ask(question: string, options: AskOptions = {}): EngineAnswer {
    return this.inspect(question, options).answer;
  }

  /** The answer and the match behind it (null for an empty question), for evaluation reports. */
  inspect(question: string, options: AskOptions = {}): { answer: EngineAnswer; match: Match | null } {
    const typed = withWordsAsMeant(withoutReadingTime(withoutQuizLabel(cleanMessage(question.slice(0, MAX_ANALYSED_CHARS)))), this.words);
    const typedTokens = messageTokens(typed);
    const lang = this.askersLanguage(typed, typedTokens, options.fallbackLang ?? 'en');
    // A quiz's question, asked without its lettered options when it is answered so: they are guesses, most of them wrong.
    const quiz = questionBeforeOptions(typed);
    const quizAlone = quiz === undefined ? undefined : this.inspect(quiz, { ...options, fallbackLang: lang });
    if (quizAlone?.answer.kind === 'entry') return { answer: { ...quizAlone.answer, question }, match: quizAlone.match };
    // A blank to fill ("the bridge is ____ metres long") is put as the question it stands for, in the asker's language.
    const cleaned = hasBlank(typed) ? withBlanksAsked(typed, lang) : typed;
    const tokens = cleaned === typed ? typedTokens : messageTokens(cleaned);
    if (tokens.length === 0) {
      const waved = onlyWaves(question);
      return {
        answer: waved ? this.composer.conversation({ question, lang, confidence: 1 }, 'greeting') : this.composer.empty({ question, lang, confidence: 0 }),
        match: null,
      };
    }
    const plain = plainConversation(tokens, cleaned);
    if (plain) return { answer: this.composer.conversation({ question, lang, confidence: 1 }, plain), match: null };
    const ownConversation = this.ownConversation(question, { ...options, fallbackLang: lang });
    if (ownConversation) return ownConversation;
    // A time of day near one the knowledge base gives is that one ("kl 1430 ish" for the picture at 14.29).
    const times = this.knownTimes();
    const matchTokens: MatchTokens = (t, framed) => this.matchingChoice(nearestKnownTimes(lang === 'nb' ? readAsSwedish(t) : t, times), lang, framed);
    const latestYear = this.latestYear();
    // "Hva heter vennskapsbroen på engelsk": what the bridge is, with the entry's English text beside the answer.
    const term = askedOfTerm(cleaned, tokens);
    const [text, asking] = term ? [term.text, messageTokens(term.text)] : [cleaned, tokens];
    const whole = askedPart(asking, matchTokens, latestYear, text);
    const isChatter = (said: readonly string[]): boolean => this.isChatter(said, lang);
    const answering = this.withOfferedOptions(answeringPart(whole, text, matchTokens, latestYear, isChatter), text, matchTokens, latestYear);
    const asked = this.timingEntry(this.quotingEntry(this.creditingPicture(this.placingPicture(answering), asking), text, lang), asking);
    const { match } = asked;
    // Chatter the words of an entry happen to match ("train?" is a topic, "ok" is not), an asker saying they are lost ("i don't
    // get it"), a word asked for in another language ("how do you say thank you in korean"), or a thing named only by its
    // place in a row ("what about the second one"): nothing the article says answers it, and nothing is offered.
    const chatter = match.intent !== null && !this.isConversation(match.intent) && this.isChatter(tokens, lang);
    const lost = saysOnlyItIsLost(
      tokens,
      (w) => this.rarity.of(w) < NOISE_RARITY && !this.matcher.namesTopic(w, lang),
      (w) => LAUGHTER.test(w),
    );
    // So is a remark on having posted in the wrong place, or a sound ("🚂 choo choo"; not a greeting, "hej hej!").
    const aside = remarksWrongPlace(tokens) || (isOnlyARepeatedSound(question) && !(match.intent !== null && this.isConversation(match.intent)));
    if (chatter || lost || aside || asksTranslation(tokens) || namesOnlyAnOrdinal(tokens)) {
      return { answer: this.composer.declined({ question, lang, confidence: 0 }, 'unknown', []), match };
    }
    const answer = this.compose(question, lang, asked, text, asking);
    // A long message's one self-contained question asks a detail the article does not give: its telling drew the entry.
    const lone = answer.kind === 'entry' ? loneQuestion(cleaned) : undefined;
    const alone = lone === undefined ? undefined : this.ask(lone, { fallbackLang: lang });
    if (alone?.declineReason === 'detail') return { answer: { ...alone, question }, match };
    return { answer: this.withTermInOtherLanguage(answer, term?.lang, cleaned, tokens), match };
  }

  /**
   * A reply quoting another message that only thanks or greets in its own lines ("> …\nah ok ty"): that, not what the
   * quote's words match.
   */
  private ownConversation(question: string, options: AskOptions): { answer: EngineAnswer; match: Match | null } | undefined {
    const own = ownLines(question);
    const alone = own === undefined ? undefined : this.inspect(own, options);
    // Not help: "ka e greia med det?" asks about the quote.
    if (alone === undefined || alone.answer.kind !== 'conversation' || alone.answer.intent === 'help') return undefined;
    return { answer: { ...alone.answer, question }, match: alone.match };
  }

  /**
   * The match of a question, or of an either-or question without its second choice when that alone stood between it
   * and an answer from the entry it came closest to: a second question ("… or is that just a claim?"), or a choice when
   * that entry's answer names one of the two ("is Kim into horses or dogs?": the entry on his horses settles it; not
   * "is 38 North's analysis done by AI or humans?", which it names neither of).
   */
  private matchingChoice(tokens: readonly string[], lang: Lang, framed: boolean): Match {
    const match = this.matcher.match(tokens, lang, framed);
    const closest = match.intent === null ? match.ranked[0]?.intent : undefined;
    const choice = closest === undefined ? undefined : withoutSecondChoice(tokens);
    const entry = closest === undefined ? undefined : this.entries.get(closest);
    if (choice === undefined || entry === undefined) return match;
    // A second question must ask no one else as well ("or is Iran also sending weapons?") nor a detail of its own ("or
    // is it still closed?"); a choice, be one the entry's answer names.
    const { choices, second } = choice;
    const settles = choices === undefined ? !asksAsWell(second) && askedDetail(second) === undefined : choices.some((word) => this.fit.answerUses(entry, word));
    if (!settles) return match;
    // The entry names only the second choice, the first being a word the article does not know ("is Kim into dogs or
    // horses?"): asked without the first. Not "vets or customs", which the horse train's and the horses' entries each name.
    const secondOnly = choices !== undefined && this.fit.answerUses(entry, choices[1]) && !this.anyRankedNames(match.ranked, choices[0]);
    const chosen = this.matcher.match(secondOnly && choice.withoutFirst ? choice.withoutFirst : choice.tokens, lang, framed);
    return chosen.intent === closest ? chosen : match;
  }

  /**
   * "How many satellite pics show the train, 3, 4 or 5?", "who reported the horse train, vets or customs?": a question
   * declined whole, asked again without the options it offers. Its entry answers when it names one of them, gives a
   * figure where they guess figures, or they end open ("… or something"); not "how are the shells shipped, by sea or by
   * rail?", which an entry naming neither does not settle.
   */
  private withOfferedOptions(asked: AskedPart, text: string, matchTokens: MatchTokens, latestYear: number | undefined): AskedPart {
    if (asked.match.intent !== null || asked.frame !== undefined) return asked;
    const offered = offeredOptions(text);
    if (offered === undefined) return asked;
    const part = askedPart(messageTokens(offered.question), matchTokens, latestYear);
    const entry = part.match.intent === null || part.frame !== undefined ? undefined : this.entries.get(part.match.intent);
    if (entry === undefined) return asked;
    // Figures guessed for a figure asked: whether the entry gives it, the answer's own checks tell.
    const figure = offered.figures && askedDetail(part.tokens) !== undefined;
    // A kind asked ("hva slags vogner, flatvogner eller godsvogner?") is settled only by the kind's own word.
    const kind = asksKind(part.tokens);
    const named = offered.words.some((word) => (kind ? this.fit.answerUses(entry, word) : this.fit.answerNames(entry, word)));
    return (offered.open && !kind) || figure || named ? part : asked;
  }

  /**
   * The answer with an entry's text in another language beside it, where the message asks for a word of the story in
   * that language (`termLang`: "hva heter vennskapsbroen på engelsk") or quotes one to have it explained (see
   * explainingQuotedTerm).
   */
  private withTermInOtherLanguage(answer: EngineAnswer, termLang: Lang | undefined, cleaned: string, tokens: readonly string[]): EngineAnswer {
    const entry = termLang !== undefined && answer.kind === 'entry' ? this.entries.get(answer.intent!) : undefined;
    return entry ? this.composer.withTextIn(answer, entry, termLang!) : this.explainingQuotedTerm(answer, cleaned, tokens);
  }

  /**
   * "What's a 'togsett'? the bit at 13:10 uses it": a word one entry's text uses, quoted to have it explained. That entry
   * answers, with its text in the language of the word beside it: also when the engine was not sure or found no detail
   * asked, not when it declined a prediction or an opinion.
   */
  private explainingQuotedTerm(answer: EngineAnswer, cleaned: string, tokens: readonly string[]): EngineAnswer {
    const unsure = answer.declineReason === 'unsure' || answer.declineReason === 'detail' || answer.declineReason === 'unknown';
    if (answer.kind !== 'entry' && !unsure) return answer;
    const term = quotedTerm(cleaned, tokens);
    const using = term && this.fit.usingTerm(term);
    if (!using || (answer.kind === 'entry' && answer.intent !== using.entry.id)) return answer;
    const confidence = answer.kind === 'entry' ? answer.confidence : round(this.matcher.reported(this.matcher.answerCut()));
    const explained = answer.kind === 'entry' ? answer : this.composer.entry({ question: answer.question, lang: answer.lang, confidence }, using.entry);
    return this.composer.withTextIn(explained, using.entry, using.lang);
  }

  /**
   * "What did the first satellite image show", "hvor endte toget opp på det siste bildet": the picture named by its place
   * in the series answers, whichever picture's words matched best (each shows the same train), however sure the match.
   */
  private placingPicture(asked: AskedPart): AskedPart {
    if (asked.frame !== undefined) return asked;
    const { match } = asked;
    const picture = this.pictures.at(picturePosition(asked.tokens), match, asked.tokens);
    if (!picture || picture.id === match.intent) return asked;
    const confidence = Math.max(match.confidence, this.matcher.answerCut());
    return { ...asked, match: { ...match, intent: picture.id, confidence, related: null, suggestions: [] } };
  }

  /**
   * "Where's the photo of Kim on the horse from": the entry crediting the pictures answers, not the one on Kim's horses.
   * Asked of the whole message: "bildet av Kim på hest, hvem har tatt det?" is answered by its first sentence.
   */
  private creditingPicture(asked: AskedPart, wholeTokens: readonly string[]): AskedPart {
    if (asked.frame !== undefined || !asksPictureCredit(wholeTokens)) return asked;
    const { match } = asked;
    const credits = this.pictures.crediting(match, wholeTokens);
    if (!credits || credits.id === match.intent) return asked;
    const confidence = Math.max(match.confidence, this.matcher.answerCut());
    return { ...asked, match: { ...match, intent: credits.id, confidence, related: null, suggestions: [] } };
  }

  /**
   * "«farfaren til dagens Kim» – hvem er det snakk om?": a message declined as unsure, which quotes a line that alone
   * comes surely to an entry it ranks among its closest, asks about what that line tells. That entry answers, unless the
   * rest of the message asks what the entry does not give.
   */
  private quotingEntry(asked: AskedPart, text: string, lang: Lang): AskedPart {
    const { match } = asked;
    if (asked.frame !== undefined || match.intent !== null || match.ranked.length === 0) return asked;
    const lines = quotedLines(text);
    if (lines.length === 0) return asked;
    // What the rest asks of it: not an amount ("«Khasan stasjon» – hvor mange bor det der?"), nor a detail the entry lacks.
    const rest = messageTokens(withoutQuotedSpans(text));
    const detail = askedDetail(rest);
    // Nor to put it into another language, or to say it back ("translate '…' into Korean", "say '…' and nothing else").
    if (detail === 'quantity' || asksTranslation(rest) || SAY_BACK.has(rest[0] ?? '')) return asked;
    for (const line of lines) {
      // Asked as a question of its own, read as any message is ("sammenfallende med informasjon om våpensalg").
      const quoted = this.ask(line, { fallbackLang: lang }).intent;
      if (quoted === null || this.isConversation(quoted) || !match.ranked.some((c) => c.intent === quoted)) continue;
      if (detail !== undefined && !this.fit.gives(this.entries.get(quoted)!, detail, rest, lang)) continue;
      const confidence = Math.max(match.confidence, this.matcher.answerCut());
      return { ...asked, match: { ...match, intent: quoted, confidence, related: null, suggestions: [] } };
    }
    return asked;
  }

  /**
   * "When were the pictures taken compared to the US claim": a message declined as unsure that asks one event's time
   * against another's, whose closest entry counts the time between them ("two days after the US claimed …"). The words
   * are split between the two events' topics, so no entry scores surely; the one telling both times answers.
   */
  private timingEntry(asked: AskedPart, wholeTokens: readonly string[]): AskedPart {
    const { match } = asked;
    if (asked.frame !== undefined || match.intent !== null || !asksRelativeTime(wholeTokens)) return asked;
    // Not when a word the article does not know names what is compared ("TV 2 compared to NRK").
    if (match.unknown.length > 0) return asked;
    const closest = match.ranked[0] && this.entries.get(match.ranked[0].intent);
    if (!closest || !(countsTimeBetween(closest.answer.en) || countsTimeBetween(closest.answer.nb))) return asked;
    const confidence = Math.max(match.confidence, this.matcher.answerCut());
    return { ...asked, match: { ...match, intent: closest.id, confidence, related: null, suggestions: [] } };
  }

  /** The answer for one entry, as if it had been asked for (slash commands, admin previews). */
  describe(id: string, lang: Lang): EngineAnswer | undefined {
    const entry = this.entries.get(id);
    return entry && this.composer.entry({ question: '', lang, confidence: 1 }, entry);
  }

  /** The latest year the knowledge base tells of, worked out once per engine (an archive's answers are many). */
  private latestYear(): number | undefined {
    if (this.latestYearFound === undefined) {
      const answers = function* (entries: Iterable<Entry>): Generator<string> {
        for (const e of entries) yield* [e.answer.nb, e.answer.en];
      };
      this.latestYearFound = latestYearIn(answers(this.entries.values())) ?? null;
    }
    return this.latestYearFound ?? undefined;
  }

  /** The times of day the knowledge base's answers give, worked out once per engine (see EngineInternals.clockTimes). */
  private knownTimes(): readonly number[] {
    this.knownTimesFound ??= clockTimesIn([...this.entries.values()].flatMap((e) => [e.answer.nb, e.answer.en]));
    return this.knownTimesFound;
  }

  /** Active entries, for listings and autocomplete. */
  listEntries(): Entry[] {
    return [...this.entries.values()];
  }

  /**
   * The language a message is asked in: the one it asks the answer in, if it does ("Answer in English: …"); else that of
   * its own words when it quotes a line in the other language (an English asker pasting a Norwegian sentence to have it
   * explained), if they are enough to tell; else that of its question when other sentences stand beside it; else that
   * of its opening clause; else the whole message's.
   */
  private askersLanguage(cleaned: string, tokens: readonly string[], fallback: Lang): Lang {
    // "Answer in English: hva sa Kirby?": the language asked for.
    const requested = requestedLanguage(tokens);
    if (requested !== undefined) return requested;
    const unquoted = withoutQuotedSpans(cleaned);
    if (unquoted !== cleaned) {
      const own = messageTokens(unquoted);
      const detected = own.length >= MIN_OWN_WORDS ? this.detector.detect(own, fallback) : undefined;
      if (detected?.certain) return detected.lang;
    }
    // A message mixing the two is asked in the language of its question: "hvem tok bildene? need it for class".
    const question = sentencesOf(cleaned).find(isQuestion);
    if (question !== undefined && question !== cleaned) {
      const own = messageTokens(question);
      const detected = own.length >= MIN_QUESTION_WORDS ? this.detector.detect(own, fallback) : undefined;
      if (detected?.certain) return detected.lang;
    }
    // One sentence switching between the two is asked in the language it opens with: "hvem er Kirby egentlig, like what is his job".
    const [opening] = unquoted.split(CLAUSE_BREAK);
    if (opening !== undefined && opening !== unquoted) {
      const own = messageTokens(opening);
      const detected = own.length >= MIN_QUESTION_WORDS ? this.detector.detect(own, fallback) : undefined;
      if (detected?.certain) return detected.lang;
    }
    return this.detector.detect(tokens, fallback).lang;
  }

  /** The language a text is written in, for adapters that must choose before asking. */
  detectLanguage(text: string, fallback?: Lang): Lang {
    return this.detector.detect(tokenize(text), fallback).lang;
  }

  /** The conversation a message was taught as, whole or after the greeting that opens it (see TaughtConversation). */
  private taughtAs(question: string, tokens: readonly string[]): ConversationIntent | undefined {
    const taught = this.taughtConversation();
    const greeted = afterGreeting(tokens);
    return taught.intentOf(question) ?? (greeted && taught.intentOf(greeted.join(' ')));
  }

  /** `message`: the whole message's cleaned text (the part answering may be one sentence of it). */
  private compose(question: string, lang: Lang, asked: AskedPart, message: string | undefined, wholeTokens: readonly string[]): EngineAnswer {
    const { match, frame } = asked;
    const base = { question, lang, confidence: round(this.matcher.reported(match.confidence)) };
    // An entry a rule below picks answers at least as surely as the answer cut.
    const picked = { ...base, confidence: round(this.matcher.reported(Math.max(match.confidence, this.matcher.answerCut()))) };
    // Help, thanks or a greeting only for a message that is mostly their words ("FIX YOUR BOT" is no request for help).
    const chats =
      frame === undefined && match.intent !== null && this.isConversation(match.intent) && this.conversationWords().chats(asked.tokens, message ?? question);
    // "Hvorfor nevnes 2017 i saken?": the one entry naming the year, whichever entry the other words matched (a year the
    // story names is no wrong figure to correct).
    const yearNamed = frame === undefined && this.fit.asksAboutAYear(asked.tokens) ? this.fit.onlyEntryNaming(asked.tokens, match.ranked) : undefined;
    if (yearNamed) return this.composer.entry(picked, yearNamed);
    // Two pictures named by their times ("how long between the 10:24 and the 13:10 picture"), or the time between two
    // asked ("how long did the train take from the North Korean side to Khasan"): both answer, the asker compares.
    const timed =
      match.intent === null && frame === undefined ? this.pictures.atTimes(nearestKnownTimes(asked.tokens, this.knownTimes()), match.ranked, lang) : [];
    const pictures = timed.length >= 2 || frame !== undefined ? timed : this.pictures.between(asked.tokens, match);
    if (pictures.length >= 2) return this.composer.entry(picked, pictures[0]!, pictures[1]);
    // "Hvor var toget på hvert av satellittbildene?": every picture of the series, in order.
    // Not who took them, nor whether something holds for all ("was the train seen on all the pics"): one entry answers.
    const eachAsked = asksEachPicture(asked.tokens) && !asksPictureCredit(asked.tokens) && !asksToConfirm(asked.tokens);
    const each = frame === undefined && eachAsked ? this.pictures.each(match) : [];
    if (each.length >= 2) return this.composer.entries(picked, each);
    // A wrong figure put to be checked ("they closed the bridge in 2019?") is answered by the entry giving the right one.
    const corrected = match.intent === null && frame === undefined ? this.fit.correcting(asked, message ?? question, lang) : undefined;
    if (corrected) return this.composer.entry({ ...base, confidence: round(this.matcher.reported(corrected.confidence)) }, corrected.entry);
    // A conversation text word for word ("Hvem er du?", also after a greeting: "hei! hvem er du?") is that conversation,
    // however the decision weighed its words.
    const taught = match.intent === null && frame === undefined ? this.taughtAs(question, wholeTokens) : undefined;
    if (taught) return this.composer.conversation(base, taught);
    // Thanks and how the answer landed, nothing asked ("ok thanks that makes sense"): however its other words weighed.
    // A frame is no matter: nothing is asked ("the teacher will be impressed" predicts nothing asked for).
    const thanked = (match.intent === null || this.isConversation(match.intent) || frame !== undefined) && onlyThanks(wholeTokens, message ?? question);
    if (thanked) return this.composer.conversation(base, 'thanks');
    // Declined, but closest to thanks, a greeting or help and made of their words ("takk, det var nyttig!", where the
    // decision weighed "nyttig" as a word no entry knows): that conversation.
    const closest = match.ranked[0]?.intent;
    if (
      match.intent === null &&
      frame === undefined &&
      closest !== undefined &&
      this.isConversation(closest) &&
      this.conversationWords().saysOnlyTheirs(asked.tokens)
    )
      return this.composer.conversation(base, closest as ConversationIntent);
    // "Hvem er Truls Aagedal?": the one entry naming what a bare who-is question asks about is all the article says of it.
    if (match.intent === null && frame === undefined) {
      const named = this.fit.onlyEntryNaming(asked.tokens, match.ranked) ?? this.fit.tellingCountUnknown(asked.tokens, match.ranked, lang);
      if (named) return this.composer.entry(picked, named);
    }
    if (match.intent === null || (frame === undefined && this.isConversation(match.intent) && !chats)) {
      const offered = aboutTheBot(frame) ? [] : match.suggestions.flatMap((id) => this.entries.get(id) ?? []);
      return this.composer.declined(base, frame ?? this.fit.declineReason(offered, asked.tokens, lang), offered);
    }
    // A prediction, an opinion or a question about the bot is declined however well its words match: the
    // entry they match is the topic, offered, not the answer.
    if (frame !== undefined) {
      const topic = aboutTheBot(frame) || this.isConversation(match.intent) ? [] : [this.entries.get(match.intent)!];
      return this.composer.declined({ ...base, confidence: 0 }, frame, topic);
    }
    if (this.isConversation(match.intent)) return this.composer.conversation(base, match.intent as ConversationIntent);
    const entry = this.entries.get(match.intent)!;
    // Worked out once: every check below reads them.
    const speaker = askedSpeaker(asked.tokens);
    const detail = withDetailAdded(askedDetail(asked.tokens), message ?? question);
    // What someone said, and a close neighbour is that speaker's own claim ("what did Pyongyang say about selling
    // arms", which the US claim's entry also reports): that claim is what was asked for.
    const own = this.fit.speakersOwnNeighbour(entry, match.ranked, speaker ?? askedStatingSpeaker(asked.tokens, message ?? question));
    if (own) return this.composer.entry(base, own);
    // "When … compared to when the US made the claim", and the entry never names the claim: the neighbour timing it so.
    const timedAgainst = this.fit.neighbourTimedAgainst(entry, match.ranked, wholeTokens, lang);
    if (timedAgainst) return this.composer.entry(base, timedAgainst);
    // "When …", and the entry tells the time only relative to something else ("two days after the claim") while a close
    // neighbour places it ("at 13:10"): the neighbour is likelier what was meant, so both are offered, it first.
    const placing = this.fit.neighboursPlacingTime(entry, match.ranked, detail);
    if (placing.length > 0) return this.composer.declined({ ...base, confidence: 0 }, 'unsure', [...placing, entry]);
    // One side of the border asked about, and the entry shows the other: a neighbour showing that side is likelier what was
    // meant (both offered, it first); with none, the article does not give it.
    const sided = this.fit.neighboursOnAskedSide(entry, match.ranked, asked.tokens, message ?? question);
    if (sided) return this.composer.declined({ ...base, confidence: 0 }, sided.length > 0 ? 'unsure' : 'detail', [...sided, entry]);
    // What someone said, or what is so by their account, and the entry quotes someone else: the entry that reports them
    // answers; else, for what someone said, the article does not give it.
    const voiced = speaker ?? accordingSpeaker(asked.tokens);
    if (voiced !== undefined && !this.fit.reportsAskedSpeaker(entry, voiced, lang)) {
      const reporting = this.fit.reportingSpeaker(match.ranked, asked.tokens, voiced, lang);
      if (reporting) return this.composer.entry(base, reporting);
      if (speaker !== undefined) return this.composer.declined({ ...base, confidence: 0 }, 'detail', [entry]);
    }
    // Someone's exact words, and the entry reports what they said in its own: it answers, saying it is no exact quote.
    if (detail === 'quote' && this.fit.reportsInOwnWords(entry, asked.tokens, lang)) return this.composer.entry(base, entry, undefined, 'notQuoted');
    // The right topic, but a time or a number its text does not give: say so, and offer the entry. Unless the
    // question is worded as one the entry was taught: an admin who promoted it there said it answers it.
    if (this.fit.lacksAskedDetail(asked.tokens, detail, entry, message, lang, wholeTokens) && !this.fit.taught(question, entry)) {
      // A close neighbour that gives it ("how many images": the entry counting them, not the train's) is likelier
      // what was meant: not sure which, so both are offered, the one giving it first.
      const giving = this.fit.neighboursGiving(match.ranked, asked.tokens, lang);
      // Only one close neighbour gives it ("how many metres is the bridge": the bridge's length, not the picture 200 m
      // from it): the words could mean either, the detail asked tells which.
      const only = this.fit.onlyGiving(giving, asked.tokens, detail);
      if (only) return this.composer.entry(base, only);
      if (giving.length > 0) return this.composer.declined({ ...base, confidence: 0 }, 'unsure', [...giving, entry]);
      // "What was on the train that crossed": the entry telling what it carried, though its words came less close.
      const carrying = this.fit.givingContents(asked.tokens, detail, lang);
      if (carrying) return this.composer.entry({ ...base, confidence: round(this.matcher.reported(carrying.confidence)) }, carrying.entry);
      // A farther neighbour that counts the very thing ("how many cars did the train have": the pictures count the
      // wagons): the article may give it after all, so not sure which was meant rather than "it does not say".
      const counted = detail === 'quantity' || detail === 'exactQuantity';
      const farther = counted ? this.fit.neighboursGiving(match.ranked, asked.tokens, lang, FARTHER_GIVING) : [];
      if (farther.length > 0) return this.composer.declined({ ...base, confidence: 0 }, 'unsure', [...farther, entry]);
      return this.composer.declined({ ...base, confidence: 0 }, 'detail', [entry]);
    }
    // "Why did the Soviet Union collapse": the entry names the collapse only as a time ("until the collapse"), not why.
    if (this.fit.namesOnlyAsTime(entry, asked.tokens)) return this.composer.declined({ ...base, confidence: 0 }, 'detail', [entry]);
    // "Is the bridge road or rail only?": the bridge's entry says neither, so the article does not give it.
    if (this.fit.givesNoChoice(entry, asked.tokens, message ?? question, lang)) return this.composer.declined({ ...base, confidence: 0 }, 'detail', [entry]);
    // A fact asked within a month the entry does not name ("how many missiles in October"): it does not say.
    if (this.fit.asksWithinMonthNotNamed(entry, asked.tokens, message ?? question))
      return this.composer.declined({ ...base, confidence: 0 }, 'detail', [entry]);
    // A figure put to be checked of a kind the entry does not give: it does not say, the entry is offered.
    if (this.fit.cannotSettleGuess(entry, asked.tokens, message ?? question, lang))
      return this.composer.declined({ ...base, confidence: 0 }, 'detail', [entry]);
    const related = match.related ? this.entries.get(match.related) : undefined;
    return this.composer.entry(base, entry, related);
  }

  /**
   * Whether the answer of any entry the match ranked names a word, or one the lexicon holds the same. The ranked only:
   * an archive's entries are many, and this is asked on the bot's event loop.
   */
  private anyRankedNames(ranked: Match['ranked'], word: string): boolean {
    return ranked.some(({ intent }) => {
      const entry = this.entries.get(intent);
      return entry !== undefined && this.fit.answerNames(entry, word);
    });
  }

  private isConversation(intent: string): boolean {
    return (CONVERSATION_INTENTS as readonly string[]).includes(intent);
  }

  /**
   * One everyday word or a number alone ("same", "+1") asks nothing, whatever entry uses it. A year
   * alone ("1948?") does ask: what happened then, and so does a word naming a topic of the story ("train?").
   */
  private isChatter(tokens: readonly string[], lang: Lang): boolean {
    // Laughter beside it changes nothing: "hahaha nei" is as much chatter as "nei".
    const said = tokens.length > 1 ? tokens.filter((t) => !LAUGHTER.test(t)) : tokens;
    const word = said[0];
    if (said.length !== 1) return false;
    if (/^\p{N}+$/u.test(word!)) return !/^(?:1[89]|20)\d\d$/.test(word!);
    // A count asked of nothing named ("antall?", "amount?") is chatter however rare its word; a topic of the story is asked
    // about however common its word ("train?", "våpen?").
    return (this.rarity.of(word!) < NOISE_RARITY && !this.matcher.namesTopic(word!, lang)) || this.matcher.asksOnlyCount(word!, lang);
  }
}

/** A question about the bot, or an instruction to it: no entry is its topic. */
function aboutTheBot(frame: QuestionFrame | undefined): boolean {
  return frame === 'personal' || frame === 'instruction';
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
