import { askedDetailAsTyped } from './asked-detail.js';

// Question words that ask for one particular fact: a person, a place, a time, a choice among several.
// prettier-ignore
const FACT_WORDS = new Set([
  'who', 'whom', 'whose', 'where', 'wheres', 'when', 'which',
  'hvem', 'kven', 'kem', 'hvor', 'kor', 'når', 'hvilken', 'hvilket', 'hvilke', 'kvar', 'koss',
]);

/**
 * Whether a question asks for a particular fact ("who took the photo", "where is it from", "how many
 * horses") rather than about a topic ("and the horses?", "what's the deal with Kirby"). A topic is
 * answered by its entry; a fact only by an entry that gives it, which overlap alone cannot tell.
 */
export function asksForFact(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (FACT_WORDS.has(tokens[i]!)) return true;
  return askedDetailAsTyped(tokens) !== undefined;
}
