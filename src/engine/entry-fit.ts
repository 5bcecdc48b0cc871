import type { Entry, Source } from '../kb/knowledge-base.js';
import type { Lang } from '../kb/languages.js';
import type { SameAsTable } from './analysis/same-as-table.js';
import { foldNordic } from './analysis/fold.js';
import { nynorskToBokmal } from './analysis/nynorsk.js';
import { STOPWORDS } from './analysis/stopwords.js';
import type { DeclineReason } from './answer.js';
import type { Candidate, Matcher } from './matching/matcher.js';
import { closeNeighbours, NEAR_TIE } from './matching/neighbours.js';
import { timeReference } from './message/time-reference.js';
import { askedSide, sidesTold } from './message/border-side.js';
import type { AskedPart } from './message/asked-part.js';
import { askedDetail, askedEvent, askedLifeEvent, asksWhenSeen, asksExactYear, isTimeDetail, statedTimes, tellsEvent } from './message/asked-detail.js';
import type { AskedDetail, Detail } from './message/detail-kinds.js';
import { withoutQuoteRequest } from './message/quote-request.js';
import {
  asksWhetherCountTold,
  asksWhetherSomeoneToldCount,
  countedWords,
  counts,
  namesAskedYearOnlySince,
  leavesKindUncounted,
  leavesUncounted,
  mayCorrectCount,
  saysCountUnknown,
  speaksOf,
} from './message/counted-detail.js';
import { givesDetail, givesExactTime, MONTH_NUMBER, offeredDetails } from './message/offered-details.js';
import { guessedFigure, type GuessedFigure } from './message/guessed-figure.js';
import { asksForFact } from './message/fact-question.js';
import { guessesOutlet, WHO_PUBLISHED } from './message/guessed-outlet.js';
import { asksCauseOfTimeMarker } from './message/time-marker.js';
import { askedIdentity, onlyNames } from './message/asked-identity.js';
import { contrastedPair } from './message/pushback.js';
import { givesLength, isLengthUnit } from './message/length-units.js';
import { measuredThings, measuresThing } from './message/measured-thing.js';
import { distanceEnds, namesDistanceEnds } from './message/distance-ends.js';
import { messageTokens } from './message/message-tokens.js';
import { askedKind, leavesUnnamed, namesAsked, namesSomeone, namesRoleAsked } from './message/named-in.js';
import { isQuestion, sentencesOf } from './message/sentences.js';
import { withDetailAdded } from './message/added-detail.js';
import { offeredChoices } from './message/offered-choice.js';
import { plainWords } from './message/plain-words.js';
import { isSpeakersName, namesSpeaker, reportsSpeaker } from './message/speaker.js';

// "Released in October 2022", "offentliggjort i oktober": when a picture was made public. Not the article's "published in
// November", which is the time of all it tells.
const PUBLISHED_IN = /(?<!\p{L})(?:released|offentliggjort)\s+(?:in|i)\s+\p{L}+/gu;

// Spans of time: "15-year-olds" and "in 5 days" count no things an entry counts.
// prettier-ignore
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'second', 'seconds', 'år', 'måned', 'måneder', 'månader', 'uke', 'uker', 'veke', 'veker', 'dag', 'dager', 'dagar', 'time', 'timer', 'timar',
  'minutt', 'minutter', 'sekund', 'sekunder']);

// A sentence declined below this confidence is about no entry on its own ("how far did it fly?").
const ABOUT_NOTHING = 0.5;

/** What EntryFit reads: one engine's entries and what it has worked out about them. */
export interface EntryFitParts {
  entries: ReadonlyMap<string, Entry>;
  /** The details (a time, a quantity) each entry's answer gives, filled in as they are first needed. */
  details: Map<string, Set<Detail>>;
  /** The knowledge base's sources by id: whose claim an entry reviews. */
  sources: ReadonlyMap<string, Source>;
  /** Per lexicon word, the other words of its concepts (lower-cased, as written). */
  sameAs: () => SameAsTable;
  /** For a sentence or a figure matched again on its own. */
  matcher: Matcher;
}

/**
 * How near a speaker's own claim must score to the best entry to answer "what did X say": a wider band than other
 * close neighbours get (CLOSE_NEIGHBOUR), the speaker named being a strong sign. On the scored sets 0.75 left "hva sa Nord-Korea om at de
 * ikke selger våpen" with the US claim (the denial at 0.75 of it); 0.6 takes four such and changes nothing else, 0.4
 * takes Biden's adviser's words for the White House claim.
 */
const SPEAKERS_OWN_NEIGHBOUR = 0.6;
/**
 * How near an entry reporting the speaker asked must score when the best entry does not report them: a wider band than
 * SPEAKERS_OWN_NEIGHBOUR, the best entry being ruled out by the speaker. "What does the UN say about North Korea selling
 * weapons" has the UN's ban at 0.58 of the denial; "what did biden's guy say, kirby or something" the White House's claim
 * at 0.51 of Kirby's words (which report Kirby, not Biden): 0.5 took that one too.
 */
const REPORTING_NEIGHBOUR = 0.55;
/** How many words a sentence beside the question may have to ask with it without a question mark ("like how many meters"). */
const TRAILING_WORDS = 4;

/**
 * Whether the entry a question matched gives what it asks: the detail it wants (a time, a count, a
 * name), the speaker it asks about; and which close neighbour gives it instead. The engine's checks
 * after matching, one per kind of question the right topic alone does not answer.
 */
export class EntryFit {
  private readonly entries: ReadonlyMap<string, Entry>;
  private readonly details: Map<string, Set<Detail>>;
  private readonly sources: ReadonlyMap<string, Source>;
  private readonly sameAs: () => SameAsTable;
  private readonly matcher: Matcher;
  /** Per entry id, its training questions' plain words (see taught), made when first needed. */
  private readonly taughtWordings = new Map<string, Set<string>>();
  /** Per entry id, whether its answer places a time (givesExactTime), worked out when first needed. */
  private readonly placing = new Map<string, boolean>();
  /** Per entry id, whether its answer reports what someone said (see reportsWords), worked out when first needed. */
  private readonly reporting = new Map<string, boolean>();
  /** Each answer's words, lower-cased and spaced, as onlyEntryNaming looks for a name in them. */
  private readonly answerWords = new Map<string, string>();

  constructor(parts: EntryFitParts) {
    this.entries = parts.entries;
    this.details = parts.details;
    this.sources = parts.sources;
    this.sameAs = parts.sameAs;
    this.matcher = parts.matcher;
  }

  /**
   * Whether the question answered by `entry` asks for a detail its text does not give. Asked in one
   * sentence of several, a detail counts only if that sentence is about the entry: "I wonder when it
   * ends. Who took the pictures?" asks no time of the pictures. A message that puts some sentences as
   * questions asks what they ask, whichever sentence matched: "> a train with horses / how many horses
   * tho" asks a count, "my friend says it stopped at a station in the end. what's it called?" a name.
   * `own`: the detail `tokens` ask for; `whole`: the whole message's tokens (`tokens` may be one sentence's).
   */
  lacksAskedDetail(
    tokens: readonly string[],
    own: AskedDetail | undefined,
    entry: Entry,
    message: string | undefined,
    lang: Lang,
    whole: readonly string[],
  ): boolean {
    if (own !== undefined && this.gives(entry, own, tokens, lang)) return false;
    // Made exact by words added after the question ("… ? exact dollar figure", see withDetailAdded): asked of it.
    if (own !== undefined && own !== askedDetail(tokens)) return true;
    // Or named in a clause of its own ("which UN resolution is it exactly, what number?"), asked of the clause before.
    if (own !== undefined && message !== undefined && withDetailAdded(undefined, message) === own) return true;
    // A time given as the premise ("14:29 at Khasan: what time was that here?") is what the question refers to.
    if (own !== undefined && statedTimes(tokens, own) !== undefined) return true;
    // A sentence's detail is asked in the whole message too: a message that asks none (most) is not split at all.
    if (own === undefined && (whole === tokens || askedDetail(whole) === undefined)) return false;
    const sentences = message === undefined ? [] : sentencesOf(message);
    if (sentences.length === 0) return own !== undefined;
    // A few words after the question ask with it, question mark or not: "does Kim own lots of horses? roughly how many".
    const questions = sentences.filter((sentence) => isQuestion(sentence) || wordCount(sentence) <= TRAILING_WORDS);
    const asking = questions.length > 0 && questions.length < sentences.length ? questions : sentences;
    return asking.some((sentence) => {
      const t = messageTokens(sentence);
      const detail = askedDetail(t);
      return detail !== undefined && !this.gives(entry, detail, t, lang) && this.asksOf(t, entry, lang);
    });
  }

  /** Whether an entry's answer, in either language, uses a word or one it begins ("horse" in "horses"). */
  answerUses(entry: Entry, word: string): boolean {
    return usesPhrase(entry.answer.en, [word]) || usesPhrase(entry.answer.nb, [word]);
  }

  /** Whether an entry's answer uses a word or one the lexicon holds the same ("vets": "veterinary authorities"). */
  answerNames(entry: Entry, word: string): boolean {
    return [word, ...this.lexiconForms(word)].some((form) => this.answerUses(entry, form));
  }

  /**
   * The entry that corrects a figure a declined question puts to be checked: the one the question answers without
   * the figure, if it is the one it came closest to with it and gives a figure of that kind (a year for a year).
   */
  correcting(asked: AskedPart, text: string, lang: Lang): { entry: Entry; confidence: number } | undefined {
    const closest = asked.match.ranked[0];
    const guess = closest && guessedFigure(asked.tokens, text);
    if (!guess) return closest && (this.correctingName(asked, lang) ?? this.correctingOutlet(asked, lang));
    return this.correctingFigure(asked, guess, lang) ?? this.correctingName(asked, lang);
  }

  /** The article's outlet guessed ("this is an NRK piece, right?"): the entry telling who published it. */
  private correctingOutlet(asked: AskedPart, lang: Lang): { entry: Entry; confidence: number } | undefined {
    if (!guessesOutlet(asked.tokens)) return undefined;
    const publisher = this.matcher.match(WHO_PUBLISHED[lang], lang);
    const entry = publisher.intent === null ? undefined : this.entries.get(publisher.intent);
    return entry && { entry, confidence: publisher.confidence };
  }

  private correctingFigure(asked: AskedPart, guess: GuessedFigure, lang: Lang): { entry: Entry; confidence: number } | undefined {
    const closest = asked.match.ranked[0]!;
    if (guess.counted !== undefined && isLengthUnit(guess.counted.thing)) return this.correctingLength(asked, guess, lang);
    if (guess.counted !== undefined && !this.namesFigure(guess.counted) && !TIME_UNITS.has(guess.counted.thing))
      return this.correctingCount(asked, guess, lang);
    const entry = this.entries.get(closest.intent);
    // The entry is checked first: matching again costs more, and most declined messages put no figure it gives.
    if (!entry || !this.corrects(entry, guess)) return undefined;
    const without = this.matcher.match(guess.rest, lang);
    return without.intent === entry.id ? { entry, confidence: without.confidence } : undefined;
  }

  /**
   * The entry giving what a contents question asks ("what was on the train that crossed the border"), when the entry its
   * words came closest to does not and none of its close neighbours does: the question asked again with the word the
   * texts tell contents by ("carrying"), if that comes surely to an entry that tells them.
   */
  givingContents(tokens: readonly string[], detail: AskedDetail | undefined, lang: Lang): { entry: Entry; confidence: number } | undefined {
    if (detail !== 'contents') return undefined;
    const again = this.matcher.match([...tokens, CONTENTS_CUE[lang]], lang);
    // Declined with the cue, its best still tells contents ("what did the think tank say about what was in the train").
    const best = again.intent ?? again.ranked[0]?.intent;
    if (best === undefined) return undefined;
    // The best of it or its close neighbours that tells contents: the cue draws the one telling them near, not always first.
    const ids = [best, ...closeNeighbours(again.ranked).filter((id) => id !== best)];
    const entry = ids.map((id) => this.entries.get(id)).find((e) => e !== undefined && this.gives(e, 'contents', tokens, lang));
    return entry && { entry, confidence: again.confidence };
  }

  /**
   * The one entry whose text uses a quoted term ("togsett" in "det samme togsettet"), and the language of that text:
   * looked for among the entries the term's own words come closest to in each language. Undefined when none or several do.
   */
  usingTerm(term: readonly string[]): { entry: Entry; lang: Lang } | undefined {
    let found: { entry: Entry; lang: Lang } | undefined;
    for (const lang of ['nb', 'en'] as const) {
      for (const { intent } of this.matcher.match(term, lang).ranked) {
        const entry = this.entries.get(intent);
        if (entry === undefined || !usesPhrase(entry.answer[lang], term)) continue;
        if (found !== undefined && found.entry !== entry) return undefined;
        found ??= { entry, lang };
      }
    }
    return found;
  }

  /**
   * A name the article does not know, put in pushback ("the article is from NRK, not TV 2", "nei, det var Kina"): the
   * asker's wrong name, which the entry the rest of the message matches corrects, if it came closest to it with the name too.
   */
  private correctingName(asked: AskedPart, lang: Lang): { entry: Entry; confidence: number } | undefined {
    const { unknown, ranked } = asked.match;
    if (unknown.length !== 1 || ranked.length === 0) return undefined;
    const pair = contrastedPair(asked.tokens);
    if (pair === undefined) return undefined;
    const known = pair[0] === unknown[0] ? pair[1] : pair[1] === unknown[0] ? pair[0] : undefined;
    const entry = known === undefined ? undefined : this.entries.get(ranked[0]!.intent);
    // The other of the two is the entry's: "fra NRK, ikke TV 2", and the article is TV 2's.
    if (!entry || !wordsOf(`${entry.answer.en} ${entry.answer.nb}`).has(known!)) return undefined;
    const without = this.matcher.match(
      asked.tokens.filter((t) => t !== unknown[0]),
      lang,
    );
    return without.intent === entry.id ? { entry, confidence: without.confidence } : undefined;
  }

  /**
   * A length's unit pulls towards whatever else is that far ("broen er 2 km lang?": the station two kilometres away),
   * and without it a short question is often too bare to answer ("broen er lang?"): the entry closest without the
   * length corrects it, if the question came close to it with the length too and it gives a length.
   */
  private correctingLength(asked: AskedPart, guess: GuessedFigure, lang: Lang): { entry: Entry; confidence: number } | undefined {
    const without = this.matcher.match(guess.rest, lang);
    const id = without.ranked[0]?.intent;
    const entry = id === undefined || !asked.match.ranked.some((c) => c.intent === id) ? undefined : this.entries.get(id);
    return entry && this.corrects(entry, guess) ? { entry, confidence: without.confidence } : undefined;
  }

  /**
   * A count of things ("was it twenty wagons?") is corrected by the closest entry that counts those very things,
   * if the question came as close to it without the count.
   */
  private correctingCount(asked: AskedPart, guess: GuessedFigure, lang: Lang): { entry: Entry; confidence: number } | undefined {
    const countingOf = (ranked: readonly Candidate[]) => ranked.map((c) => this.entries.get(c.intent)).find((e) => e !== undefined && this.corrects(e, guess));
    const without = this.matcher.match(guess.rest, lang);
    // Closest with the guess or without it: a threshold's words ("fler enn tre bilder") may draw the question elsewhere.
    const counting = countingOf(asked.match.ranked) ?? countingOf(without.ranked);
    if (!counting) return undefined;
    // A sum of money is the price of one thing ("the shells were worth $100 million?"): only the entry the question is
    // closest to corrects it, not one counting dollars spent on something else (Kim's horses).
    const closest = without.ranked[0]?.intent === counting.id || asked.match.ranked[0]?.intent === counting.id;
    if (MONEY.has(guess.counted!.thing) && !closest) return undefined;
    return without.ranked.some((c) => c.intent === counting.id) ? { entry: counting, confidence: without.confidence } : undefined;
  }

  /** Whether a figure is part of a name ("38 North"), not a count. */
  private namesFigure({ figure, thing }: { figure: string; thing: string }): boolean {
    return this.sameAs().get(figure)?.includes(`${figure} ${thing}`) === true;
  }

  /**
   * Whether a four-digit figure no text uses, or a day of a month, put to be checked, is of a kind the entry gives none of
   * ("is it resolution 1718 that bans it?", "was the bridge built in 1959?", "were the pictures taken on 4 November?"):
   * the entry is the topic, but cannot settle the figure.
   */
  cannotSettleGuess(entry: Entry, tokens: readonly string[], text: string, lang: Lang): boolean {
    // A day of a month ("taken on 4 November?"), a month ("did they send the letters in August?"), or a year-like figure
    // the knowledge base nowhere uses: "two countries", "TV 2", "100%", "'48" are no such guess.
    const unknownFigure = tokens.some((word) => /^\d{4}$/.test(word) && !this.matcher.knows(word, lang));
    const guess = guessedFigure(tokens, text);
    if (guess === undefined || (!unknownFigure && guess.detail !== 'date' && guess.detail !== 'month')) return false;
    // "Resolution 1718 that bans …" counts no "that": any figure of the kind would settle it.
    const { counted } = guess;
    return !this.corrects(entry, counted && STOPWORDS.has(counted.thing) ? { ...guess, counted: undefined } : guess);
  }

  /**
   * Whether a question for a fact is put within a month the entry's text does not name ("how many missiles in October",
   * "what did Kirby say in March"): the entry's facts are of another time, or of none. A month put to be checked ("the
   * denial came in August?") is corrected instead (see correcting).
   */
  asksWithinMonthNotNamed(entry: Entry, tokens: readonly string[], text: string): boolean {
    const month = tokens.find((t) => MONTH_NUMBER.has(t));
    // Not a time asked: "when did they deny it, June or September?" offers the month as a choice.
    if (month === undefined || !asksForFact(tokens) || isTimeDetail(askedDetail(tokens)) || guessedFigure(tokens, text) !== undefined) return false;
    // The month a picture was made public ("a photo released in October") dates the picture, not the facts asked about.
    const named = wordsOf(`${entry.answer.en} ${entry.answer.nb}`.toLowerCase().replace(PUBLISHED_IN, ' '));
    return ![...named].some((word) => MONTH_NUMBER.get(word) === MONTH_NUMBER.get(month));
  }

  /** Whether an entry gives a figure of the kind guessed (and, for a count, counts those things). */
  private corrects(entry: Entry, guess: GuessedFigure): boolean {
    if (!givesDetail(this.offeredDetails(entry), guess.detail)) return false;
    return guess.counted === undefined || this.correctsCount(entry, guess.counted);
  }

  /**
   * Whether an entry may correct a count guessed ("was it ten wagons?"): it counts those things, by that word or
   * another of its concept ("three wagons" for "carriages"); a length in any unit, by a length ("8 km" by "800 metres").
   * A figure that is part of a name ("38 North") counts nothing.
   */
  private correctsCount(entry: Entry, counted: { figure: string; thing: string }): boolean {
    if (this.namesFigure(counted)) return true;
    const { thing } = counted;
    const table = this.sameAs();
    const texts = [entry.answer.en, entry.answer.nb];
    if (isLengthUnit(thing)) return givesLength(texts);
    return [thing, nynorskToBokmal(thing), ...(table.get(thing) ?? [])].some((w) => !w.includes(' ') && mayCorrectCount(texts, w));
  }

  /**
   * Whether a sentence asks of an entry: it ranks the entry among its closest, or is about none on its
   * own ("> first launch since 2017 / how far did it fly?" asks of what the rest says).
   */
  private asksOf(tokens: readonly string[], entry: Entry, lang: Lang): boolean {
    const { intent, confidence, ranked } = this.matcher.match(tokens, lang);
    return (intent === null && confidence < ABOUT_NOTHING) || ranked.some((c) => c.intent === entry.id);
  }

  /**
   * The close neighbours of the best-ranked entry (closeNeighbours, or those scoring `share` of it) whose text gives the
   * detail the question asks for (a count: of the thing counted), best first: none when it asks none.
   */
  neighboursGiving(ranked: readonly Candidate[], tokens: readonly string[], lang: Lang, share?: number): Entry[] {
    const detail = askedDetail(tokens);
    if (detail === undefined) return [];
    const giving: Entry[] = [];
    // A count must be of the very thing asked about: "how much money" is not given by "thousands of dollars on horses".
    const counting = detail === 'quantity' || detail === 'exactQuantity';
    const [thing, next] = counting ? this.countedAsSpelled(tokens, lang) : [];
    for (const id of closeNeighbours(ranked, share)) {
      const entry = this.entries.get(id);
      if (!entry || !this.gives(entry, detail, tokens, lang)) continue;
      const texts = [entry.answer.en, entry.answer.nb];
      if (!counting || (thing !== undefined && (this.countsAsked(texts, thing) || (next !== undefined && this.countsAsked(texts, next))))) giving.push(entry);
    }
    return giving;
  }

  /**
   * Of the close neighbours giving the detail asked (neighboursGiving), the one that alone gives it: the words could mean
   * either entry, the detail tells which. Not a time: a neighbour's time is of its own event ("what time did the train
   * cross the bridge itself": the 13:10 picture shows it 200 m past the bridge), unless that event is asked: a sighting,
   * a picture's own.
   */
  onlyGiving(giving: readonly Entry[], tokens: readonly string[], detail: AskedDetail | undefined): Entry | undefined {
    return giving.length === 1 && (!isTimeDetail(detail) || asksWhenSeen(tokens, detail)) ? giving[0] : undefined;
  }

  /**
   * For a question for when something happened whose best entry gives no year, month, day or time of day: the
   * neighbours as good as tied with it (NEAR_TIE) that do, best first.
   */
  neighboursPlacingTime(entry: Entry, ranked: readonly Candidate[], detail: AskedDetail | undefined): Entry[] {
    if (detail !== 'time' || this.placesTime(entry)) return [];
    return closeNeighbours(ranked, NEAR_TIE).flatMap((id) => {
      const neighbour = this.entries.get(id);
      return neighbour && this.placesTime(neighbour) ? [neighbour] : [];
    });
  }

  /**
   * A time asked against another event ("when was the train photographed compared to when the US made the claim", see
   * timeReference) whose entry never names that event: the one other entry ranked with it that does ("two days after the
   * US claim") tells the time that way. Undefined when the entry names it, or none or several others do.
   */
  neighbourTimedAgainst(entry: Entry, ranked: readonly Candidate[], tokens: readonly string[], lang: Lang): Entry | undefined {
    const timed = timeReference(tokens);
    if (timed === undefined) return undefined;
    // What the other event is ("the US", "the claim"), not that a time is asked of it ("when").
    const against = this.matcher.questionTerms(timed.against, lang).filter((t) => t.startsWith('#') && !TIME_ASKED.has(t));
    if (against.length === 0) return undefined;
    const names = (e: Entry): boolean => {
      const told = new Set([...this.matcher.textTerms(e.answer.en, 'en'), ...this.matcher.textTerms(e.answer.nb, 'nb')]);
      return against.every((t) => told.has(t));
    };
    if (names(entry)) return undefined;
    const naming = ranked.flatMap((c) => {
      const neighbour = c.intent === entry.id ? undefined : this.entries.get(c.intent);
      return neighbour && names(neighbour) ? [neighbour] : [];
    });
    return naming.length === 1 ? naming[0] : undefined;
  }

  /**
   * A question about one side of the border ("the station on the North Korean side") whose entry tells only of the other
   * side: the close neighbours telling of the asked side, best first (none: the article does not give it). Undefined
   * when the entry tells of the asked side, or of none, or no side is asked.
   */
  neighboursOnAskedSide(entry: Entry, ranked: readonly Candidate[], tokens: readonly string[], text: string): Entry[] | undefined {
    const side = askedSide(tokens, text);
    if (side === undefined) return undefined;
    const told = sidesTold(`${entry.answer.en} ${entry.answer.nb}`);
    if (told.size === 0 || told.has(side)) return undefined;
    return closeNeighbours(ranked).flatMap((id) => {
      const neighbour = this.entries.get(id);
      return neighbour && sidesTold(`${neighbour.answer.en} ${neighbour.answer.nb}`).has(side) ? [neighbour] : [];
    });
  }

  /**
   * Why a question with no frame is declined: a detail the closest entry does not give ("how many
   * horses does Kim own"), else not sure which entry was meant, else nothing comes close.
   */
  declineReason(offered: readonly Entry[], tokens: readonly string[], lang: Lang): DeclineReason {
    const [closest] = offered;
    if (!closest) return 'unknown';
    const detail = askedDetail(tokens);
    return detail && !this.gives(closest, detail, tokens, lang) ? 'detail' : 'unsure';
  }

  /**
   * "Sa amerikanerne noe om hvor mange granater det var?": whether a number was given, asked where no entry was sure; the
   * one of the closest (`ranked`) saying it was not given answers ("it would not say how large the quantities were").
   */
  tellingCountUnknown(tokens: readonly string[], ranked: readonly Candidate[], lang: Lang): Entry | undefined {
    if (ranked.length === 0 || !asksWhetherSomeoneToldCount(tokens)) return undefined;
    // Of the things it speaks of: "did they say how many people work at 38 North" is not about the shells.
    const [thing] = this.countedAsSpelled(tokens, lang);
    const telling = [ranked[0]!.intent, ...closeNeighbours(ranked)].flatMap((id) => {
      const entry = this.entries.get(id);
      const texts = entry ? [entry.answer.en, entry.answer.nb] : [];
      const ofIt = thing === undefined || [thing, ...this.lexiconForms(thing)].some((form) => speaksOf(texts, form));
      return entry && ofIt && saysCountUnknown(texts) ? [entry] : [];
    });
    return telling.length === 1 ? telling[0] : undefined;
  }

  /**
   * "Hvem er Truls Aagedal?", "what is Khasan", "hva skjedde i 2017": the one entry of the closest (`ranked`) whose answer
   * names what a bare who-is or what-is question, or one asking what happened in a year, asks about (every word of it, as written in the answer). Undefined when none or several
   * do. Only the closest are read: an entry naming a rare name shares its words, and an archive's entries are many.
   */
  onlyEntryNaming(tokens: readonly string[], ranked: readonly Candidate[]): Entry | undefined {
    const asked = bareWhoIs(tokens) ?? bareYear(tokens);
    if (asked === undefined) return undefined;
    let found: Entry | undefined;
    const phrase = ` ${asked.join(' ')} `;
    // Or a plural name asked in the singular ("hvem er planet lab" for Planet Labs).
    const plural = ` ${asked.join(' ')}s `;
    for (const candidate of ranked) {
      const entry = this.entries.get(candidate.intent);
      if (entry === undefined) continue;
      let words = this.answerWords.get(entry.id);
      // Worked out once per entry and engine: an archive's answers are many.
      if (words === undefined)
        this.answerWords.set(entry.id, (words = ` ${(`${entry.answer.en} ${entry.answer.nb}`.toLowerCase().match(WORDS) ?? []).join(' ')} `));
      if (!words.includes(phrase) && !words.includes(plural)) continue;
      if (found) return undefined;
      found = entry;
    }
    return found;
  }

  /** Whether a question asks only what happened in a year, or why the story names it ("what happened in 2017"). */
  asksAboutAYear(tokens: readonly string[]): boolean {
    return bareYear(tokens) !== undefined;
  }

  reportsAskedSpeaker(entry: Entry, speaker: readonly string[] | undefined, lang: Lang): boolean {
    if (speaker === undefined) return true;
    const text = `${entry.answer.en} ${entry.answer.nb}`;
    // The lexicon table (sameAsWord) is made only for a question that asks who said something (10-30 ms of a cold start).
    // Then as the matcher reads the name, its spelling corrected ("what did Kirbie say" asks Kirby's words).
    return reportsSpeaker(text, speaker, this.sameAsWord) || reportsSpeaker(text, speaker, (w) => this.sameAsRead(w, lang));
  }

  /** The words of the lexicon concepts a word is read as by the matcher (its spelling corrected, its stem). */
  private sameAsRead(w: string, lang: Lang): string[] {
    const table = this.sameAs();
    return this.matcher.questionTerms([w], lang).flatMap((t) => (t.startsWith('#') ? (table.get(t) ?? []) : []));
  }

  /**
   * For a question asking what someone said: the close neighbour (see SPEAKERS_OWN_NEIGHBOUR) whose claim that speaker made,
   * when the best entry reviews someone else's claim. Undefined when the question asks no speaker, or none is.
   */
  speakersOwnNeighbour(entry: Entry, ranked: readonly Candidate[], speaker: readonly string[] | undefined): Entry | undefined {
    // Only another speaker's claim gives way: an entry reporting the speaker without a claim ("Kirby says the US is
    // monitoring") is theirs too.
    if (speaker === undefined || entry.claim?.by === undefined || this.claimedBy(entry, speaker)) return undefined;
    for (const id of closeNeighbours(ranked, SPEAKERS_OWN_NEIGHBOUR)) {
      const neighbour = this.entries.get(id);
      if (neighbour && this.claimedBy(neighbour, speaker)) return neighbour;
    }
    return undefined;
  }

  /**
   * For a question asking what a speaker said, or asking by their account ("what was on the train according to 38 North"),
   * whose best entry does not report them: the entry the question's other words come closest to, if it is sourced to and
   * reports them, else the close neighbour that is. The speaker's name draws the entries that only mention them
   * ("analysed by 38 North").
   */
  reportingSpeaker(ranked: readonly Candidate[], tokens: readonly string[], speaker: readonly string[], lang: Lang): Entry | undefined {
    const rest = tokens.filter((t) => !speaker.includes(t));
    const again = rest.length < tokens.length ? this.matcher.match(rest, lang) : undefined;
    const best = again?.intent ? this.entries.get(again.intent) : undefined;
    const voices = (e: Entry | undefined): e is Entry => e !== undefined && this.sourcedBy(e, speaker) && this.reportsAskedSpeaker(e, speaker, lang);
    if (voices(best)) return best;
    return closeNeighbours(ranked, REPORTING_NEIGHBOUR)
      .map((id) => this.entries.get(id))
      .find(voices);
  }

  /** Whether one of an entry's sources is the speaker a question names (see isSpeakersName), in either language. */
  private sourcedBy(entry: Entry, speaker: readonly string[]): boolean {
    return entry.sources.some((id) => {
      const source = this.sources.get(id);
      const names = source === undefined ? [] : typeof source.name === 'string' ? [source.name] : [source.name.en, source.name.nb];
      return names.some((name) => isSpeakersName(name, speaker, this.sameAsWord));
    });
  }

  /** Whether a question asks why something happened that the entry names only as a time ("until the collapse"). */
  namesOnlyAsTime(entry: Entry, tokens: readonly string[]): boolean {
    return asksCauseOfTimeMarker([entry.answer.en, entry.answer.nb], tokens);
  }

  /**
   * Whether a question ends in choices ("is the bridge road or rail only?", "diesellok eller ellok?") of which the entry's
   * answer gives neither (as a word or a concept of the lexicon): it does not say which.
   */
  givesNoChoice(entry: Entry, tokens: readonly string[], text: string, lang: Lang): boolean {
    const choices = offeredChoices(tokens, text);
    if (choices === undefined) return false;
    const given = new Set([...this.matcher.textTerms(entry.answer.en, 'en'), ...this.matcher.textTerms(entry.answer.nb, 'nb')]);
    return choices.every((c) => !this.matcher.questionTerms([c], lang).some((t) => given.has(t)));
  }

  /** Whether an entry's claim was made by the speaker a question names (by the source's name, in either language). */
  private claimedBy(entry: Entry, speaker: readonly string[]): boolean {
    const source = entry.claim?.by === undefined ? undefined : this.sources.get(entry.claim.by);
    if (source === undefined) return false;
    const names = typeof source.name === 'string' ? source.name : `${source.name.en} ${source.name.nb}`;
    return namesSpeaker(names, speaker, this.sameAsWord);
  }

  /** The other words of a word's lexicon concepts, its Nynorsk form's too ("US" and "Washington"). */
  private readonly sameAsWord = (w: string): string[] => {
    const table = this.sameAs();
    const bokmal = nynorskToBokmal(w);
    return bokmal === w ? (table.get(w) ?? []) : [bokmal, ...(table.get(w) ?? []), ...(table.get(bokmal) ?? [])];
  };

  /** The words of a word's lexicon concepts, none for a word the lexicon does not know (its Nynorsk form's too). */
  private readonly lexiconForms = (w: string): string[] => {
    const table = this.sameAs();
    const bokmal = nynorskToBokmal(w);
    return [...(table.get(w) ?? []), ...(bokmal === w ? [] : (table.get(bokmal) ?? []))];
  };

  /** Whether an entry's answer gives the detail a question asks for (a name: of the very thing asked about). */
  gives(entry: Entry, detail: AskedDetail, tokens: readonly string[], lang: Lang): boolean {
    // With the words as corrected too: "hva heter stasjoen" asks the station's name.
    if (detail === 'name') return namesAsked(entry.answer[lang], [...tokens, ...this.matcher.spelled(tokens, lang)], lang);
    // "What is KCNA": a text describing it, not one only naming it ("photos from KCNA").
    if (detail === 'identity') return !onlyNames(`${entry.answer.en} ${entry.answer.nb}`, askedIdentity(tokens) ?? []);
    const texts = [entry.answer.en, entry.answer.nb];
    if (detail === 'lifeEvent') return tellsEvent(texts, askedLifeEvent(tokens) ?? '');
    // In the asker's language: "Nord-Korea" is one word, "North Korea" two, which a Norwegian question does not say.
    if (detail === 'person') return namesRoleAsked(entry.answer[lang], tokens, lang) ?? namesSomeone(entry.answer[lang], tokens);
    if (detail === 'which') {
      const kind = askedKind(tokens);
      return kind === undefined || !leavesUnnamed(texts, kind, tokens);
    }
    // A time the question itself says is not the one it asks: "what time was 10:24 in Oslo".
    const stated = statedTimes(tokens, detail);
    const offered = stated ? offeredDetails(texts.join('\n').replace(stated, ' ')) : this.offeredDetails(entry);
    if (!givesDetail(offered, detail)) return false;
    // "How long is the border": a length of something else (the bridge's) does not answer it.
    if ((detail === 'length' || detail === 'span') && !measuresThing(texts, measuredThings(tokens), this.lexiconForms)) return false;
    // "How far is Pyongyang from the border": a distance from a place the text never names does not answer it.
    if (detail === 'distance' && !namesDistanceEnds(texts, distanceEnds(tokens), this.lexiconForms)) return false;
    const event = askedEvent(tokens, detail);
    if (event !== undefined && !tellsEvent(texts, event)) return false;
    // "What year exactly did the Soviet Union collapse": a decade ("the early 1990s") is no year.
    if (detail === 'time' && asksExactYear(tokens) && !texts.some((text) => YEAR_NOT_DECADE.test(text))) return false;
    // "Which month in 2017 was the last ICBM test": a text naming 2017 only as the point since when dates another year's
    // events ("a photo released in October 2022").
    if (DATING.has(detail) && namesAskedYearOnlySince(texts, tokens)) return false;
    // "How many horses": a number of something else ("thousands of dollars") does not answer it.
    // "How many satellite images": a text counting the images answers it, though it names satellites uncounted.
    const [thing, next] = detail === 'quantity' || detail === 'exactQuantity' ? this.countedAsSpelled(tokens, lang) : [];
    if (thing === undefined) return true;
    // "How many missiles did they launch in 2017": a text naming that year only as the point since when ("the first
    // since 2017") counts another year's.
    if (namesAskedYearOnlySince(texts, tokens)) return false;
    // "How many employees does Planet Labs have": things the knowledge base never speaks of are counted by no entry
    // (units are measures, not things: "how many yards", "how many hours").
    const measure = isLengthUnit(thing) || TIME_UNITS.has(thing);
    if (!measure && !speaksOf(texts, thing) && this.matcher.match([thing], lang).unknown.length > 0) return false;
    // "How many shells": a text saying the number was not given speaks to whether it was, not to how many.
    if (saysCountUnknown(texts) && !asksWhetherCountTold(tokens)) return false;
    // "How many pics": a text that speaks of the same things by another word ("satellite images were taken") without
    // counting them does not count them either.
    const named =
      measure || speaksOf(texts, thing) ? thing : this.lexiconForms(thing).find((f) => f.length <= MAX_COUNTED_FORM && !f.includes(' ') && speaksOf(texts, f));
    // "How many cars did the train have": a text naming a thing the lexicon knows by no word for it ("what the train is
    // carrying") counts none.
    if (named === undefined && this.lexiconForms(thing).length > 0 && (next === undefined || !this.countsAsked(texts, next))) return false;
    if (!leavesUncounted(texts, named ?? thing)) return true;
    // "How many intercontinental missiles": the text names that kind uncounted, so its dozens of missiles are others.
    if (next === undefined || leavesKindUncounted(texts, thing, [next, ...this.lexiconForms(next)])) return false;
    return this.countsAsked(texts, next);
  }

  /**
   * The words for the things a question counts (countedWords), a misspelt one as the matcher read it: "how many sattelite
   * images" counts satellite images, which a text naming them uncounted does not count.
   */
  private countedAsSpelled(tokens: readonly string[], lang: Lang): string[] {
    return countedWords(tokens).map((word) => {
      const spelled = this.matcher.spelled([word], lang)[0]!;
      return spelled === foldNordic(word) ? word : spelled;
    });
  }

  /**
   * Whether the texts count a thing asked about, by its word or one the lexicon holds the same ("pics": "four of the
   * images"). Not by a long compound form: "satellittbilder" would read "fire satellitter" as a count of images.
   */
  private countsAsked(texts: readonly string[], word: string): boolean {
    return counts(texts, word) || this.lexiconForms(word).some((form) => form.length <= MAX_COUNTED_FORM && !form.includes(' ') && counts(texts, form));
  }

  /** Whether the question is worded as one of the entry's training questions (case and punctuation aside). */
  taught(question: string, entry: Entry): boolean {
    let taught = this.taughtWordings.get(entry.id);
    // Each entry's wordings are made once per engine (an edit builds a new engine), not per question.
    if (!taught) this.taughtWordings.set(entry.id, (taught = new Set([...entry.questions.en, ...entry.questions.nb].map(plainWords))));
    return taught.has(plainWords(question));
  }

  /** Whether an entry's answer places a time (givesExactTime): its regular expressions cost a "when" question ~0.1 ms each time. */
  private placesTime(entry: Entry): boolean {
    let places = this.placing.get(entry.id);
    if (places === undefined) this.placing.set(entry.id, (places = givesExactTime(entry.answer.en) || givesExactTime(entry.answer.nb)));
    return places;
  }

  /**
   * Whether an entry answers a question for someone's exact words in its own (which the answer says, see AnswerNote): it
   * quotes no one but reports what someone said, claimed or denied ("Kirby says …", "North Korea said in September that
   * …"), and gives whatever else is asked.
   */
  reportsInOwnWords(entry: Entry, tokens: readonly string[], lang: Lang): boolean {
    if (this.gives(entry, 'quote', tokens, lang) || !this.reportsWords(entry)) return false;
    // Whatever else is asked beside the words, the entry must give: "the resolution's number, and its exact wording".
    const other = askedDetail(withoutQuoteRequest(tokens));
    return other === undefined || other === 'quote' || this.gives(entry, other, tokens, lang);
  }

  private reportsWords(entry: Entry): boolean {
    let reports = this.reporting.get(entry.id);
    if (reports === undefined) {
      reports = entry.claim?.by !== undefined || REPORTED_SPEECH.test(entry.answer.en) || REPORTED_SPEECH.test(entry.answer.nb);
      this.reporting.set(entry.id, reports);
    }
    return reports;
  }

  private offeredDetails(entry: Entry): Set<Detail> {
    let details = this.details.get(entry.id);
    if (!details) this.details.set(entry.id, (details = detailsOf(entry)));
    return details;
  }
}

// A verb reporting what someone said, in either language.
// prettier-ignore
const REPORTED_SPEECH = new RegExp('(?<!\\p{L})(?:' + [
  'says?', 'said', 'states?', 'stated', 'denie[sd]', 'deny', 'claim(?:s|ed)?', 'accused', 'accuses', 'reports?', 'reported', 'told', 'writes', 'wrote', 'according to', 'call(?:s|ed)? for',
  'sier', 'sa', 'uttalte', 'uttaler', 'hevder', 'hevdet', 'påstår', 'skriver', 'skrev', 'ifølge', 'nekter', 'nektet', 'benekter', 'benektet', 'beskyldte', 'rapporterte', 'meldte', 'melder', 'tar til orde for',
].join('|') + ')(?!\\p{L})', 'iu');

// Details that date an event within a year.
const DATING: ReadonlySet<AskedDetail> = new Set(['month', 'date', 'day']);
// A year, not a decade ("1990s", "1990-tallet").
const YEAR_NOT_DECADE = /(?<!\d)(?:1[89]|20)\d\d(?!\d|s\b|-tallet|-årene)/u;

// The longest lexicon form a count is looked for by (see countsAsked): "photographs" is one, "satellittbilder" is not.
const MAX_COUNTED_FORM = 11;

export function detailsOf(entry: Entry): Set<Detail> {
  return offeredDetails(`${entry.answer.en}\n${entry.answer.nb}`);
}

const WORDS = /[\p{L}\p{N}]+/gu;
const WHO_WHAT = new Set(['who', 'what', 'hvem', 'hva', 'kven', 'kva', 'kem', 'ka']);
const IS = new Set(['is', 'was', 'er', 'var', 'e', 'va']);

/** The words a bare "who is X" / "hva er X" asks about, or undefined when the question is not one. */
function bareWhoIs(tokens: readonly string[]): string[] | undefined {
  if (!WHO_WHAT.has(tokens[0] ?? '') || !IS.has(tokens[1] ?? '')) return undefined;
  const rest = tokens.slice(2).filter((t) => !STOPWORDS.has(t));
  return rest.length > 0 && rest.length <= 3 ? rest : undefined;
}

const YEAR = /^(?:1[89]\d\d|20\d\d)$/;
// The concepts that ask a time or a thing, not name an event (see neighbourTimedAgainst).
const TIME_ASKED = new Set(['#when', '#what']);
// The words around a year asked about: "what happened in 2017", "hvorfor nevnes 2017 i saken", "why is 1948 mentioned".
// prettier-ignore
const ABOUT_A_YEAR = new Set([
  'what', 'happened', 'happen', 'why', 'is', 'was', 'mentioned', 'mention', 'about', 'in', 'back', 'the', 'year', 'article', 'story', 'so', 'and',
  'hva', 'kva', 'ka', 'skjedde', 'skjedd', 'hendte', 'hvorfor', 'kvifor', 'nevnes', 'nevnt', 'nemnt', 'nemnd', 'er', 'var', 'om', 'året',
  'saken', 'artikkelen', 'med', 'så', 'og', 'on', 'på',
  // What it has to do with the story: "what's the significance of 2020 here", "what's 2017 got to do with anything",
  // "hva betyr 2020 i saken", "hva er greia med 2017", "hvorfor står det 2020 der".
  'significance', 'of', 'here', 'there', 'got', 'to', 'do', 'does', 'with', 'anything', 'mean', 'means', 'deal', 'point', 'relevance', 'this', 'that',
  'betyr', 'står', 'det', 'greia', 'greien', 'poenget', 'her', 'der', 'snakk', 'lol',
]);

/** The year a question asks about when it asks only what happened then ("what happened in 2017"), else undefined. */
function bareYear(tokens: readonly string[]): string[] | undefined {
  const isTime = (t: string): boolean => YEAR.test(t) || WEEKDAYS.has(t);
  const years = tokens.filter(isTime);
  return years.length === 1 && tokens.length > 1 && tokens.every((t) => isTime(t) || ABOUT_A_YEAR.has(t)) ? years : undefined;
}

// A day of the week asked as a year is ("what happened on Wednesday?", "hva skjedde onsdag?"): the entry naming it.
// prettier-ignore
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mandag', 'tirsdag', 'onsdag', 'torsdag',
  'fredag', 'lørdag', 'søndag', 'måndag', 'tysdag', 'laurdag', 'sundag']);

// prettier-ignore
const MONEY = new Set(['dollar', 'dollars', 'usd', 'kroner', 'kr', 'nok', 'euro', 'euros', 'rubler', 'rubles', 'roubles', 'won', 'millioner', 'million', 'millions', 'milliarder', 'billion', 'billions']);

// The word the texts tell what something carries by, in each language.
const CONTENTS_CUE: Record<Lang, string> = { en: 'carrying', nb: 'fraktet' };

// A quoted word must be this long to be found as the start of a longer one ("togsett" in "togsettet").
const MIN_TERM_PREFIX = 5;

/** Whether a text uses a phrase, its words in a row, each as typed or as the start of a longer word. */
function usesPhrase(text: string, phrase: readonly string[]): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const fits = (word: string, w: string): boolean => word === w || (w.length >= MIN_TERM_PREFIX && word.startsWith(w));
  return words.some((_, i) => phrase.every((w, k) => words[i + k] !== undefined && fits(words[i + k]!, w)));
}

/** How many words a text has, as typed (a quick count: spaces between them). */
function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** The lower-cased words of a text. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}
