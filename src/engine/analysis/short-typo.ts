import { STOPWORDS } from './stopwords.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';
// Longer words go to the spelling index; shorter ones are too often another word one edit away.
const [SHORTEST, LONGEST] = [3, 4];

/**
 * The word a short misspelt word was typed for, when two letters were swapped or one was left out
 * ("teh", "waht", "wat", "abot", "nort"): a stop word if one fits, else the most used known word.
 * Substitutions are not tried: "cook" is not "took". Only for words no list knows.
 */
export function shortTypoOf(word: string, popularity: (candidate: string) => number): { word: string; stop: boolean } | undefined {
  if (word.length < SHORTEST || word.length > LONGEST) return undefined;
  let best: string | undefined;
  let bestPopularity = 0;
  for (const candidate of edits(word)) {
    if (STOPWORDS.has(candidate)) return { word: candidate, stop: true };
    const p = popularity(candidate);
    if (p > bestPopularity) [best, bestPopularity] = [candidate, p];
  }
  return best === undefined ? undefined : { word: best, stop: false };
}

function* edits(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) yield word.slice(0, i) + c + word.slice(i);
}
