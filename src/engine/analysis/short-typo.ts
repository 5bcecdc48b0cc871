import { keyNeighbours } from './keyboard.js';
import { STOPWORDS } from './stopwords.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';
// Longer words go to the spelling index; shorter ones are too often another word one edit away.
const [SHORTEST, LONGEST] = [3, 4];
const DIGIT = /\p{N}/u;

/**
 * The word a short misspelt word was typed for, when two letters were swapped, one was left out
 * or one was hit on a neighbouring key ("teh", "waht", "wat", "abot", "thw", "whem"): a stop word
 * or a known word, the one most used in the message's language (`rank`, 1 the commonest) first,
 * then a stop word, then the known word most used. Only neighbouring keys are tried as
 * substitutions: "cook" is not "took". Only for words no list of the message's language knows.
 */
export function shortTypoOf(
  word: string,
  popularity: (candidate: string) => number,
  rank: (candidate: string) => number | undefined = () => undefined,
): { word: string; stop: boolean } | undefined {
  // A number is meant as typed ("2016" is not "2017"): see isSlipOf for a number in a name.
  if (word.length < SHORTEST || word.length > LONGEST || DIGIT.test(word)) return undefined;
  let best: { word: string; stop: boolean } | undefined;
  let bestKey: [number, number, number] = [Infinity, 1, 0];
  for (const candidate of edits(word)) {
    const stop = STOPWORDS.has(candidate);
    const p = stop ? 0 : popularity(candidate);
    if (!stop && p <= 0) continue;
    const key: [number, number, number] = [rank(candidate) ?? Infinity, stop ? 0 : 1, -p];
    if (best === undefined || before(key, bestKey)) [best, bestKey] = [{ word: candidate, stop }, key];
  }
  return best;
}

/** Whether one ordering key comes strictly before another. */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/**
 * Swaps, missing letters and a letter typed twice ("tokk"), then a neighbouring key; not in a word ending in a doubled
 * letter, a sound drawn out ("arr", "hmm", "brr") rather than a slip.
 */
function* edits(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i + 1 < word.length; i++) if (word[i] === word[i + 1]) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) yield word.slice(0, i) + c + word.slice(i);
  if (word.at(-1) === word.at(-2)) return;
  for (let i = 0; i < word.length; i++) for (const c of keyNeighbours(word[i]!)) yield word.slice(0, i) + c + word.slice(i + 1);
}
