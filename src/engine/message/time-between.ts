import { PICTURES, POSITIONS, type PicturePosition } from './picture-order.js';
import { TokenPatternSet } from './token-pattern.js';

/**
 * "How long did it take the train from the North Korean side to Khasan", "hvor lang tid gikk det mellom første og andre
 * bilde": the time between two moments, which two pictures of a series give by their times, the asker doing the sum.
 */

// "How long" alone is a length in English ("how long from the bridge to the station"): a duration takes "take" or "between".
// prettier-ignore
const DURATION = new TokenPatternSet([
  ['how', 'many', 'hours'], ['how', 'many', 'minutes'], ['how', 'much', 'time'],
  ['hvor', 'lang', 'tid'], ['kor', 'lang', 'tid'], ['hvor', 'lenge'], ['kor', 'lenge'], ['hvor', 'mye', 'tid'], ['kor', 'mykje', 'tid'],
  ['hvor', 'mange', 'timer'], ['kor', 'mange', 'timar'], ['kor', 'mange', 'timer'], ['hvor', 'mange', 'minutter'],
]);
const HOW_LONG = new TokenPatternSet([['how', 'long']]);
const TAKES = new Set(['take', 'took', 'taken', 'takes', 'between']);
const BETWEEN = new Set(['between', 'mellom']);
const FROM = new Set(['from', 'fra', 'frå', 'ifra']);
const TO = new Set(['to', 'til', 'till', 'until']);

/** Whether a question asks how long passed between two moments: a duration, and two ends ("between", "from … to"). */
export function asksTimeBetween(tokens: readonly string[]): boolean {
  if (!DURATION.matches(tokens) && !(HOW_LONG.matches(tokens) && tokens.some((t) => TAKES.has(t)))) return false;
  if (tokens.some((t) => BETWEEN.has(t))) return true;
  const from = tokens.findIndex((t) => FROM.has(t));
  return from >= 0 && tokens.some((t, i) => i > from && TO.has(t));
}

/**
 * The places in a series of the pictures a question names by their order ("from the first to the last picture", "mellom
 * første og andre bilde"), in the order named: only in a question about pictures, where "andre" is no "other".
 */
export function orderedPictures(tokens: readonly string[]): PicturePosition[] {
  if (!tokens.some((t) => PICTURES.includes(t))) return [];
  const named: PicturePosition[] = [];
  for (const t of tokens) {
    const position = POSITIONS.find(([, words]) => words.includes(t))?.[0];
    if (position !== undefined && !named.includes(position)) named.push(position);
  }
  return named;
}
