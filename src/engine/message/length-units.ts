import { STOPWORDS } from '../analysis/stopwords.js';

/**
 * Lengths in any unit, in both languages: a length guessed in one unit ("the bridge is like 8 km long?")
 * is corrected by an entry giving it in another ("800 metres"). Only length: a count in one word
 * ("ten wagons") must be of the very thing counted (see mayCorrectCount).
 */
// prettier-ignore
const LENGTH_UNITS = new Set([
  'km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'kilometeren', 'kilometrar',
  'm', 'meter', 'meters', 'metre', 'metres', 'meteren', 'metrar', 'mi', 'mile', 'miles', 'mil', 'feet', 'ft', 'foot', 'yards', 'yd',
]);

// A number, or a number word ("two kilometres", "to kilometer"), before a unit of length.
const GIVES_LENGTH = /(?:\d|\p{L})\s*(?:km|kilomet(?:er|re)s?|met(?:er|re)s?)(?!\p{L})/iu;

/** Whether a word is a unit of length ("km", "metres", "mil"). */
export function isLengthUnit(word: string): boolean {
  return LENGTH_UNITS.has(word);
}

/** Whether any of the texts gives a length ("800 metres", "about two kilometres"). */
export function givesLength(texts: readonly string[]): boolean {
  return texts.some((text) => GIVES_LENGTH.test(text));
}

/** A number and its unit typed as one word ("2km", "800m"), as the two; undefined for any other word. */
export function numberAndUnit(word: string): [string, string] | undefined {
  const m = /^(\d+)(\p{L}+)$/u.exec(word);
  return m && isLengthUnit(m[2]!) ? [m[1]!, m[2]!] : undefined;
}

/**
 * Whether a sentence only names the unit the answer should come in ("km/h", "i meter?", "like in km"): it asks nothing
 * by itself, it says how the question beside it wants its figure.
 */
export function onlyNamesUnit(tokens: readonly string[]): boolean {
  let unit = false;
  for (const t of tokens) {
    if (isLengthUnit(t)) unit = true;
    else if (!STOPWORDS.has(t) && !UNIT_FILLER.has(t)) return false;
  }
  return unit;
}

// Words said around a unit besides stop words: "like in km", "helst i meter", "pls".
const UNIT_FILLER = new Set(['like', 'liksom', 'typ', 'helst', 'gjerne', 'please', 'pls', 'preferably', 'ish']);
