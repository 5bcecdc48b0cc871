import { STOPWORDS } from '../analysis/stopwords.js';

/**
 * A question offering choices ("who took the images, Maxar, Planet Labs or Airbus?", "founded in 1948 or 1950?", "local
 * time or UTC?"): beside a choice the article knows, one it does not know is the asker's guess, not another topic.
 * Without it, the question is the one the article answers, and its entry says which choice is right. Both choices
 * unknown ("did Reuters or AP confirm it") or a bare "or what" offer no choice the article knows.
 */
const OR = new Set(['or', 'eller', 'elle', 'ell', 'elr']);
// prettier-ignore
const ASKING = new Set(['what', 'which', 'who', 'how', 'hva', 'hvem', 'hvilken', 'kva', 'ka', 'kven', 'kem', 'not', 'ikke', 'ikkje', 'nei', 'no', 'nah']);
// How far before "or" a list of choices may reach: "Maxar, Planet Labs or Airbus".
const REACH = 3;

/** The tokens without the unknown choices offered beside a known one, or undefined when there are none. */
export function withoutUnknownChoices(tokens: readonly string[], unknown: readonly string[]): readonly string[] | undefined {
  if (unknown.length === 0) return undefined;
  const isUnknown = (i: number): boolean => i >= 0 && i < tokens.length && unknown.includes(tokens[i]!);
  const isKnown = (i: number): boolean => i >= 0 && i < tokens.length && !isUnknown(i) && !STOPWORDS.has(tokens[i]!) && !ASKING.has(tokens[i]!);
  const guesses = new Set<number>();
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!OR.has(tokens[i]!)) continue;
    if (isUnknown(i + 1) && isKnown(i - 1)) {
      guesses.add(i + 1);
      // The other unknown choices of a list before it ("Maxar, Planet Labs or …").
      for (let j = Math.max(0, i - REACH); j < i - 1; j++) if (isUnknown(j)) guesses.add(j);
    }
    if (isUnknown(i - 1) && isKnown(i + 1)) guesses.add(i - 1);
  }
  if (guesses.size === 0) return undefined;
  const left = tokens.filter((_, i) => !guesses.has(i));
  return left.length > 1 ? left : undefined;
}
