import { STOPWORDS } from '../analysis/stopwords.js';
import { sameWord } from './word-forms.js';

/**
 * The places a distance question measures between ("how far is it from Pyongyang to Khasan", "how many km is Pyongyang
 * from the border"), and whether a text speaks of them: "Khasan station, about two kilometres from the border" gives
 * no distance from Pyongyang, a place it never names.
 */
// prettier-ignore
const FROM_TO = new Set(['from', 'to', 'fra', 'frå', 'til', 'te']);
// Words between "from" and the place: "from the border", "fra den russiske grensa".
// prettier-ignore
const BEFORE_PLACE = new Set(['the', 'a', 'that', 'this', 'den', 'det', 'de', 'denne', 'dette']);
// "according to the photos", "due to the pandemic": a source or a cause, not an end.
const NOT_TOWARDS = new Set(['according', 'due', 'thanks', 'owing']);
// A place named just before "from" is an end when it is what the question is about: "how far is Pyongyang from …", not
// "the picture from Khasan".
// prettier-ignore
const BE = new Set(['is', 'was', 'are', 'er', 'var', 'e', 'va']);
// A place's head word after its modifiers ("from the NK border", "fra den nordkoreanske grensa"): the head is the end.
// prettier-ignore
const PLACE_HEADS = new Set(['border', 'grense', 'grensa', 'grensen', 'grenså', 'station', 'stasjon', 'stasjonen', 'bridge', 'bru', 'brua',
  'bro', 'broa', 'broen', 'brui']);
// How many modifiers may stand before the head: "north korean border".
const MODIFIERS = 2;

/** The question's words naming a distance's ends: after "from"/"to" (past an article), and between "is" and "from". */
export function distanceEnds(tokens: readonly string[]): string[] {
  const ends: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FROM_TO.has(tokens[i]!) || NOT_TOWARDS.has(tokens[i - 1] ?? '')) continue;
    const before = tokens[i - 1];
    if (before !== undefined && i > 1 && BE.has(tokens[i - 2]!) && !STOPWORDS.has(before)) ends.push(before);
    let j = i + 1;
    while (j < tokens.length && BEFORE_PLACE.has(tokens[j]!)) j++;
    const head = headAfter(tokens, j);
    const after = tokens[head];
    if (after !== undefined && !STOPWORDS.has(after)) ends.push(after);
  }
  return ends;
}

/** Where the place named from `at` has its head word (PLACE_HEADS) after its modifiers, or `at` itself. */
function headAfter(tokens: readonly string[], at: number): number {
  for (let k = at; k < tokens.length && k <= at + MODIFIERS; k++) {
    if (PLACE_HEADS.has(tokens[k]!)) return k;
    // "fra Pyongyang til grensa": another end, not a head.
    if (FROM_TO.has(tokens[k]!)) break;
  }
  return at;
}

/**
 * Whether the texts name every end the lexicon knows (itself or a word it holds the same, `sameAs`). Ends it does not
 * know decide nothing here: "Tumen" may be what the text calls the river at the border.
 */
// prettier-ignore
const CAPITALS = new Set([
  'pyongyang', 'pjongjang', 'moscow', 'moskva', 'moskou', 'washington', 'seoul', 'beijing', 'peking', 'tokyo', 'kyiv', 'kiev', 'oslo', 'vladivostok',
]);

export function namesDistanceEnds(texts: readonly string[], ends: readonly string[], sameAs: (word: string) => readonly string[]): boolean {
  const lower = texts.map((t) => t.toLowerCase());
  const words = lower.flatMap((t) => t.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
  for (const end of ends) {
    // A capital stands for its country as a speaker ("Pyongyang denies"), not as a place to measure from: the text must
    // name the city itself.
    const forms = CAPITALS.has(end) ? [] : sameAs(end);
    if (forms.length === 0 && !CAPITALS.has(end)) continue;
    const named = [end, ...forms].some((form) =>
      form.includes(' ') ? lower.some((t) => t.includes(form)) : words.some((w) => w === form || sameWord(w, form) || (form.length >= 4 && w.endsWith(form))),
    );
    if (!named) return false;
  }
  return true;
}
