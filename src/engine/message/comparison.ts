import { TokenPatternSet } from './token-pattern.js';

/**
 * Questions that set two things side by side ("the difference between what the White House said
 * and what 38 North found", "the train at 13:10 or the one at 14:29"): two entries answer them
 * together, so the first is not less sure for the second being close.
 */
// prettier-ignore
const COMPARES = new TokenPatternSet([
  ['difference'], ['differences'], ['differ'], ['compared'], ['compare'], ['comparison'], ['versus'], ['vs'],
  ['same', 'thing', 'as'], ['same', 'story', 'as'], ['two', 'different'], ['or', 'the', 'one'], ['or', 'the', 'other'],
  ['forskjellen'], ['forskjell'], ['forskjellene'], ['skilnaden'], ['skilnad'], ['sammenlignet'], ['sammenlikna'], ['samanlikna'],
  ['det', 'samme', 'som'], ['den', 'samme', 'som'], ['to', 'forskjellige'], ['to', 'ulike'], ['eller', 'den', 'andre'], ['eller', 'det', 'andre'],
]);

/** Whether a question, from its lower-cased tokens, compares two things. */
export function comparesTwo(tokens: readonly string[]): boolean {
  return COMPARES.matches(tokens);
}
