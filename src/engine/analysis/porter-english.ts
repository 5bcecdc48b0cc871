/**
 * natural's PorterStemmer (natural/lib/natural/stemmers/porter_stemmer.js, v8) step for step, with
 * its quirks (a "measure" that can be a half, step 2's patterns applied one after another), but
 * with string tests instead of a regular expression built per pattern and call: the same stems
 * (test/engine/analysis/porter.test.ts compares every word list and text we have), several times
 * faster, most of all on a word first seen, before V8 has optimised anything.
 */

const A = 97;
const E = 101;
const I = 105;
const O = 111;
const U = 117;
const Y = 121;

function isVowel(c: number): boolean {
  return c === A || c === E || c === I || c === O || c === U;
}

/** Whether a character is one of the line breaks natural's `.` (steps 4 and 5a) does not match. */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function hasLineBreak(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (isLineBreak(token.charCodeAt(i))) return true;
  return false;
}

/** natural's categorizeChars at one position: whether the character counts as a V (a y after a consonant does). */
function isVowelAt(token: string, i: number): boolean {
  const c = token.charCodeAt(i);
  if (isVowel(c)) return true;
  if (c !== Y || i === 0) return false;
  const previous = token.charCodeAt(i - 1);
  return !isVowel(previous) && previous !== Y;
}

/** Whether natural's categorizeChars(token).substr(from, 3) is "CVC" (three characters from `from`). */
function isCvcAt(token: string, from: number): boolean {
  return from >= 0 && from + 3 <= token.length && !isVowelAt(token, from) && isVowelAt(token, from + 1) && !isVowelAt(token, from + 2);
}

/**
 * natural's categorizeGroups over token[0, end) as a count of groups: runs of consonants as C, runs
 * of vowels as V, where a y after consonants is a vowel of its own (a V not merged with the vowels
 * after it: "dying" is CVVC). Counted, not written out: no string per call.
 */
function measureOf(token: string, end: number): number {
  if (end === 0) return -1;
  let groups = 0;
  let first = 0;
  // What the last group is: 1 a vowel run (aeiou), 2 a y read as a vowel, 3 consonants.
  let last = 0;
  for (let i = 0; i < end; i++) {
    const c = token.charCodeAt(i);
    if (isVowel(c)) {
      if (last !== 1) groups++;
      last = 1;
    } else if (c === Y && i > 0 && !isVowel(token.charCodeAt(i - 1)) && token.charCodeAt(i - 1) !== Y) {
      groups++;
      last = 2;
    } else {
      if (last !== 3) groups++;
      last = 3;
    }
    if (i === 0) first = last;
  }
  // natural: the number of VC sequences, a half when two vowel groups meet.
  if (first === 3) groups--;
  if (groups > 0 && last !== 3) groups--;
  return groups / 2;
}

/** The number of VC sequences (a half when two vowel groups meet, as natural counts it); -1 for ''. */
function measure(token: string): number {
  return measureOf(token, token.length);
}

/** Whether natural's categorizeGroups(token[0, end)) has a V: some vowel, or a y after a consonant. */
function hasVowelGroup(token: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowelAt(token, i)) return true;
  return false;
}

/** `token` with `suffix` replaced, or null when it does not end with it (natural's attemptReplace for a string pattern). */
function replaced(token: string, suffix: string, replacement: string): string | null {
  return token.endsWith(suffix) ? token.slice(0, token.length - suffix.length) + replacement : null;
}

type Patterns = ReadonlyMap<number, ReadonlyArray<readonly [string, string]>>;

/**
 * Suffix patterns by their last character, each list in the original order: a token is only
 * tried against the patterns it may end with (the same result, a fraction of the checks).
 */
function byLastChar(patterns: ReadonlyArray<readonly [string, string]>): Patterns {
  const grouped = new Map<number, Array<readonly [string, string]>>();
  for (const pattern of patterns) {
    const last = pattern[0].charCodeAt(pattern[0].length - 1);
    const list = grouped.get(last);
    if (list) list.push(pattern);
    else grouped.set(last, [pattern]);
  }
  return grouped;
}

/**
 * natural's attemptReplacePatterns with a measure threshold: every pattern whose removal leaves the
 * original token's measure above the threshold is applied, in order, to the result so far.
 */
function replacePatterns(token: string, patterns: Patterns, threshold: number): string {
  const candidates = patterns.get(token.charCodeAt(token.length - 1));
  if (candidates === undefined) return token;
  let replacement = token;
  for (let i = 0; i < candidates.length; i++) {
    const suffix = candidates[i]![0];
    if (token.endsWith(suffix) && measureOf(token, token.length - suffix.length) > threshold) {
      replacement = replaced(replacement, suffix, candidates[i]![1]) || replacement;
    }
  }
  return replacement || token;
}

function step1a(token: string): string {
  if (token.endsWith('sses') || token.endsWith('ies')) return token.slice(0, -2);
  if (token.endsWith('s') && token.charAt(token.length - 2) !== 's' && token.length > 2) return token.slice(0, -1);
  return token;
}

function endsWithDoubleConsonant(token: string): boolean {
  const n = token.length;
  return n >= 2 && token.charCodeAt(n - 1) === token.charCodeAt(n - 2) && !isVowel(token.charCodeAt(n - 1));
}

function step1b(token: string): string {
  if (token.endsWith('eed')) {
    return measureOf(token, token.length - 3) > 0 ? token.slice(0, -1) : token;
  }
  const cut = token.endsWith('ed') ? 2 : token.endsWith('ing') ? 3 : 0;
  if (cut === 0) return token;
  const stem = token.slice(0, -cut);
  // natural: an empty result is no result, and a stem without a vowel group keeps the ending.
  if (stem === '' || !hasVowelGroup(stem, stem.length)) return token;
  let result = stem;
  for (let i = 0; i < STEP_1B.length; i++) result = replaced(result, STEP_1B[i]![0], STEP_1B[i]![1]) || result;
  if (result !== stem) return result;
  const lastChar = stem.charAt(stem.length - 1);
  if (endsWithDoubleConsonant(stem) && lastChar !== 'l' && lastChar !== 's' && lastChar !== 'z') return stem.slice(0, -1);
  // natural's categorizeChars(stem).substr(-3) === 'CVC'
  if (measure(stem) === 1 && isCvcAt(stem, stem.length - 3) && lastChar !== 'w' && lastChar !== 'x' && lastChar !== 'y') return `${stem}e`;
  return stem;
}

const STEP_1B: readonly (readonly [string, string])[] = [
  ['at', 'ate'],
  ['bl', 'ble'],
  ['iz', 'ize'],
];

function step1c(token: string): string {
  if (!token.endsWith('y')) return token;
  // natural: a V among the groups before the last. The y's own group is the last, so: a V before the y.
  return hasVowelGroup(token, token.length - 1) ? `${token.slice(0, -1)}i` : token;
}

const STEP_2 = byLastChar([
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
]);

const STEP_3 = byLastChar([
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
]);

// Longest first: natural's /^(.+?)(al|ance|…)$/ takes the shortest stem, i.e. the longest suffix.
const STEP_4 = byLastChar(
  ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize']
    .sort((a, b) => b.length - a.length)
    .map((suffix) => [suffix, ''] as const),
);

function step4(token: string): string {
  const n = token.length;
  const suffixes = STEP_4.get(token.charCodeAt(n - 1));
  for (let i = 0; suffixes !== undefined && i < suffixes.length; i++) {
    const suffix = suffixes[i]![0];
    // At least one character before the suffix (natural's `.+?`).
    if (n > suffix.length && token.endsWith(suffix)) {
      if (measureOf(token, n - suffix.length) > 1) return cutUnlessLineBreak(token, suffix.length);
      break;
    }
  }
  if (n > 4 && (token.endsWith('sion') || token.endsWith('tion')) && measureOf(token, n - 3) > 1) return cutUnlessLineBreak(token, 3);
  return token;
}

/** natural's /^(.+?)(…)$/ in step 4: its `.` does not match a line break, so a stem holding one keeps the suffix. */
function cutUnlessLineBreak(token: string, suffixLength: number): string {
  return hasLineBreak(token) ? token : token.slice(0, token.length - suffixLength);
}

function step5a(token: string): string {
  const n = token.length;
  const endsWithE = token.endsWith('e');
  const m = measureOf(token, endsWithE ? n - 1 : n);
  if (m > 1 || (m === 1 && !endsInCvc(token))) return endsWithE ? token.slice(0, -1) : token;
  return token;
}

/** natural's step 5a test: categorizeChars(token).substr(-4, 3) is CVC and the token matches /[^wxy].$/. */
function endsInCvc(token: string): boolean {
  const n = token.length;
  if (n < 2 || !isCvcAt(token, Math.max(n - 4, 0))) return false;
  const before = token.charAt(n - 2);
  return before !== 'w' && before !== 'x' && before !== 'y' && !isLineBreak(token.charCodeAt(n - 1));
}

function step5b(token: string): string {
  return token.endsWith('ll') && measure(token) > 1 ? token.slice(0, -1) : token;
}

/** The stem natural's PorterStemmer.stem gives. */
export function porterStemEnglish(word: string): string {
  if (word.length < 3) return word;
  return step5b(step5a(step4(step3(step2(step1c(step1b(step1a(word.toLowerCase()))))))));
}

function step2(token: string): string {
  return replacePatterns(token, STEP_2, 0);
}

function step3(token: string): string {
  return replacePatterns(token, STEP_3, 0);
}
