/**
 * The unit a length is wanted in, closing the question ("how long is the bridge in feet", "hvor lang er brua i fot",
 * "brua er 800 meter, hva blir det i fot?", "200 m from the bridge, how many yards is that"): the asker converts the
 * figure the article gives. The unit's words are no part of what is asked, and "hva blir det" there is no future.
 */
const UNIT = '(?:feet|foot|ft|miles?|yards?|yds?|inch(?:es)?|km|kilomet(?:er|re)s?|fot|tommer|engelske\\s+mil|mil)';
// "What is that in feet", "hva blir det i fot": the clause that only asks for the conversion.
const CONVERTS =
  "(?:(?:what(?:'s|s|\\s+is|\\s+would\\s+be)?|how\\s+much\\s+is)\\s+(?:that|it|this)|(?:hva|kva|ka|hvor\\s+mye|kor\\s+mykje|kor\\s+mye)\\s+(?:blir|er|e|vil\\s+være)\\s+(?:det|dette))";
const FORM = `(?:${CONVERTS}\\s+)?(?:in|into|i|to|til|converted\\s+to|omregnet\\s+til|regnet\\s+om\\s+til|konvertert\\s+til)\\s+${UNIT}`;
// "How many feet is that", "hvor mange fot blir det".
const HOW_MANY = `(?:how\\s+many|hvor\\s+mange|kor\\s+mange)\\s+${UNIT}\\s+(?:is|are|would|er|blir|e)\\s+(?:that|it|this|det|dette)(?:\\s+be)?`;
const ROUGHLY = '(?:\\s*,?\\s*(?:ca\\.?|cirka|omtrent|roughly|approx(?:imately)?|or\\s+so|ish|sånn\\s+ca\\.?|sånn\\s+cirka|circa|about))?';
const CLOSING = new RegExp(`(?:^|(?<=[\\s,;:.?!–—-]))\\s*(?:${FORM}|${HOW_MANY})${ROUGHLY}\\s*[?.!]*\\s*$`, 'iu');
// A unit closing the message: most messages end in none, and are left as they are ("foto" is no "fot").
const MAY_HAVE = /(?:feet|foot|ft|miles?|yards?|yds?|inch(?:es)?|km|kilomet(?:er|re)s?|fot|tommer|mil)\b/i;
// How far from the end the form may begin (the longest, "hvor mye blir det omregnet til engelske mil sånn cirka?").
const REACH = 70;

/** The text without the unit its length is wanted in, when that closes it and a question is left. */
export function withoutAskedUnit(text: string): string {
  // Only the end is looked at: an unanchored search of a long message would try every place in it.
  const from = Math.max(0, text.length - REACH);
  const tail = text.slice(from);
  if (!MAY_HAVE.test(tail)) return text;
  const kept = tail.replace(CLOSING, '');
  if (kept === tail) return text;
  const without = text.slice(0, from) + kept;
  return /\p{L}/u.test(without) ? without.replace(/[\s,;:–—-]+$/u, '') : text;
}
