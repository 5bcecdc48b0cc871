/**
 * Which side of the border a question asks about ("the station on the North Korean side", "toget på russisk side"), and
 * which sides a text tells of: a picture of the train on one side does not answer what was on the other.
 */
import { asksWhat } from './sentences.js';

export type BorderSide = 'north-korean' | 'russian';

// The sides as the tokens read once a side named by its country is read as the texts name it (see country-side.ts).
const SIDE_WORDS = new Set(['side', 'sida', 'siden', 'sia', 'sidå']);
const NORTH_KOREAN = new Set(['nordkoreansk', 'nordkoreanske', 'korean']);
const RUSSIAN = new Set(['russisk', 'russiske', 'russian']);
const DIGIT = /\d/;

/**
 * The side a question's tokens name ("what is the station on the North Korean side called"), when it asks for something
 * there and names nothing else to place it by. Not a side put to be checked ("was the 10:24 train already on the Russian
 * side?", which the picture's entry corrects), nor one of two named ("which picture is on the Russian side, which on
 * the North Korean"), nor one beside a time of day.
 */
export function askedSide(tokens: readonly string[], text: string): BorderSide | undefined {
  if (!asksWhat(text) || tokens.some((t) => DIGIT.test(t))) return undefined;
  let side: BorderSide | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!SIDE_WORDS.has(tokens[i]!)) continue;
    const named = NORTH_KOREAN.has(tokens[i - 1]!) ? 'north-korean' : RUSSIAN.has(tokens[i - 1]!) ? 'russian' : undefined;
    if (named === undefined) continue;
    side = named;
  }
  const other = side === 'north-korean' ? RUSSIAN : NORTH_KOREAN;
  return side !== undefined && !tokens.some((t) => other.has(t)) ? side : undefined;
}

const TELLS_NORTH_KOREAN = /(?<!\p{L})(?:north korean side|nordkoreansk side|in north korea|i nord-korea)(?!\p{L})/iu;
const TELLS_RUSSIAN = /(?<!\p{L})(?:russian side|russisk side|in russia|i russland)(?!\p{L})/iu;

/** The sides of the border a text tells something is on. */
export function sidesTold(text: string): Set<BorderSide> {
  const sides = new Set<BorderSide>();
  if (TELLS_NORTH_KOREAN.test(text)) sides.add('north-korean');
  if (TELLS_RUSSIAN.test(text)) sides.add('russian');
  return sides;
}
