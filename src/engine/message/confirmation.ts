import { STOPWORDS } from '../analysis/stopwords.js';
import { TokenPatternSet } from './token-pattern.js';

/**
 * Questions that put a statement to be confirmed ("the train went from Russia to North Korea,
 * right?", "gikk toget til Nord-Korea?"): an entry on its topic answers them even when it says the
 * opposite, which is the correction the asker needs.
 */
// prettier-ignore
const TAGS = new TokenPatternSet([
  ['right'], ['correct'], ['true'], ['innit'], ['or', 'not'], ['or', 'what'], ['stemmer', 'det'], ['sant'], ['riktig'], ['eller', 'hva'],
  ['eller', 'ikke'], ['stemmer'], ['sannt'], ['rett'],
  // "… wasn't it?", "… isn't that so?": the tokenizer reads "wasn't" as "was not".
  ['was', 'not', 'it'], ['is', 'not', 'it'], ['is', 'not', 'that'], ['did', 'not', 'it'], ['were', 'not', 'they'], ['did', 'not', 'they'],
  // Which way of two: "fra Russland til Nord-Korea eller motsatt?", "or the other way round", "which direction".
  ['motsatt'], ['omvendt'], ['other', 'way'], ['opposite'], ['which', 'way'], ['which', 'direction'], ['hvilken', 'vei'], ['hvilken', 'retning'],
  ['kva', 'veg'], ['kva', 'retning'], ['ka', 'vei'], ['ka', 'retning'],
]);
// prettier-ignore
const AUXILIARIES = new Set([
  'is', 'was', 'did', 'does', 'do', 'are', 'were', 'has', 'have', 'had', 'er', 'var', 'har', 'hadde', 'ble', 'vart', 'gikk', 'gjekk',
  'kom', 'sendte', 'sende', 'e', 'va',
]);

/** Whether a question, from its lower-cased tokens, asks for a statement to be confirmed. */
export function asksToConfirm(tokens: readonly string[]): boolean {
  return (tokens.length > 0 && AUXILIARIES.has(tokens[0]!)) || TAGS.matches(tokens);
}

// Words a bare confirmation tag is made of besides stop words: "Stemmer det?", "Is that true?", "er det sant eller?".
// prettier-ignore
const TAG_WORDS = new Set([
  'right', 'correct', 'true', 'innit', 'really', 'legit', 'accurate', 'stemmer', 'sant', 'sannt', 'riktig', 'rett', 'stemme', 'sann', 'fakta',
  'sånn', 'slik',
]);

// Asking which of two things said is so: "hva stemmer?", "what's correct?", "which is right?".
// And the negation of a tag that expects a yes: "ikke sant?", "er det ikke sånn?", "not true?".
const WHICH_IS = new Set(['hva', 'kva', 'ka', 'what', 'whats', 'which', 'hvilken', 'hvilket', 'is', 'er', 'e', 'ikke', 'ikkje', 'not']);

/**
 * Whether a sentence only asks whether something is so ("Stemmer det?", "Is that true?", "Hva stemmer?"), naming nothing:
 * it asks about the statement before it, not about the story as a whole.
 */
export function onlyAsksToConfirm(tokens: readonly string[]): boolean {
  let tag = false;
  for (const t of tokens) {
    if (TAG_WORDS.has(t)) tag = true;
    else if (!STOPWORDS.has(t) && !WHICH_IS.has(t)) return false;
  }
  return tag;
}
