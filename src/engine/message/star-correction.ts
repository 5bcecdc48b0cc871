/**
 * A word corrected as chat does it, with a star ("tank for hjelpen *takk", "who is 38 Norsk? *north"): the starred word
 * stands for the word before it that it is nearly spelt as, and the star goes. A starred word that corrects none ("*Kirby"
 * alone, of a message not shown) stays as a word. Not Markdown's "*word*", which only stresses it.
 */
import { withinDistance } from '../analysis/within-distance.js';

const STARRED = /(?<![\p{L}\p{N}*])\*(\p{L}[\p{L}\p{N}'-]*)(?![\p{L}\p{N}*])/gu;
const WORD = /\p{L}[\p{L}\p{N}'-]*/gu;
// The most letters a slip changes, and the shortest word it is looked for in.
const MOST_EDITS = 2;
const SHORTEST = 3;
const MOST_CORRECTIONS = 5;

export function withStarCorrections(text: string): string {
  if (!text.includes('*')) return text;
  let out = text;
  // A few at most: a message of many starred words is no run of corrections, and each looks back over the message.
  for (const star of [...text.matchAll(STARRED)].slice(0, MOST_CORRECTIONS)) {
    const fixed = star[1]!;
    const at = out.indexOf(star[0]);
    const before = out.slice(0, at);
    const slip = lastNear(before, fixed);
    const rest = out.slice(at + star[0].length);
    out = slip === undefined ? `${before}${fixed}${rest}` : `${before.slice(0, slip.index)}${fixed}${before.slice(slip.index + slip.word.length)}${rest}`;
  }
  return out;
}

/** The last word of `text` a slip away from `fixed` (and not it), with where it stands. */
function lastNear(text: string, fixed: string): { word: string; index: number } | undefined {
  if (fixed.length < SHORTEST) return undefined;
  let found: { word: string; index: number } | undefined;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.toLowerCase() !== fixed.toLowerCase() && withinDistance(word.toLowerCase(), fixed.toLowerCase(), MOST_EDITS)) found = { word, index: m.index };
  }
  return found;
}
