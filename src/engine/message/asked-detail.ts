import { withNordicQuestionWords } from '../analysis/nordic.js';
import { withSpokenQuestionWords } from '../analysis/nynorsk.js';
import { asksAge } from './asked-age.js';
import { asksContents } from './asked-contents.js';
import { isClockAt } from './clock-time.js';
import { askedIdentity } from './asked-identity.js';
import { asksMotive } from './asked-motive.js';
import { asksOwner } from './asked-owner.js';
import { asksPlace } from './asked-place.js';
import { asksSize } from './asked-size.js';
import { askedKind } from './named-in.js';
import { LastTokensMemo } from './last-tokens-memo.js';
import { patternsIn, TokenPatternSet, type FoundPatterns } from './token-pattern.js';
import { mayStateName, withoutStatedNames } from './stated-name.js';
import { sameWord } from './word-forms.js';
import type { AskedDetail } from './detail-kinds.js';
import { ASKS, ASKS_COUNTED_UNIT, ASKS_LONG_MEASURE, DISTANCE_WORDS } from './detail-patterns.js';

// Phrases that use a question word for something else: "når det gjelder" is "as for", not "when".
// prettier-ignore
const IDIOMS: readonly (readonly string[])[] = [
  ['når', 'det', 'gjelder'],
  ['nar', 'det', 'gjelder'],
  ['når', 'det', 'gjeld'],
  ['når', 'det', 'kommer', 'til'],
  ['when', 'it', 'comes', 'to'],
  // "How much truth is there in it": how far to believe, not an amount.
  ['how', 'much', 'evidence'], ['how', 'much', 'proof'], ['how', 'much', 'truth'], ['hvor', 'mye', 'bevis'],
  ['hvor', 'mye', 'sannhet'], ['kor', 'mykje', 'prov'], ['hvor', 'mye', 'betydde'], ['kor', 'mykje', 'betydde'],
  ['hvor', 'mye', 'betyr'], ['how', 'much', 'did', '*', 'matter'], ['how', 'much', 'did', '*', '*', 'matter'],
  ['how', 'much', 'does', '*', 'matter'],
  // "Is it still just an accusation", "er det fortsatt bare en påstand": how far it is proven, not how things stand now.
  ['still', 'just'], ['still', 'only'], ['still', 'merely'], ['fortsatt', 'bare'], ['fortsatt', 'kun'], ['framleis', 'berre'], ['fremdeles', 'bare'],
  // "Hvor mye holder det de sier", "how much of it is true": how far it holds, not an amount.
  ['hvor', 'mye', 'holder'], ['hvor', 'mye', 'stemmer'], ['kor', 'mykje', 'held'], ['kor', 'mykje', 'stemmer'], ['kor', 'mye', 'stemmer'],
  ['kor', 'mye', 'holder'], ['how', 'much', 'of', 'it', 'is', 'true'], ['how', 'much', 'of', 'that', 'is', 'true'],
  // "Laget av" is also "made by": before a word ("grafikken er laget av Truls Aagedal?") it says who made it, a
  // material asked ("hva er brua laget av?") ends the question.
  ['laget', 'av', '*'], ['lagd', 'av', '*'], ['laga', 'av', '*'],
  // A kind of missile ("long-range missiles", "kortrekkende"), not a range asked for.
  ['long', 'range'], ['short', 'range'], ['medium', 'range'], ['intermediate', 'range'],
];
// After "why" or "how", a "when" joins a clause ("why link the train to arms sales when nobody knows …"), as after "mean"
// ("what does Kirby mean when he says …").
// prettier-ignore
const WHEN = new Set(['når', 'nar', 'naar', 'when']);
const IDIOM_FIRST = new Set(IDIOMS.map((idiom) => idiom[0]!));
// prettier-ignore
const WHY_OR_HOW = new Set(['why', 'how', 'hvorfor', 'kvifor', 'korfor', 'koffor', 'hvordan', 'korleis', 'åssen', 'mean', 'means', 'meant',
  // "What speed had the train when it crossed": the "when" of a clause after the question's own "what".
  'what', 'which', 'hva', 'hvilken', 'hvilket', 'kva', 'ka',
  // "Hvilke land later de som granatene skal til, når alt er så hemmelig", "who was leader when …", "hvor var toget når …".
  'hvilke', 'who', 'hvem', 'kven', 'kem', 'kæm', 'where', 'hvor', 'kvar']);
// "Når" is also the verb "reach": "når granatene fram" asks whether, not when.
// prettier-ignore
const REACH = new Set(['fram', 'frem']);
const REACH_SPAN = 4;
const AND = new Set(['and', 'og', 'å', 'plus']);

// Time first: "how far back" asks when, though "how far" alone asks how many metres; an exact figure before any figure.
// prettier-ignore
const ORDER = [
  'definition', 'motive', 'wording', 'quote', 'later', 'present', 'contents', 'attribute', 'breed', 'method', 'link', 'zone', 'clock', 'price', 'income', 'penalty', 'stock', 'earlier', 'home', 'nationality', 'day', 'date', 'month', 'time', 'speed', 'length', 'lasting', 'span', 'duration', 'distance', 'weight', 'width', 'height', 'size', 'acronym', 'identifier',
  'family', 'head', 'owner', 'person', 'which', 'name', 'exactQuantity', 'quantity', 'place', 'identity',
] as const;

// A life's events: its end or beginning ("how did Kim Il-sung die" asks one, whatever else the question asks).
// prettier-ignore
const LIFE_EVENTS = new Set(['die', 'died', 'dies', 'death', 'born', 'killed', 'executed', 'døde', 'død', 'døden', 'dødde', 'døydde', 'daude', 'født',
  'fødd', 'drept', 'henrettet']);

// Events a question may ask the time of that an entry's time belongs to only if it tells them: "when did Kim
// Il-sung die" is not answered by the year he was installed, nor "when was the bridge built" by when it closed.
// prettier-ignore
const EVENTS = new Set([
  ...LIFE_EVENTS, 'dead', 'birth', 'built', 'build', 'constructed', 'construction', 'opened', 'adopted', 'elected', 'signed', 'buried', 'døydd',
  'daudde', 'bygd', 'bygget', 'bygde', 'bygt', 'bygging', 'åpnet', 'opna', 'opnet', 'vedtatt', 'vedteken', 'vedtok', 'valgt', 'vald', 'signert',
  'undertegnet', 'gravlagt',
  // "When did they reopen the bridge", "når gjenåpnet de brua": a reopening, which only a text telling of it answers.
  'reopen', 'reopened', 'reopening', 'gjenåpnet', 'gjenåpna', 'gjenåpning', 'gjenopna',
]);
const WHEN_DETAILS: ReadonlySet<AskedDetail> = new Set(['time', 'since', 'day', 'date', 'clock', 'month', 'duration', 'span', 'lasting']);

/** Whether a detail is a time: when, what day, how long (each entry's time is that of its own event). */
export function isTimeDetail(detail: AskedDetail | undefined): boolean {
  return detail !== undefined && WHEN_DETAILS.has(detail);
}

// Seeing the train, which is what each satellite picture's time is the time of.
// prettier-ignore
const SEEN = new Set([
  'seen', 'spotted', 'sighted', 'observed', 'photographed', 'pictured', 'captured', 'visible', 'sett', 'observert', 'oppdaget', 'fotografert',
  'avbildet', 'synlig', 'sedd', 'observerte', 'oppdaga',
]);

/** Whether a time asked is that of a sighting ("what time was the train spotted"), which a picture's time is. */
export function asksWhenSeen(tokens: readonly string[], detail: AskedDetail | undefined): boolean {
  return isTimeDetail(detail) && hasAny(tokens, SEEN);
}

// "What year exactly", "nøyaktig hvilket år": the very year asked, not just a time ("what year did it collapse, per the
// article" is answered by "the early 1990s").
const YEAR_ASKED = new TokenPatternSet([['what', 'year'], ['which', 'year'], ['hvilket', 'år'], ['kva', 'år'], ['ka', 'år'], ['årstall'], ['årstallet']]);
const EXACTLY = new Set(['exactly', 'exact', 'precisely', 'precise', 'nøyaktig', 'nøyaktige', 'eksakt', 'eksakte', 'presist']);

/** Whether a question asks for the exact year ("what year exactly did it collapse"), which a decade does not give. */
export function asksExactYear(tokens: readonly string[]): boolean {
  return hasAny(tokens, EXACTLY) && YEAR_ASKED.matches(tokens);
}

/** The event a question asks the time of ("when did he die" -> "die"), if it names one of those an entry may not tell. */
export function askedEvent(tokens: readonly string[], detail: AskedDetail): string | undefined {
  return WHEN_DETAILS.has(detail) ? tokens.find((t) => EVENTS.has(t)) : undefined;
}

/**
 * The years and times of day a question says before it asks for a time of day or a date ("10:24 local: what time
 * was that in Oslo"), as a pattern over an entry's text: a time the asker gives as the premise is not the one asked
 * for. One said after the question is a guess to confirm ("what time was it, ten twenty four?"), and a month or a
 * year asked for is never given by a year ("which month in 2020"). Undefined when there is none.
 */
export function statedTimes(tokens: readonly string[], detail: AskedDetail): RegExp | undefined {
  if (!STATED_DETAILS.has(detail)) return undefined;
  const stated: string[] = [];
  for (let i = 0; i < tokens.length && !ASKING.has(tokens[i]!); i++) {
    const t = tokens[i]!;
    if (/^(?:1[89]|20)\d\d$/.test(t)) stated.push(t);
    else if (isClockAt(tokens, i)) stated.push(`${t}[.:]${tokens[++i]}`);
  }
  return stated.length === 0 ? undefined : new RegExp(`(?<!\\d)(?:${stated.join('|')})(?!\\d)`, 'g');
}

const STATED_DETAILS: ReadonlySet<AskedDetail> = new Set(['clock', 'day', 'date']);
// prettier-ignore
const ASKING = new Set(['what', 'which', 'when', 'hva', 'hvilken', 'hvilket', 'når', 'kva', 'ka', 'kor', 'hvor', 'kortid']);

/** Whether the texts tell of an event: a form of its word ("built", "bygd"; "founded", "founding"). */
export function tellsEvent(texts: readonly string[], event: string): boolean {
  return texts.some((text) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => sameWord(w, event) || sameShortWord(w, event)));
}

// "død" and "døde", "die" and "died": short words whose forms add an ending.
function sameShortWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2;
}

// Asked of the same tokens a few times a question (see LastTokensMemo).
// "Hur många hästar", "hvornår", "kor mykkje": a Swede's, a Dane's or a dialect question asks as the Bokmål one does.
const lastAsked = new LastTokensMemo((tokens) => detailAskedIn(withSpokenQuestionWords(withNordicQuestionWords(tokens))));
const lastAskedAsTyped = new LastTokensMemo(detailAskedIn);

/** The detail a question asks for, from its lower-cased tokens. */
export function askedDetail(tokens: readonly string[]): AskedDetail | undefined {
  return lastAsked.of(tokens);
}

/**
 * The same with Swedish and Danish question words read as typed, that is as none: the answer decision was fitted with
 * its fact feature (fact-question.ts) read so, and reading "hur många" there as a fact asked lowers its confidence in
 * answers it gives rightly ("hur många satellitbilder handlar det om").
 */
export function askedDetailAsTyped(tokens: readonly string[]): AskedDetail | undefined {
  return lastAskedAsTyped.of(tokens);
}

// "Klokka hva var toget …": the time of day, whatever the rest asks ("hva var toget" alone asks what it was).
// prettier-ignore
const AT_WHAT_O_CLOCK = new TokenPatternSet([
  ['klokka', 'hva'], ['klokken', 'hva'], ['kl', 'hva'], ['klokka', 'kva'], ['klokka', 'ka'], ['klokken', 'ka'], ['kl', 'ka'], ['kl', 'kva'],
]);

// "How far back do the ties date", "since when": when something began, which a year or a "since" answers (not the
// moment of a picture), whatever else a word such as "date" would ask.
// prettier-ignore
const SINCE_WHEN = new TokenPatternSet([
  ['how', 'far', 'back'], ['how', 'long', 'ago'], ['since', 'when'], ['hvor', 'langt', 'tilbake'], ['kor', 'langt', 'tilbake'], ['siden', 'når'],
  ['sidan', 'når'], ['hvor', 'langt', 'back'], ['kor', 'langt', 'back'],
  // "How long is it since a train was seen here": how long ago it began, not a length.
  ['how', 'long', 'since'], ['how', 'long', 'is', 'it', 'since'], ['how', 'long', 'has', 'it', 'been', 'since'], ['how', 'long', 'was', 'it', 'since'],
  // "Hvor lenge var det siden Nord-Korea sist …", "kor lenge er det sidan": in Norwegian too.
  ...['hvor', 'kor'].flatMap((how) => [[how, 'lenge', 'siden'], [how, 'lenge', 'sidan'], ...['var', 'er', 'va', 'e'].flatMap((be) => [[how, 'lenge', be, 'det', 'siden'], [how, 'lenge', be, 'det', 'sidan']])]),
]);

// "Who wrote about 'strategic cooperation'", "hvem skrev det til hvem": whose words they are, which the entry quoting
// them names, not the name of the article's author.
// prettier-ignore
const WROTE_ABOUT_OR_TO = new TokenPatternSet([
  ['who', 'wrote', 'about'], ['who', 'wrote', 'to'], ['hvem', 'skrev', 'om'], ['hvem', 'skrev', 'til'], ['hvem', 'skrev', 'det', 'til'],
  ['kven', 'skreiv', 'om'], ['kven', 'skreiv', 'til'], ['kven', 'skreiv', 'det', 'til'],
]);

// "Who wrote the letters", "hvem er brevene skrevet av": the writers of the letters, which their entry names; the
// article's author is what "who wrote" asks otherwise.
// prettier-ignore
const LETTERS = new Set(['letters', 'letter', 'brev', 'brevet', 'brevene', 'breva', 'brevane', 'brevvekslingen', 'brevvekslinga']);
// "Hvem skrev brev først": which of them began, which the article does not tell.
const FIRST = new Set(['first', 'først', 'fyrst', 'forst']);

// Whether what was under way got there after all: "did the shells ever (actually) arrive", "did they end up arriving",
// "are they arriving as we speak", "har de kommet fram". Not "did they arrive", nor whether anyone knows it ("does the US even know if they
// ever reached Russia"): the monitoring's entry answers those, it is not established.
// prettier-ignore
const ARRIVED_AFTER_ALL = new TokenPatternSet([
  ['ever', 'arrive'], ['ever', 'arrived'], ['ever', 'reach'], ['ever', 'reached'], ['ever', '*', 'arrive'], ['ever', '*', 'arrived'],
  ['ever', '*', 'reach'], ['ever', '*', 'reached'], ['end', 'up', 'arriving'], ['ended', 'up', 'arriving'], ['as', 'we', 'speak'],
  // Whether they have come through by now ("har granatene kommet fram nå, da?").
  ...['kommet', 'kome', 'komme'].flatMap((come) => ['fram', 'frem'].flatMap((forth) => [['har', '*', come, forth], ['har', '*', '*', come, forth]])),
]);
// prettier-ignore
const KNOWING = new Set([
  'know', 'knows', 'known', 'sure', 'certain', 'monitor', 'monitoring', 'watch', 'watching', 'track', 'tracking', 'checking',
  'vet', 'veit', 'vite',
]);

// The piece itself, or its coming out; and the words asking its very day.
// prettier-ignore
const PUBLICATION = new Set(['article', 'artikkel', 'artikkelen', 'artikel', 'artikeln', 'piece', 'story', 'saken', 'publication', 'published', 'outlet',
  'src', 'source', 'publisert', 'publiseringsdato']);
// prettier-ignore
const DAY_EXACTLY = new Set(['which', 'hvilken', 'hvilket', 'kva', 'vilken', 'exact', 'exactly', 'precise', 'precisely', 'nøyaktig', 'nøyaktige', 'eksakt',
  'eksakte', 'day', 'dag', 'dagen', 'november']);

const YEAR = /^(?:19|20)\d\d$/;

/** Whether a question names the year it asks within: "this year", "i år", "in 2022". */
function namesTheYear(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => YEAR.test(t) || (t === 'year' && tokens[i - 1] === 'this') || (t === 'år' && (i === 0 || tokens[i - 1] !== 'hvilket')));
}

// prettier-ignore
const VERDICT = new Set([
  'proven', 'unproven', 'proved', 'confirmed', 'unconfirmed', 'verified', 'true', 'false', 'fake', 'real', 'bevist', 'ubevist', 'bekreftet',
  'ubekreftet', 'bekrefta', 'stadfesta', 'sant', 'usant', 'ekte', 'falsk',
]);

function detailAskedIn(tokens: readonly string[]): AskedDetail | undefined {
  const plain = withoutIdioms(tokens);
  if (AT_WHAT_O_CLOCK.matches(plain)) return 'clock';
  if (SINCE_WHEN.matches(plain)) return 'since';
  if (ARRIVED_AFTER_ALL.matches(plain) && !hasAny(plain, KNOWING)) return 'later';
  if (endsADayAfter(plain) || endsSinceThen(plain)) return 'later';
  // Before a "when" of a clause is set aside: "how old was he when …" asks an age at that time.
  if (asksAge(tokens)) return 'age';
  const found = patternsIn(plain);
  for (let i = 0; i < ORDER.length; i++) {
    const detail = ORDER[i]!;
    if (detail === 'later' && (journeyEnd(plain) || thenWithinStory(plain))) continue;
    // "Is it proven as of now", "is it still unproven": how far a claim is proven, which its entry tells as the story stands.
    if (detail === 'present' && hasAny(plain, VERDICT)) continue;
    // "In the 13:10 picture, is the train still in North Korea": still at that time, not now.
    if (detail === 'present' && plain.some((_, at) => isClockAt(plain, at))) continue;
    // "Hvem er grafikken laget av": who made it, not what it is made of.
    if (detail === 'attribute' && hasAny(plain, WHO)) continue;
    if (detail === 'name' && (WROTE_ABOUT_OR_TO.matches(plain) || (hasAny(plain, LETTERS) && !hasAny(plain, FIRST)))) continue;
    // "Hvor lang er avstanden": the way between two places, asked with a length's words.
    if (detail === 'length' && ASKS.distance.occursIn(found)) {
      if (ASKS_LONG_MEASURE.occursIn(found) || countsLength(plain, found)) return detail;
      continue;
    }
    if (asks(detail, plain, found)) {
      // "How many metres is the bridge": its length, which a distance from it ("200 m from the bridge") does not give.
      if (detail === 'distance' && countsLength(plain, found)) return 'length';
      // "When exactly was the launch this year", "når nøyaktig i 2022": the year is given, a date within it is asked.
      if (detail === 'time' && hasAny(plain, EXACTLY) && namesTheYear(plain)) return 'date';
      // "Russia helped them in the past? until what time": until when, an era, not a time of day.
      if (detail === 'clock' && plain.some((t, at) => UNTIL.has(t) && plain[at + 1] === 'what' && plain[at + 2] === 'time')) return 'time';
      // "Article date", "outlet + date": when the piece came out, which its month tells; not "which day exactly".
      if (detail === 'date' && hasAny(plain, PUBLICATION) && !hasAny(plain, DAY_EXACTLY)) return 'month';
      return detail;
    }
  }
  // "How did Kim Il-sung die", "hvorfor døde han": the manner or cause of a death or a birth, no time or figure asked.
  if (hasAny(plain, HOW_OR_WHY) && hasAny(plain, LIFE_EVENTS)) return 'lifeEvent';
  return undefined;
}

const UNTIL = new Set(['until', 'till']);

const HOW_OR_WHY = new Set(['how', 'why', 'hvordan', 'hvorfor', 'korleis', 'kvifor', 'åssen', 'koss', 'koffor', 'hvorledes']);

/** The life event a question asks how or why it happened ("how did he die": "die"), told only by a text telling of it. */
export function askedLifeEvent(tokens: readonly string[]): string | undefined {
  return tokens.find((t) => LIFE_EVENTS.has(t));
}

// "… dagen etter?", "… the day after?" at the end of a question: a later day than the story's; not "the day after the
// US claim", which places something within it.
// prettier-ignore
const DAY_AFTER = new Set(['dagen etter', 'day after', 'uka etter', 'veka etter', 'week after', 'året etter', 'year after', 'natta etter', 'night after']);

// "Ka skjedde med Kim Il-sung sia?", "what happened to the train since": what came of it after the story.
const SINCE = new Set(['siden', 'sidan', 'sia', 'since']);
const HAPPENED = new Set(['skjedde', 'skjedd', 'hendte', 'hendt', 'happened', 'become']);

function endsSinceThen(tokens: readonly string[]): boolean {
  return SINCE.has(tokens[tokens.length - 1] ?? '') && hasAny(tokens, HAPPENED);
}

function endsADayAfter(tokens: readonly string[]): boolean {
  const n = tokens.length;
  return n > 2 && DAY_AFTER.has(`${tokens[n - 2]} ${tokens[n - 1]}`);
}

/** Whether the tokens count a length's units with nothing to measure a distance from ("how many metres is the bridge"). */
function countsLength(tokens: readonly string[], found: FoundPatterns): boolean {
  return ASKS_COUNTED_UNIT.occursIn(found) && !hasAny(tokens, DISTANCE_WORDS);
}

/** `found`: the patterns found in the tokens. */
function asks(detail: (typeof ORDER)[number], tokens: readonly string[], found: FoundPatterns): boolean {
  if (detail === 'which') return askedKind(tokens) !== undefined;
  if (detail === 'contents') return asksContents(tokens);
  if (detail === 'place') return asksPlace(tokens);
  if (detail === 'definition') return asksDefinition(tokens);
  if (detail === 'identity') return askedIdentity(tokens) !== undefined;
  if (detail === 'motive') return asksMotive(tokens);
  if (detail === 'size') return asksSize(tokens);
  if (detail === 'owner') return asksOwner(tokens);
  if (detail === 'name') return ASKS.name.occursIn(found) && (!mayStateName(tokens) || ASKS.name.matches(withoutStatedNames(tokens)));
  // "Bilde nummer 2", "number three": a number naming which one, not one asked for. Most questions name none: no copy
  // of their tokens then (a filtered copy per call was most of what this allocates).
  if (detail === 'identifier') {
    if (!hasAny(tokens, NUMBER_NAMING)) return ASKS.identifier.occursIn(found);
    // Of a resolution, a number after "number" is a guess at which one it is ("nummeret, 1718?"), no picture named.
    const asked = hasAny(tokens, RESOLUTION) ? tokens : withoutNumberNaming(tokens);
    return ASKS.identifier.matches(asked) || (hasAny(asked, RESOLUTION) && hasAny(asked, NUMBER_NAMING));
  }
  return ASKS[detail].occursIn(found);
}

const NUMBER_NAMING = new Set(['nummer', 'nummeret', 'number', 'nr', 'no']);
// "Which UN resolution is it? like the number": a resolution's number is what names it.
// prettier-ignore
const RESOLUTION = new Set(['resolution', 'resolutions', 'resolusjon', 'resolusjonen', 'resolusjoner', 'resolusjonene', 'resolusjonar', 'resolusjonane']);
const COUNTS = /^(?:\d+|one|two|three|four|five|en|ett|to|tre|fire|fem|første|andre|tredje|fjerde|first|second|third|fourth)$/;

function withoutNumberNaming(tokens: readonly string[]): readonly string[] {
  return tokens.filter((t, i) => !(NAMES_BY_NUMBER.has(t) && tokens[i - 1] !== 'the' && isCount(tokens[i + 1])));
}

// Naming one by its number ("bilde nummer 2", "number three"); not "the number, 1718?" nor "nummeret, 1718?", which guess it.
const NAMES_BY_NUMBER = new Set(['nummer', 'number', 'nr', 'no']);

function isCount(token: string | undefined): boolean {
  return token !== undefined && COUNTS.test(token);
}

// "What is a think tank", "hva er en FN-resolusjon": what a kind of thing is in general, which no entry tells (they tell
// of this story's think tank, this resolution). Only the whole question, put as that: "what is a think tank and who
// is 38 North" asks about the story too.
// "What's a", "ka e ein", "hva e en": the "'s" and the dialect's lone "e" are gone before this is read ("what an think
// tank", "ka ein tenketank"), so the question word alone opens it, before its article.
// prettier-ignore
const DEFINITION = [['what', 'is'], ['whats'], ['hva', 'er'], ['kva', 'er'], ['what'], ['hva'], ['kva'], ['ka']];
const INDEFINITE = new Set(['a', 'an', 'en', 'et', 'ei', 'ein', 'eit']);
// At most this many words after the article: "what is an ICBM anyway".
const DEFINED_WORDS = 3;
const JOINS = new Set(['and', 'og', 'or', 'eller', 'who', 'hvem', 'kven', 'did', 'does']);

function asksDefinition(tokens: readonly string[]): boolean {
  const opening = DEFINITION.find((d) => d.every((w, i) => tokens[i] === w));
  if (!opening || !INDEFINITE.has(tokens[opening.length] ?? '')) return false;
  const rest = tokens.slice(opening.length + 1);
  return rest.length > 0 && rest.length <= DEFINED_WORDS && !rest.some((t) => JOINS.has(t));
}

// "Who analysed them afterwards", "hvem analyserte dem etterpå": who did a thing the article tells; the adverb places it
// after what came before, asking nothing that happened later. So in a clause describing a thing of the story: "var det
// samme toget som dukket opp på russisk side etterpå" (the train seen later that day).
const WHO = new Set(['who', 'whos', 'hvem', 'kven', 'kem', 'kæm']);
const THEN = new Set(['afterwards', 'afterward', 'etterpå', 'etterkant']);
// "Som" after these opens no clause on a thing: "det som skjedde etterpå" is what happened later.
const NOT_A_THING = new Set(['det', 'noe', 'noko', 'alt', 'hva', 'kva', 'ka']);

function thenWithinStory(tokens: readonly string[]): boolean {
  if (!hasAny(tokens, THEN) || ASKS.later.matches(tokens.filter((t) => !THEN.has(t)))) return false;
  if (hasAny(tokens, WHO)) return true;
  const clause = tokens.indexOf('som');
  return clause > 0 && !NOT_A_THING.has(tokens[clause - 1]!) && tokens.findIndex((t) => THEN.has(t)) > clause;
}

// "Where did the train go in the end", "hvor havnet toget til slutt": the end of a journey the article tells, not
// what came after it.
// prettier-ignore
const WHERE = new Set([
  'where',
  'hvor',
  'kvar',
  'hvorhen',
  'kor',
  'havnet',
  'hamna',
  'hamnet',
  'enda',
  'endte',
  // "Kva stasjon stod toget på til slutt": the station it stopped at.
  'stasjon',
  'stasjonen',
  'station',
  'stod',
  'sto',
  'stoppet',
  'stoppa',
  'stopped',
  'ended',
]);
const IN_THE_END = new TokenPatternSet([
  ['in', 'the', 'end'],
  ['til', 'slutt'],
  ['te', 'slutt'],
]);

function journeyEnd(tokens: readonly string[]): boolean {
  return hasAny(tokens, WHERE) && IN_THE_END.matches(tokens) && !ASKS.later.matches(tokens.filter((t) => t !== 'slutt' && t !== 'end'));
}

function withoutIdioms(tokens: readonly string[]): readonly string[] {
  // Most questions have no "when" to look at: no copy of their tokens then.
  let out = hasAny(tokens, WHEN) ? withoutClauseWhen(tokens) : tokens;
  // Most questions have no idiom's first word: no copy and no closure then (this runs a few times a question).
  if (!hasAny(out, IDIOM_FIRST)) return out;
  for (const idiom of IDIOMS) {
    for (let i = out.indexOf(idiom[0]!); i >= 0; i = out.indexOf(idiom[0]!, i + 1)) {
      if (idiomAt(out, i, idiom)) out = [...out.slice(0, i), ...out.slice(i + idiom.length)];
    }
  }
  return out;
}

function withoutClauseWhen(tokens: readonly string[]): readonly string[] {
  // Not a second question joined on: "who wrote it and when".
  const clause = (i: number): boolean => !AND.has(tokens[i - 1] ?? '') && tokens.slice(0, i).some((t) => WHY_OR_HOW.has(t));
  const reach = (i: number): boolean => tokens.slice(i + 1, i + 1 + REACH_SPAN).some((n) => REACH.has(n));
  return tokens.filter((t, i) => !(WHEN.has(t) && (clause(i) || (t !== 'when' && reach(i)))));
}

function idiomAt(tokens: readonly string[], at: number, idiom: readonly string[]): boolean {
  if (at + idiom.length > tokens.length) return false;
  for (let j = 0; j < idiom.length; j++) if (idiom[j] !== '*' && tokens[at + j] !== idiom[j]) return false;
  return true;
}

/** Whether any token is one of the words. */
function hasAny(tokens: readonly string[], words: ReadonlySet<string>): boolean {
  for (let i = 0; i < tokens.length; i++) if (words.has(tokens[i]!)) return true;
  return false;
}
