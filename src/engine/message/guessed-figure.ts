import type { Detail } from './detail-kinds.js';
import { asksForFact } from './fact-question.js';
import { isClockAt } from './clock-time.js';
import { asksToConfirm } from './confirmation.js';
import { isLengthUnit, numberAndUnit } from './length-units.js';
import { UNITS } from './number-words.js';
import { MONTHS, SPEED } from './offered-details.js';
import { pushesBack } from './pushback.js';
import { STOPWORDS } from '../analysis/stopwords.js';

// Figures said in words that guess an amount: "millions of dollars on horses?".
// prettier-ignore
const AMOUNT_WORDS = new Set([
  'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'dusinvis', 'hundrevis', 'tusenvis', 'millioner', 'milliarder', 'titals',
  // A few: "bare et par raketter i år?", "only a handful of launches?".
  'par', 'couple', 'handful', 'håndfull', 'håndfullt',
]);

/** A question that puts a figure to be checked, with the figure taken out, and the kind of detail that figure is. */
export interface GuessedFigure {
  /** The question's tokens without the figure: what it asks about. */
  rest: string[];
  /** What an entry must give to correct the guess: a time for a year, a time of day for a clock time, a month for a month, else an amount. */
  detail: Detail;
  /** For an amount, the figure and the word for the things counted ("73 carriages" -> "carriages"), when one follows it. */
  counted?: { figure: string; thing: string };
}

/**
 * The figure a question puts to be checked ("was it 73 carriages?", "they closed the bridge in 2019?",
 * "millions of dollars on horses?"), if it is put that way: as a yes/no question or a statement with a
 * question mark, not a question for a fact ("how many … in 2017?" asks one). A wrong figure is
 * the asker's guess; the entry that gives the right one answers it, though the figure itself is
 * unknown to the article.
 */
export function guessedFigure(typed: readonly string[], text: string): GuessedFigure | undefined {
  // Put as a yes/no question, a statement with a question mark, or a statement saying what was said is wrong.
  if (asksForFact(typed) || !(asksToConfirm(typed) || /\?\s*$/u.test(text) || pushesBack(typed))) return undefined;
  // "2km" is the figure and its unit; "1.5km", typed as "1" and "5km", one figure and its unit.
  const whole = wholeNumbers(typed, text);
  const tokens = whole.some((t) => numberAndUnit(t)) ? whole.flatMap((t) => numberAndUnit(t) ?? [t]) : whole;
  let rest: string[] = [];
  let detail: Detail | undefined;
  let counted: { figure: string; thing: string } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A threshold before the figure is part of the guess: "more than 50 missiles", "fler enn tre bilder", "under 5 km".
    if (isFigureAt(tokens, i)) while (rest.length > 0 && COMPARING.has(rest[rest.length - 1]!)) rest.pop();
    if (isClockAt(tokens, i)) {
      detail ??= 'clock';
      i++;
    } else if (dayOfMonthAt(tokens, i)) {
      // "4. november", "the 4th of November", "den ellevte november", "November 4": a day, which a month does not settle.
      detail ??= 'date';
      // Past the month, or past the day after it: the month stands right after the day or after its "of"/"i".
      i += MONTH_NAMES.has(t) || MONTH_NAMES.has(tokens[i + 1]!) ? 1 : 2;
    } else if (/^(?:1[89]|20)\d\d$/.test(t)) detail ??= 'time';
    else if (MONTH_NAMES.has(t)) detail ??= 'month';
    else if (smallCountAt(tokens, i)) {
      // "fire vogner?": a small count in words, as the article writes them ("tre vogner"), guesses like "4 vogner?".
      if (detail === undefined) counted = { figure: String(UNITS.get(t)), thing: tokens[i + 1]! };
      detail ??= 'quantity';
    } else if (/^\d+$/.test(t) || AMOUNT_WORDS.has(t)) {
      // An article before the figure is part of the guess: "a couple of missiles", "et par raketter".
      while (rest.length > 0 && ARTICLES.has(rest[rest.length - 1]!)) rest.pop();
      // "dozens of thoroughbreds" names an amount, not a count of things an entry must count.
      // Nor a figure before "or" ("1520 eller standard?"): no thing is counted.
      if (detail === undefined && /^\d+$/.test(t) && tokens[i + 1] !== undefined && !OR_AND.has(tokens[i + 1]!)) counted = { figure: t, thing: tokens[i + 1]! };
      detail ??= 'quantity';
      // A length's unit is part of the guess ("8 km"): the rest asks about the bridge, not about kilometres.
      if (counted?.figure === t && isLengthUnit(counted.thing)) i++;
    } else rest.push(t);
  }
  if (detail === undefined || rest.length === 0) return undefined;
  if (detail === 'quantity' && rest.some((t) => ONLY.has(t))) rest = rest.filter((t) => !ONLY.has(t));
  // "60 km/t, ikke 30?": a speed, which no length corrects.
  if (SPEED.test(text)) return { rest, detail: 'speed' };
  return detail === 'quantity' && counted !== undefined && !/\d/.test(counted.thing) ? { rest, detail, counted } : { rest, detail };
}

const ARTICLES = new Set(['a', 'et', 'ei', 'en']);
const OR_AND = new Set(['or', 'eller', 'elr', 'ell', 'and', 'og', 'nor']);
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
// prettier-ignore
const DAY_WORDS = new Set(['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'syvende', 'åttende', 'niende', 'tiende', 'ellevte',
  'tolvte', 'trettende', 'fjortende', 'femtende', 'sekstende', 'syttende', 'attende', 'nittende', 'tjuende', 'tjueførste', 'tjueandre', 'tjuetredje',
  'tjuefjerde', 'tjuefemte', 'tjuesjette', 'tjuesjuende', 'tjueåttende', 'tjueniende', 'trettiende', 'trettiførste', 'first', 'second', 'third', 'fourth',
  'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);

/**
 * Whether a day of a month stands at `i`: a day before the month ("4 november", "4th of november", "ellevte november") or
 * the month before its day ("november 4").
 */
function dayOfMonthAt(tokens: readonly string[], i: number): boolean {
  const [t, next, after] = [tokens[i]!, tokens[i + 1] ?? '', tokens[i + 2] ?? ''];
  if (MONTH_NAMES.has(t)) return DAY.test(next) && !/^\d{3,}$/.test(after);
  // Not TV 2's "2" ("er artikkelen fra TV 2, november 2022?").
  if ((!DAY.test(t) && !DAY_WORDS.has(t)) || tokens[i - 1] === 'tv') return false;
  return MONTH_NAMES.has(next) || ((next === 'of' || next === 'i') && MONTH_NAMES.has(after));
}
// A threshold put with a figure: "more than", "at least", "under", "fler enn", "minst", "opp mot".
// prettier-ignore
const COMPARING = new Set(['more', 'less', 'fewer', 'than', 'over', 'under', 'above', 'below', 'least', 'at', 'nearly', 'almost', 'mer', 'meir', 'fler',
  'flere', 'fleire', 'færre', 'mindre', 'enn', 'minst', 'maks', 'nesten']);

/** Whether a figure stands at `i`: digits, an amount in words, or a small count in words. */
function isFigureAt(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]!;
  return /^\d+$/.test(t) || AMOUNT_WORDS.has(t) || smallCountAt(tokens, i);
}
// Said of a guessed amount: "only tested a couple", "bare et par raketter", "just 30". Part of the guess, not of what it is
// about (the bridge is the "only" connection).
const ONLY = new Set(['only', 'just', 'merely', 'bare', 'kun', 'berre']);

// Months, a guess at when ("the denial came in August, correct?"): not English "may", mostly the verb.
const MONTH_NAMES = new Set(MONTHS.split('|').filter((month) => month !== 'may'));

// Number words that are mostly something else: articles ("en", "one"), a preposition ("to").
const NOT_COUNTS = new Set(['one', 'en', 'ett', 'to']);

/**
 * Whether a small count said in words stands at `i`, before the word for what it counts ("fire vogner", "five wagons").
 * Not English "fire" before a plural ("fire missiles" is firing them), nor a count of nothing ("tre eller fire").
 */
function smallCountAt(tokens: readonly string[], i: number): boolean {
  const [word, next] = [tokens[i]!, tokens[i + 1]];
  if (!UNITS.has(word) || NOT_COUNTS.has(word) || next === undefined || STOPWORDS.has(next) || UNITS.has(next) || /\d/.test(next)) return false;
  return word !== 'fire' || !next.endsWith('s');
}

/**
 * The tokens with a length's decimal fraction dropped ("1.5km", tokenized "1" "5km", as "1" "km"): one figure, not two.
 * Only before a unit of length: "2.30" is a time of day.
 */
function wholeNumbers(tokens: readonly string[], text: string): readonly string[] {
  if (!/\d[.,]\d/u.test(text)) return tokens;
  const whole: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [t, next] = [tokens[i]!, tokens[i + 1]];
    whole.push(t);
    const fraction = next === undefined ? null : /^\d+(\p{L}*)$/u.exec(next);
    if (!/^\d+$/.test(t) || !fraction || (!text.includes(`${t}.${next}`) && !text.includes(`${t},${next}`))) continue;
    const unit = fraction[1] || tokens[i + 2];
    if (unit === undefined || !isLengthUnit(unit)) continue;
    if (fraction[1]) whole.push(unit);
    i++;
  }
  return whole;
}
