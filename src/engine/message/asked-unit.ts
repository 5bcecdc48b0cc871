/**
 * The unit a length is wanted in, closing the question ("how long is the bridge in feet", "hvor lang er brua i fot",
 * "brua er 800 meter, hva blir det i fot?", "200 m from the bridge, how many yards is that"): the asker converts the
 * figure the article gives. The unit's words are no part of what is asked, and "hva blir det" there is no future.
 */
const UNIT = '(?:feet|foot|ft|miles?|yards?|yds?|inch(?:es)?|km|kilomet(?:er|re)s?|met(?:er|re)s?|fot|tommer|engelske\\s+mil|mil)';
// "What is that in feet", "hva blir det i fot": the clause that only asks for the conversion.
const CONVERTS =
  "(?:(?:what(?:'s|s|\\s+is|\\s+would\\s+be)?|how\\s+much\\s+is)\\s+(?:that|it|this)|(?:hva|kva|ka|hvor\\s+mye|kor\\s+mykje|kor\\s+mye)\\s+(?:blir|er|e|vil\\s+være)\\s+(?:det|dette))";
const FORM = `(?:${CONVERTS}\\s+)?(?:in|into|i|to|til|converted\\s+to|omregnet\\s+til|regnet\\s+om\\s+til|konvertert\\s+til)\\s+${UNIT}`;
// "How many feet is that", "hvor mange fot blir det".
const HOW_MANY = `(?:how\\s+many|hvor\\s+mange|kor\\s+mange)\\s+${UNIT}\\s+(?:is|are|would|er|blir|e)\\s+(?:that|it|this|det|dette)(?:\\s+be)?`;
const ROUGHLY = '(?:\\s*,?\\s*(?:ca\\.?|cirka|omtrent|roughly|approx(?:imately)?|or\\s+so|ish|sånn\\s+ca\\.?|sånn\\s+cirka|circa|about))?';
const CLOSING = new RegExp(`(?:^|(?<=[\\s,;:.?!–—-]))\\s*(?:${FORM}|${HOW_MANY})${ROUGHLY}\\s*[?.!]*\\s*$`, 'iu');
// A word one of them needs: most messages have none, and are left as they are.
const MAY_HAVE = /feet|foot|ft|mile|yard|yd|inch|km|kilomet|met(?:er|re)|fot|tommer|mil\b/i;

/** The text without the unit its length is wanted in, when that closes it and a question is left. */
export function withoutAskedUnit(text: string): string {
  if (!MAY_HAVE.test(text)) return text;
  const without = text.replace(CLOSING, '');
  return without !== text && /\p{L}/u.test(without) ? without.replace(/[\s,;:–—-]+$/u, '') : text;
}
