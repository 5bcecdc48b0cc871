import { TokenPatternSet } from './token-pattern.js';

/**
 * "hvor lang er vennskapsbroen som vises på bildet": a relative clause closing a question says which thing it means,
 * which the words before it mostly tell already; they ask the question whole. Norwegian "som" only: English "that" is as
 * often a demonstrative ("on that route") as a relative pronoun, and tokens do not tell which.
 */
// Before these "som" opens no clause on a thing: a pronoun's ("det som", "noe som"), a question word's, a comparison's.
// prettier-ignore
const NOT_A_THING = new Set([
  'det', 'den', 'de', 'dem', 'dei', 'noe', 'noko', 'alt', 'noen', 'nokon', 'hva', 'kva', 'ka', 'hvem', 'kven', 'kem',
  'samme', 'slik', 'sånn', 'like', 'så', 'mer', 'mindre', 'enn',
]);
// Two words before "som" these compare: "like lang som", "så stor som", "samme uke som".
const COMPARES = new Set(['like', 'så', 'samme', 'dobbelt', 'halvt']);
// After "som" these make it "as" or "like": "som bevis", "som en hest", "som normalt".
const AS = new Set(['en', 'et', 'ei', 'ein', 'eit', 'normalt', 'vanlig', 'bevis', 'prov', 'følge']);
// "Var det fem bilder som viste toget", "er det USA som sier …": a cleft, whose clause is what is asked.
// prettier-ignore
const CLEFT = new TokenPatternSet([
  ['det', 'er'], ['det', 'var'], ['er', 'det'], ['var', 'det'], ['det', 'e'], ['e', 'det'], ['det', 'va'], ['va', 'det'],
]);
// A longer clause is likely more than a description: kept.
const MAX_CLAUSE = 6;
// Words the question must keep before the clause.
const MIN_KEPT = 2;

/** The tokens without a relative clause that closes them, or undefined when there is none. */
export function withoutRelativeClause(tokens: readonly string[]): readonly string[] | undefined {
  const at = tokens.indexOf('som', MIN_KEPT);
  if (at < 0 || at === tokens.length - 1 || tokens.length - at > MAX_CLAUSE) return undefined;
  if (NOT_A_THING.has(tokens[at - 1]!) || COMPARES.has(tokens[at - 2]!) || AS.has(tokens[at + 1]!)) return undefined;
  const kept = tokens.slice(0, at);
  return CLEFT.matches(kept) ? undefined : kept;
}
