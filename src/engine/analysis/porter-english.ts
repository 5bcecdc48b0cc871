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
// What natural's `.` (steps 4 and 5a) does not match.
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function isVowel(c: number): boolean {
  return c === A || c === E || c === I || c === O || c === U;
}

/**
 * natural's categorizeGroups: runs of consonants as C, runs of vowels as V, where a y after
 * consonants is a vowel of its own (a V not merged with the vowels after it: "dying" is CVVC).
 */
function categorizeGroups(token: string): string {
  let groups = '';
  // What the last character written was: 0 none, 1 a vowel run (aeiou), 2 a y read as a vowel, 3 consonants.
  let last = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (isVowel(c)) {
      if (last !== 1) groups += 'V';
      last = 1;
    } else if (c === Y && i > 0 && !isVowel(token.charCodeAt(i - 1)) && token.charCodeAt(i - 1) !== Y) {
      groups += 'V';
      last = 2;
    } else {
      if (last !== 3) groups += 'C';
      last = 3;
    }
  }
  return groups;
}

/** natural's categorizeChars: each character as C or V (a y after a consonant is a V). */
function categorizeChars(token: string): string {
  let chars = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const previous = i > 0 ? token.charCodeAt(i - 1) : -1;
    chars += isVowel(c) || (c === Y && i > 0 && !isVowel(previous) && previous !== Y) ? 'V' : 'C';
  }
  return chars;
}

/** The number of VC sequences (a half when two vowel groups meet, as natural counts it); -1 for ''. */
function measure(token: string | null): number {
  if (!token) return -1;
  const groups = categorizeGroups(token);
  let length = groups.length;
  if (groups.startsWith('C')) length--;
  if (length > 0 && groups.endsWith('V')) length--;
  return length / 2;
}

/** `token` with `suffix` replaced, or null when it does not end with it (natural's attemptReplace for a string pattern). */
function replaced(token: string, suffix: string, replacement: string): string | null {
  return token.endsWith(suffix) ? token.slice(0, token.length - suffix.length) + replacement : null;
}

/**
 * natural's attemptReplacePatterns with a measure threshold: every pattern whose removal leaves the
 * original token's measure above the threshold is applied, in order, to the result so far.
 */
function replacePatterns(token: string, patterns: readonly (readonly [string, string])[], threshold: number): string {
  let replacement = token;
  for (let i = 0; i < patterns.length; i++) {
    const [suffix, by] = patterns[i]!;
    if (token.endsWith(suffix) && measure(token.slice(0, token.length - suffix.length)) > threshold) {
      replacement = replaced(replacement, suffix, by) || replacement;
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
    return measure(token.slice(0, -3)) > 0 ? token.slice(0, -1) : token;
  }
  const cut = token.endsWith('ed') ? 2 : token.endsWith('ing') ? 3 : 0;
  if (cut === 0) return token;
  const stem = token.slice(0, -cut);
  // natural: an empty result is no result, and a stem without a vowel group keeps the ending.
  if (stem === '' || !categorizeGroups(stem).includes('V')) return token;
  let result = stem;
  for (const [suffix, by] of STEP_1B) result = replaced(result, suffix, by) || result;
  if (result !== stem) return result;
  const lastChar = stem.charAt(stem.length - 1);
  if (endsWithDoubleConsonant(stem) && lastChar !== 'l' && lastChar !== 's' && lastChar !== 'z') return stem.slice(0, -1);
  if (measure(stem) === 1 && categorizeChars(stem).substr(-3) === 'CVC' && lastChar !== 'w' && lastChar !== 'x' && lastChar !== 'y') return `${stem}e`;
  return stem;
}

const STEP_1B: readonly (readonly [string, string])[] = [
  ['at', 'ate'],
  ['bl', 'ble'],
  ['iz', 'ize'],
];

function step1c(token: string): string {
  if (!token.endsWith('y')) return token;
  const groups = categorizeGroups(token);
  return groups.slice(0, groups.length - 1).includes('V') ? `${token.slice(0, -1)}i` : token;
}

const STEP_2: readonly (readonly [string, string])[] = [
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
];

const STEP_3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

// Longest first: natural's /^(.+?)(al|ance|…)$/ takes the shortest stem, i.e. the longest suffix.
const STEP_4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'].sort(
  (a, b) => b.length - a.length,
);

function step4(token: string): string {
  // natural's /^(.+?)(…)$/: the stem before any suffix would hold the line break.
  if (LINE_BREAK.test(token)) return token;
  for (const suffix of STEP_4) {
    // At least one character before the suffix (natural's `.+?`).
    if (token.length > suffix.length && token.endsWith(suffix)) {
      const stem = token.slice(0, token.length - suffix.length);
      if (measure(stem) > 1) return stem;
      break;
    }
  }
  if (token.length > 4 && (token.endsWith('sion') || token.endsWith('tion'))) {
    const stem = token.slice(0, -3);
    if (measure(stem) > 1) return stem;
  }
  return token;
}

function step5a(token: string): string {
  const m = measure(token.endsWith('e') ? token.slice(0, -1) : token);
  const n = token.length;
  const before = n >= 2 ? token.charAt(n - 2) : '';
  // natural's /[^wxy].$/
  const cvc =
    categorizeChars(token).substr(-4, 3) === 'CVC' && n >= 2 && before !== 'w' && before !== 'x' && before !== 'y' && !LINE_BREAK.test(token.charAt(n - 1));
  if (m > 1 || (m === 1 && !cvc)) return token.endsWith('e') ? token.slice(0, -1) : token;
  return token;
}

function step5b(token: string): string {
  return measure(token) > 1 && token.endsWith('ll') ? token.slice(0, -1) : token;
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
