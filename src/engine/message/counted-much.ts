/**
 * "How much pictures are there", "how much horses Kim has": a learner's "much" for "many" before a plural noun, read
 * as "many" (a count asked), the word the knowledge base's questions use for it. Not before a verb or a mass noun
 * that ends in s ("how much does it cost", "how much is known", "how much progress", "how much news").
 */
// prettier-ignore
const NOT_PLURAL = new Set([
  'is', 'was', 'does', 'has', 'costs', 'weighs', 'means', 'matters', 'less', 'this', 'thus', 'plus', 'us', 'yes', 'as', 'its', 'his',
  'news', 'series', 'species', 'always', 'perhaps', 'whereas', 'besides', 'sometimes', 'afterwards', 'towards',
]);
// Singular nouns that end in s: "analysis", "status", "business", "politics".
const SINGULAR_ENDING = /(?:ss|us|is|ics)$/u;
const MIN_PLURAL = 4;

/** Whether a word may be the "much" of "how much" (see readCountedMuch): a message with none is left as it is. */
export function mayBeCountedMuch(word: string): boolean {
  return word === 'much';
}

/** The tokens with "how much" before a plural noun read as "how many" (the same array when there is none). */
export function readCountedMuch(tokens: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i] !== 'much' || tokens[i - 1] !== 'how' || !countsNoun(tokens[i + 1]!, tokens[i + 2])) continue;
    out ??= [...tokens];
    out[i] = 'many';
  }
  return out ?? tokens;
}

/** Whether the words after "how much" are a plural noun, or one after a word naming its kind ("satellite images"). */
function countsNoun(next: string, after: string | undefined): boolean {
  return isPlural(next) || (after !== undefined && !MASS.has(next) && !NOT_PLURAL.has(next) && isPlural(after));
}

// What is measured, not counted, before a plural: "how much money russians paid", "how much time has passed".
// prettier-ignore
const MASS = new Set(['money', 'time', 'aid', 'help', 'evidence', 'proof', 'trade', 'cargo', 'ammo', 'ammunition', 'information', 'info', 'support', 'food', 'damage', 'more', 'longer', 'further']);

function isPlural(word: string): boolean {
  return word.length >= MIN_PLURAL && word.endsWith('s') && !SINGULAR_ENDING.test(word) && !NOT_PLURAL.has(word);
}
