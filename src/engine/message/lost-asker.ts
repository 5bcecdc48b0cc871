import { nynorskToBokmal } from '../analysis/nynorsk.js';
import { STOPWORDS } from '../analysis/stopwords.js';

// "I don't get it", "not sure", "jeg skjønner ikke": a few everyday words around a negation say the asker is lost, and ask nothing.
const NEGATIONS = new Set(['not', 'no', 'nope', 'ikke', 'ikkje', 'inte', 'ente', 'itj']);
const LOST_WORDS = 5;
// Words that put a question: with one of them, the message asks something ("is it not true?").
// prettier-ignore
const ASKS = new Set(['who', 'what', 'when', 'where', 'why', 'how', 'which', 'is', 'are', 'was', 'were', 'does', 'has', 'have', 'can',
  'hvem', 'hva', 'når', 'hvor', 'hvorfor', 'hvordan', 'hvilken', 'hvilket', 'hvilke', 'kven', 'kva', 'kvar', 'kvifor', 'korleis', 'kor', 'ka', 'kem', 'koss', 'åssen',
  'er', 'var', 'har', 'kan', 'stemmer', 'finnes', 'e', 'va']);

/**
 * Whether a short message of everyday words around a negation, putting no question, says only that the asker is lost
 * ("i don't get it", "not sure", "haha skjønner ikke"). `isCommon`: whether a word is an everyday word naming no topic of
 * the story; `isLaughter`: whether it is laughter, which changes nothing (the engine knows both).
 */
export function saysOnlyItIsLost(tokens: readonly string[], isCommon: (word: string) => boolean, isLaughter: (word: string) => boolean): boolean {
  // Most messages hold no negation: nothing else is looked at.
  if (!tokens.some((w) => NEGATIONS.has(w))) return false;
  const said = tokens.filter((w) => !isLaughter(w));
  if (said.length > LOST_WORDS) return false;
  // "do not" is what "I don't" leaves ("I" is dropped); "did"/"do" before anything else asks ("did they deny it").
  if ((said[0] === 'do' || said[0] === 'did') && !NEGATIONS.has(said[1] ?? '')) return false;
  return said.every((w) => !ASKS.has(w) && !/\p{N}/u.test(w) && (NEGATIONS.has(w) || STOPWORDS.has(nynorskToBokmal(w)) || isCommon(w)));
}
