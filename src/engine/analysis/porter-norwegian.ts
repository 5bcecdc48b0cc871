/**
 * natural's PorterStemmerNo (natural/lib/natural/stemmers/porter_stemmer_no.js, v8) step for step,
 * quirks included (R1 is the run of "word" characters after the first vowel and consonant, which
 * for "abc-def" is not the end of the word), with string tests instead of regular expressions
 * built per call: the same stems (test/engine/analysis/porter.test.ts), several times faster.
 */

const VOWELS = 'aeiouyæåø';
// natural's [A-Za-z0-9_æøåÆØÅäÄöÖüÜ]: what R1 may be made of.
const R1_LETTERS = /[A-Za-z0-9_æøåÆØÅäÄöÖüÜ]/;

function isVowel(c: string): boolean {
  return c !== '' && VOWELS.includes(c);
}

function isR1Letter(c: string): boolean {
  const code = c.charCodeAt(0);
  // a–z, the common case, without a regular expression.
  return code >= 97 && code <= 122 ? true : c !== '' && R1_LETTERS.test(c);
}

/** natural's getR1: the word after its first vowel and the consonant after it (at least from its fourth letter); null if none. */
function r1Of(token: string): string | null {
  for (let i = 0; i + 2 < token.length; i++) {
    if (!isVowel(token.charAt(i)) || isVowel(token.charAt(i + 1)) || !isR1Letter(token.charAt(i + 2))) continue;
    if (i === 0) return token.slice(3);
    let end = i + 3;
    while (end < token.length && isR1Letter(token.charAt(end))) end++;
    return token.slice(i + 2, end);
  }
  return null;
}

/** The longest of `suffixes` that `r1` ends with (natural's /(a|e|…)$/), or undefined. */
function longestSuffix(r1: string, suffixes: readonly string[]): string | undefined {
  let longest: string | undefined;
  for (const suffix of suffixes) if (r1.endsWith(suffix) && (longest === undefined || suffix.length > longest.length)) longest = suffix;
  return longest;
}

/** natural's token.replace(new RegExp(suffix + '$'), replacement). */
function replaceEnd(token: string, suffix: string, replacement = ''): string {
  return token.endsWith(suffix) ? token.slice(0, token.length - suffix.length) + replacement : token;
}

const STEP_1A = [
  'a',
  'e',
  'ede',
  'ande',
  'ende',
  'ane',
  'ene',
  'hetene',
  'en',
  'heten',
  'ar',
  'er',
  'heter',
  'as',
  'es',
  'edes',
  'endes',
  'enes',
  'hetenes',
  'ens',
  'hetens',
  'ers',
  'ets',
  'et',
  'het',
  'ast',
];
const STEP_1B_BEFORE_S = 'bcdfghjlmnoprtvyz';
const STEP_3 = ['leg', 'eleg', 'ig', 'eig', 'lig', 'elig', 'els', 'lov', 'elov', 'slov', 'hetslov'];

function step1a(token: string): string {
  const r1 = r1Of(token);
  if (!r1) return token;
  const suffix = longestSuffix(r1, STEP_1A);
  return suffix === undefined ? token : replaceEnd(token, suffix);
}

function step1b(token: string): string {
  if (!r1Of(token)) return token;
  const n = token.length;
  if (n >= 2 && token.charAt(n - 1) === 's') {
    const before = token.charAt(n - 2);
    if (STEP_1B_BEFORE_S.includes(before)) return token.slice(0, -1);
    if (before === 'k' && n >= 3 && !isVowel(token.charAt(n - 3))) return token.slice(0, -1);
  }
  return token;
}

function step1c(token: string): string {
  const r1 = r1Of(token);
  if (!r1) return token;
  if (!r1.endsWith('ert') && !r1.endsWith('erte')) return token;
  // natural replaces /(erte|ert)$/ in the whole word (R1 may end before it does).
  return token.endsWith('erte') ? replaceEnd(token, 'erte', 'er') : replaceEnd(token, 'ert', 'er');
}

/** natural's step 1: the shortest of steps 1a, 1b and 1c, each on the word as it came. */
function step1(token: string): string {
  const a = step1a(token);
  const b = step1b(token);
  const c = step1c(token);
  if (a.length < b.length) return a.length < c.length ? a : c;
  return b.length < c.length ? b : c;
}

function step2(token: string): string {
  const r1 = r1Of(token);
  return r1 && (r1.endsWith('dt') || r1.endsWith('vt')) ? token.slice(0, -1) : token;
}

function step3(token: string): string {
  const r1 = r1Of(token);
  if (!r1) return token;
  const suffix = longestSuffix(r1, STEP_3);
  return suffix === undefined ? token : replaceEnd(token, suffix);
}

/** The stem natural's PorterStemmerNo.stem gives. */
export function porterStemNorwegian(word: string): string {
  return step3(step2(step1(word.toLowerCase())));
}
