import { TokenPatternSet } from './token-pattern.js';

/**
 * Questions for a detail: a time ("when exactly did they write") or a quantity ("how many horses").
 * An entry on the right topic still cannot answer one if its text gives no time or number; the
 * honest reply is then that the article does not give that detail, and the entry is offered.
 */
export type Detail = 'time' | 'quantity';

/** What a question asks for: a time, a quantity, or a duration (which either can answer). */
export type AskedDetail = Detail | 'duration';

const ASKS: Record<AskedDetail, TokenPatternSet> = {
  // "How long" is a duration, or in English a length: a time or a number answers it.
  duration: new TokenPatternSet([['how', 'long'], ['hvor', 'lenge'], ['kor', 'lenge'], ['kor', 'lengje']]),
  time: new TokenPatternSet([
    ['how', 'far', 'back'], ['how', 'long', 'ago'], ['since', 'when'], ['hvor', 'langt', 'tilbake'], ['kor', 'langt', 'tilbake'],
    ['siden', 'når'], ['sidan', 'når'], ['when'], ['what', 'time'], ['what', 'year'], ['which', 'year'], ['what', 'date'], ['which', 'date'], ['what', 'day'],
    ['which', 'day'], ['what', 'month'], ['which', 'month'], ['når'], ['nar'], ['naar'], ['kortid'], ['kva', 'tid'],
    ['hva', 'tid'], ['ka', 'tid'], ['hvilket', 'år'], ['kva', 'år'], ['hvilken', 'dato'], ['hvilken', 'dag'],
    ['kva', 'dag'], ['hvilken', 'måned'], ['dato'], ['date'], ['tidspunkt'],
  ]),
  quantity: new TokenPatternSet([
    ['how', 'many'], ['how', 'much'], ['how', 'fast'], ['how', 'heavy'], ['how', 'big'], ['how', 'far'],
    ['how', 'old'], ['hvor', 'mange'], ['hvor', 'mye'], ['hvor', 'fort'], ['hvor', 'tung'], ['hvor', 'stor'],
    ['hvor', 'langt'], ['hvor', 'lang'], ['hvor', 'gammel'], ['kor', 'mange'], ['kor', 'mykje'],
    ['kor', 'mye'], ['kor', 'fort'], ['kor', 'stor'], ['kor', 'langt'], ['kor', 'lang'], ['antall'],
    ['number', 'of'], ['amount'], ['speed'], ['fart'], ['cost'], ['price'], ['pris'], ['kostet'], ['costs'],
  ]),
};

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|several|' +
  // Not "en", "ett", "to": in Norwegian text they are mostly the article and the preposition.
  'tre|fem|seks|sju|syv|åtte|dusinvis|hundrevis|tusenvis|millioner|flere';
const TIME_WORDS =
  // Not "may" (mostly the verb) nor "one" below ("the one").
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|' +
  'september|october|november|december|week|weeks|day|days|year|years|morning|evening|' +
  'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|januar|februar|mars|april|mai|juni|juli|august|september|' +
  'oktober|november|desember|uke|uken|uka|dag|dager|døgn|år|årene|morgen|kveld|tallet';
// An entry that says a detail is not known speaks to the question about it too.
const QUANTITY_TALK = 'quantit|how large|how much|how many|hvor mye|hvor mange|hvor store|mengde|omfang';
// A number beside a capitalised word is part of a name ("TV 2", "38 North"), not a quantity.
const NAME_NUMBER = /\p{Lu}[\p{L}-]*\s\d+|\d+\s\p{Lu}[\p{L}-]*/gu;
// Years and clock times say when, not how many.
const YEAR_OR_CLOCK = /(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|\d{1,2}[.:]\d\d/g;
const TIME = new RegExp(`(?<!\\p{L})(?:${TIME_WORDS})(?!\\p{L})`, 'iu');
const QUANTITY = new RegExp(`\\d|(?<!\\p{L})(?:${NUMBER_WORDS})(?!\\p{L})|(?<!\\p{L})(?:${QUANTITY_TALK})`, 'iu');

// Phrases that use a question word for something else: "når det gjelder" is "as for", not "when".
const IDIOMS: readonly (readonly string[])[] = [
  ['når', 'det', 'gjelder'],
  ['nar', 'det', 'gjelder'],
  ['når', 'det', 'kommer', 'til'],
];

/** The detail a question asks for, from its lower-cased tokens. */
export function askedDetail(tokens: readonly string[]): AskedDetail | undefined {
  const plain = withoutIdioms(tokens);
  // Time first: "how far back" asks when, though "how far" alone asks how many metres.
  for (const detail of ['time', 'duration', 'quantity'] as const) if (ASKS[detail].matches(plain)) return detail;
  return undefined;
}

/** Whether a text that gives these details answers a question for `asked`. */
export function givesDetail(offered: ReadonlySet<Detail>, asked: AskedDetail): boolean {
  return asked === 'duration' ? offered.has('time') || offered.has('quantity') : offered.has(asked);
}

function withoutIdioms(tokens: readonly string[]): readonly string[] {
  let out = tokens;
  for (const idiom of IDIOMS) {
    for (let i = out.indexOf(idiom[0]!); i >= 0; i = out.indexOf(idiom[0]!, i + 1)) {
      if (idiom.every((t, j) => out[i + j] === t)) out = [...out.slice(0, i), ...out.slice(i + idiom.length)];
    }
  }
  return out;
}

/** The details a text gives (an entry's answer, in either language). */
export function offeredDetails(text: string): Set<Detail> {
  const details = new Set<Detail>();
  const withoutDates = text.replace(YEAR_OR_CLOCK, ' ');
  if (withoutDates !== text || TIME.test(text)) details.add('time');
  if (QUANTITY.test(withoutDates.replace(NAME_NUMBER, ' '))) details.add('quantity');
  return details;
}
