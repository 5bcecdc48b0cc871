import { STOPWORDS } from '../analysis/stopwords.js';
import { TELLS_MOTIVE } from './asked-motive.js';

/**
 * "Why did the Soviet Union collapse", "hvorfor kollapset Sovjetunionen": why something happened, asked of a text that
 * names it only as a time ("until the collapse of the Soviet Union", "fram til Sovjetunionens kollaps"). The text dates
 * other things by it and says nothing of its cause.
 */
const WHY = new Set(['why', 'hvorfor', 'kvifor', 'korfor', 'koffor', 'kvafor', 'hvafor']);
// "Til" alone is also "to" ("til Midtøsten"): only in "fram til", "frem til".
const BEFORE_MARKER = new Set(['until', 'till', 'after', 'before', 'since', 'etter', 'før', 'siden', 'sidan', 'inntil']);
const UP_TO = new Set(['fram', 'frem']);
// The marker's words: "until the collapse of", "fram til Sovjetunionens kollaps".
const MARKER_REACH = 3;
// Forms of one word share all but an ending: "kollapset" and "kollaps", "collapsed" and "collapse" (not "sovjetiske" and
// "sovjetunionens").
const MIN_WORD = 5;
const MOST_ENDING = 3;

/** Whether a question asks why something happened that the texts name only as a time, and they give no reason. */
export function asksCauseOfTimeMarker(texts: readonly string[], tokens: readonly string[]): boolean {
  const why = tokens.findIndex((t) => WHY.has(t));
  if (why < 0 || texts.some((text) => TELLS_MOTIVE.test(text))) return false;
  const words = texts
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return tokens.slice(why + 1).some((t, i) => {
    if (t.length < MIN_WORD || STOPWORDS.has(t) || marks(tokens, why + 1 + i)) return false;
    const at = words.flatMap((w, k) => (sameWord(w, t) ? [k] : []));
    return at.length > 0 && at.every((k) => marks(words, k));
  });
}

/** Whether the word at `at` follows a word that makes it a time ("until the collapse", "fram til kollapsen"). */
function marks(words: readonly string[], at: number): boolean {
  for (let k = Math.max(0, at - MARKER_REACH); k < at; k++)
    if (BEFORE_MARKER.has(words[k]!) || (words[k] === 'til' && UP_TO.has(words[k - 1] ?? ''))) return true;
  return false;
}

function sameWord(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= MIN_WORD && Math.max(a.length, b.length) - common <= MOST_ENDING;
}
