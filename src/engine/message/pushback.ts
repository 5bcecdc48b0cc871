import { MONTHS } from './offered-details.js';
import { TokenPatternSet } from './token-pattern.js';

/**
 * Saying that what was said is wrong ("you're wrong", "du tar feil", "that's not right"): a statement that does so
 * puts its figure to be checked as a question would ("du tar feil, broa ble stengt i 2021"), though it asks nothing.
 */
// prettier-ignore
const PUSHBACK = new TokenPatternSet([
  ['you', 'are', 'wrong'], ['your', 'wrong'], ['youre', 'wrong'], ['you', 'got', 'it', 'wrong'], ['that', 'is', 'wrong'], ['thats', 'wrong'],
  ['is', 'wrong'], ['was', 'wrong'], ['not', 'right'], ['not', 'true'], ['incorrect'], ['mixing', 'up'], ['mixed', 'up'],
  ['tar', 'feil'], ['tek', 'feil'], ['har', 'feil'], ['er', 'feil'], ['var', 'feil'], ['ikke', 'riktig'], ['ikkje', 'rett'], ['ikke', 'rett'],
  ['stemmer', 'ikke'], ['stemmer', 'ikkje'], ['blander'], ['blandar'], ['rota'], ['surrer'],
]);
// Words that open a contradiction: "nah the bridge is 1 km", "nei, det var i 2021".
const OPENING_DENIALS = new Set(['no', 'nah', 'nope', 'wrong', 'nei', 'neida', 'feil', 'næh', 'nææ']);
// Words setting one figure against another: "in 2021, not 2020", "i 2021 og ikkje i 2020".
const NOT = new Set(['not', 'ikke', 'ikkje', 'ikk']);
const MONTH = new RegExp(`^(?:${MONTHS})$`, 'u');

/** Whether a message says that what was said is wrong, or sets a figure against another ("1 km, not 800 m"). */
export function pushesBack(tokens: readonly string[]): boolean {
  if (OPENING_DENIALS.has(tokens[0] ?? '') || PUSHBACK.matches(tokens)) return true;
  return tokens.some((t, i) => NOT.has(t) && isFigureAt(tokens, i + 1));
}

/** A figure or a month at `i`, or right after a preposition there ("not in 2020", "ikke i juli"). */
function isFigureAt(tokens: readonly string[], i: number): boolean {
  const at = ['in', 'i', 'on', 'på'].includes(tokens[i] ?? '') ? tokens[i + 1] : tokens[i];
  return at !== undefined && (/^\d/.test(at) || MONTH.test(at));
}

// Words that stand between a thing and "not" without being it: "made by Planet Labs, not by TV 2".
const BETWEEN = new Set([
  'by',
  'av',
  'in',
  'i',
  'from',
  'fra',
  'frå',
  'on',
  'på',
  'the',
  'a',
  'an',
  'en',
  'et',
  'ei',
  'but',
  'men',
  'just',
  'bare',
  'and',
  'og',
]);

/**
 * The two things a message sets against each other ("fra NRK, ikke TV 2" -> ["nrk", "tv"], "Kina, not Russia"): the word
 * before "not" and the one after, past prepositions and articles. Undefined when the message sets nothing against anything.
 */
export function contrastedPair(tokens: readonly string[]): [string, string] | undefined {
  const not = tokens.findIndex((t) => NOT.has(t));
  if (not <= 0) return undefined;
  let before = not - 1;
  while (before > 0 && BETWEEN.has(tokens[before]!)) before--;
  let after = not + 1;
  while (after < tokens.length - 1 && BETWEEN.has(tokens[after]!)) after++;
  const [a, b] = [tokens[before], tokens[after]];
  return a === undefined || b === undefined || BETWEEN.has(a) || BETWEEN.has(b) ? undefined : [a, b];
}
