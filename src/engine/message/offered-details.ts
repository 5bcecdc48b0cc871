import type { AskedDetail, Detail } from './detail-kinds.js';
import { TELLS_AGE } from './asked-age.js';
import { TELLS_CONTENTS } from './asked-contents.js';
import { TELLS_MOTIVE } from './asked-motive.js';
import { TELLS_OWNER } from './asked-owner.js';
import { TELLS_PLACE } from './asked-place.js';
import { TELLS_SIZE } from './asked-size.js';

/**
 * The details an entry's text gives (a time, a number, a measure, a name's family …), read from its words, and whether
 * they answer the detail a question asks for (see asked-detail.ts).
 */
const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|several|' +
  // Not "en", "ett", "to": in Norwegian text they are mostly the article and the preposition.
  'tre|fem|seks|sju|syv|åtte|dusinvis|hundrevis|tusenvis|millioner|flere';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag';
/** A speed's unit: "60 km/t", "30 mph". */
export const SPEED = /km\/h|km\/t|mph|(?:kilometres?|kilometers?|miles?) (?:per|an|a) hour|kilometer i timen|knots|knop/iu;
export const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|mars|mai|juni|juli|oktober|desember';
// Each month's name, English and Norwegian, to its number: "oktober" and "october" are one month. Not "may", mostly the verb.
// prettier-ignore
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map([
  ...['january', 'february', 'march', 'april', '', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m, i) => [m, i] as const),
  ...['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'].map((m, i) => [m, i] as const),
].filter(([m]) => m !== ''));
const TIME_WORDS =
  // Not "may" (mostly the verb) nor "one" below ("the one").
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|' +
  'september|october|november|december|week|weeks|day|days|year|years|morning|evening|' +
  'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|januar|februar|mars|april|mai|juni|juli|august|september|' +
  'oktober|november|desember|uke|uken|uka|dag|dager|døgn|år|årene|morgen|kveld|tallet';
// An entry that says a detail is not known speaks to the question about it too.
export const QUANTITY_TALK = 'quantit|how large|how much|how many|hvor mye|hvor mange|hvor store|mengde|omfang';
// A number beside a capitalised word is part of a name ("TV 2", "38 North"), not a quantity.
// prettier-ignore
export const NAME_NUMBER = /\p{Lu}[\p{L}-]*\s\d+|\d+\s\p{Lu}[\p{L}-]*/gu;
// Years and clock times say when, not how many.
// prettier-ignore
export const YEAR_OR_CLOCK = /(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|\d{1,2}[.:]\d\d/g;
// prettier-ignore
const TIME = new RegExp(`(?<!\\p{L})(?:${TIME_WORDS})(?!\\p{L})`, 'iu');
// prettier-ignore
export const QUANTITY = new RegExp(`\\d|(?<!\\p{L})(?:${NUMBER_WORDS})(?!\\p{L})|(?<!\\p{L})(?:${QUANTITY_TALK})`, 'iu');

// An exact figure: a number in digits or a small number word, or an entry saying the amount is not known.
export const EXACT_QUANTITY = new RegExp(
  `\\d|(?<!\\p{L})(?:two|three|four|five|six|seven|eight|nine|ten|tre|fire|fem|seks|sju|syv|åtte|ni|ti)(?!\\p{L})|(?<!\\p{L})(?:${QUANTITY_TALK})`,
  'iu',
);
const DAY_OF_MONTH = `\\d{1,2}(?:st|nd|rd|th|\\.)? (?:${MONTHS})|(?:${MONTHS}) \\d{1,2}(?!\\d)`;
// A measure: a number, in digits or words, and its unit ("800 metres", "to kilometer", "5km").
const UNIT = (units: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\d])(?:\\d[\\d.,]*\\s?|(?:${NUMBER_WORDS}|one|a|to|fire|ni|ti|hundre|several)\\s)(?:${units})(?!\\p{L})`, 'iu');
const LENGTH_UNITS = 'm|km|metres?|meters?|kilometres?|kilometers?|miles?|meter|kilometer|mil';
// Words a text uses when it gives someone's family, an organisation's head, an abbreviation's meaning, an official
// number, a measure, a long quotation, what came later, how things stand now, how long something lasted.
// prettier-ignore
const CUES: ReadonlyArray<[Detail, RegExp]> = [
  ['distance', UNIT(LENGTH_UNITS)],
  // A measure of the thing itself, not the way from it to another ("about 200 m from the bridge").
  ['length', new RegExp(`${UNIT(LENGTH_UNITS).source}(?!\\s+(?:from|fra|frå|away|unna|past|beyond|inside|into|inn|over|før|before|after|etter))`, 'iu')],
  ['zone', /\b(?:UTC|GMT|CET|time zones?|tidssone|norsk tid|Norwegian time)\b/u],
  ['speed', SPEED],
  ['weight', UNIT('kg|tonnes?|tons?|kilos?|kilograms?|tonn')],
  ['width', /(?<!\p{L})(?:wide|width|bred|bredt|brei|breitt|bredde|breidd)(?!\p{L})/iu],
  // Since when: a beginning ("since the start of the pandemic", "for the first time in several years", "go back to 1948").
  ['since', /(?<!\p{L})(?:since|siden|sidan|ago|first time in|på (?:flere|mange|noen) år|goes? (?:all the way )?back|går (?:helt )?tilbake)(?!\p{L})|(?<!\d)(?:1[89]|20)\d\d(?!\d)/iu],
  ['height', /(?<!\p{L})(?:tall|high|height|høy|høyt|høg|høgt|høyde|høgd)(?!\p{L})/iu],
  // A quotation long enough to be the text itself, not a phrase from it.
  ['wording', /[“"«][^”"»]{100,}[”"»]/u],
  // A quotation of five words or more: someone's own words, not a name or a heading ("Friendship Bridge", "may be horse
  // transport").
  ['quote', /[“"«](?:[^”"»\s]+\s+){4,}[^”"»\s]+[”"»]/u],
  ['later', /(?<!\p{L})(?:later|afterwards|since then|senere|seinare|etterpå|i ettertid|siden da)(?!\p{L})/iu],
  ['present', /(?<!\p{L})(?:today|today's|still|currently|now|nå|fortsatt|framleis|dagens|i dag|no longer|ikke lenger|so far|hittil|yet|ennå|enno)(?!\p{L})/iu],
  ['span', /(?<!\p{L})(?:until|till|inntil|fram til|frem til|for (?:several|many|\d+) years|i (?:flere|mange|\d+) år)(?!\p{L})|\d+ (?:years?|år|months?|måneder|decades?|tiår)(?!\p{L})/iu],
  ['family', /(?<!\p{L})(?:married|wife|husband|spouse|daughter|son|sister|children|gift med|kone|ektefelle|datter|sønn|søster|barn)(?!\p{L})/iu],
  ['head', /(?<!\p{L})(?:leader|leads|led by|head|heads|ceo|founded|founder|director|runs|leder|ledes|sjef|grunnla|grunnlagt|direktør)(?!\p{L})/iu],
  ['acronym', /stands for|short for|står for|abbreviat|forkort/iu],
  ['clock', /\d{1,2}[.:]\d\d(?!\d)/u],
  // Not "may" (mostly the verb: "may be horse transport").
  ['month', new RegExp(`(?<!\\p{L})(?:${MONTHS.replace('may|', '')})(?!\\p{L})`, 'iu')],
  ['day', new RegExp(`(?<!\\p{L})(?:${WEEKDAYS})(?!\\p{L})|${DAY_OF_MONTH}`, 'iu')],
  ['date', new RegExp(DAY_OF_MONTH, 'iu')],
  ['price', /(?<!\p{L})(?:price|prices|costs?|pris|prisen|koster|kostet|per (?:horse|shell|hest|granat))(?!\p{L})/iu],
  ['identifier', /(?:resolution|resolusjon|number|nummer|nr\.?)\s*\d+/iu],
  ['income', /(?<!\p{L})(?:earns?|earned|earnings|revenues?|profits?|income|inntekt\p{L}*|tjen(?:er|te|t)|fortjeneste\p{L}*|salary|lønn\p{L}*)(?!\p{L})/iu],
  // A company of a named country ("the American company Planet Labs"), not a city's ("a Washington-based think tank").
  ['nationality', /(?<!\p{L})(?:american|norwegian|russian|chinese|british|european|korean|amerikansk\p{L}*|norsk\p{L}*|russisk\p{L}*|kinesisk\p{L}*|britisk\p{L}*|europeisk\p{L}*)\s+(?:company|firm|business|corporation|selskap\p{L}*|firma\p{L}*|bedrift\p{L}*)(?!\p{L})/iu],
  ['home', /(?<!\p{L})(?:lives?|lived|living|bor|bur|bodde|budde|based|base|hometown|address|adresse\p{L}*)(?!\p{L})/iu],
  ['link', /https?:\/\/|www\.|\.(?:com|org|net|no)(?!\p{L})/iu],
  ['contents', TELLS_CONTENTS],
  ['place', TELLS_PLACE],
  ['motive', TELLS_MOTIVE],
  ['size', TELLS_SIZE],
  ['age', TELLS_AGE],
  ['owner', TELLS_OWNER],
  ['attribute', /(?<!\p{L})(?:colou?rs?|farger?|calibre|caliber|kaliber|made of|laget av|models?|modell)(?!\p{L})/iu],
  // A breed named ("thoroughbred horses", "fullblodshester") tells what kind of animal.
  ['breed', /(?<!\p{L})(?:thoroughbreds?|fullblods\p{L}*|trotters?|travhest\p{L}*|ponni\p{L}*|pony|ponies)(?!\p{L})/iu],
  ['method', /(?<!\p{L})(?:satellites?|satellitt\p{L}*|intelligence|etterretning\p{L}*|spy|spies|spion\p{L}*|images|bilder|bildene)(?!\p{L})/iu],
  ['earlier', /(?<!\p{L})(?:before|earlier|previously|før|tidligere)(?!\p{L})/iu],
  ['stock', /(?<!\p{L})(?:stockpiles?|arsenal|in stock|på lager|lagrene)(?!\p{L})/iu],
  ['penalty', /(?<!\p{L})(?:punish\p{L}*|penalt\p{L}*|straff\p{L}*|fines?|fined|bøtelegg\p{L}*)(?!\p{L})/iu],
];

/** Whether a text that gives these details answers a question for `asked`. */
export function givesDetail(offered: ReadonlySet<Detail>, asked: Exclude<AskedDetail, 'name' | 'person' | 'which' | 'lifeEvent'>): boolean {
  if (asked === 'duration') return offered.has('time') || offered.has('quantity');
  // "How long was the bridge" asks a length in the past tense.
  if (asked === 'span') return offered.has('span') || offered.has('length');
  if (asked === 'lasting') return offered.has('span');
  return offered.has(asked);
}

const EXACT_TIME = new RegExp(YEAR_OR_CLOCK.source);

/**
 * Whether a text gives a time that places an event, a year or a time of day, a month or a day ("in 2020", "at 13:10"),
 * not only one relative to another ("two days after the claim").
 */
export function givesExactTime(text: string): boolean {
  if (EXACT_TIME.test(text)) return true;
  const offered = offeredDetails(text);
  return offered.has('clock') || offered.has('day') || offered.has('date') || offered.has('month');
}

/** The details a text gives (an entry's answer, in either language). */
export function offeredDetails(text: string): Set<Detail> {
  const details = new Set<Detail>();
  const withoutDates = text.replace(YEAR_OR_CLOCK, ' ');
  const withoutNames = withoutDates.replace(NAME_NUMBER, ' ');
  if (withoutDates !== text || TIME.test(text)) details.add('time');
  if (QUANTITY.test(withoutNames)) details.add('quantity');
  if (EXACT_QUANTITY.test(withoutNames)) details.add('exactQuantity');
  for (const [detail, cue] of CUES) if (cue.test(text)) details.add(detail);
  return details;
}
