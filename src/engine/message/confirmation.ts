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
