/**
 * natural's PorterStemmerNo (natural/lib/natural/stemmers/porter_stemmer_no.js, v8) step for step,
 * quirks included (R1 is the run of "word" characters after the first vowel and consonant, which
 * for "abc-def" is not the end of the word), with string tests instead of regular expressions
 * built per call: the same stems (test/engine/analysis/porter.test.ts), several times faster.
 */

/** natural's vowels, aeiouyæåø. */
function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c === 0xe6 || c === 0xe5 || c === 0xf8;
}

// The letters beyond ASCII in natural's [A-Za-z0-9_æøåÆØÅäÄöÖüÜ] (what R1 may be made of).
const R1_NORDIC = new Set(Array.from('æøåÆØÅäÄöÖüÜ', (c) => c.charCodeAt(0)));

/** natural's [A-Za-z0-9_æøåÆØÅäÄöÖüÜ], by character code (no regular expression per character). */
function isR1Letter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || R1_NORDIC.has(c);
}

/** natural's getR1: the word after its first vowel and the consonant after it (at least from its fourth letter); null if none. */
function r1Of(token: string): string | null {
  for (let i = 0; i + 2 < token.length; i++) {
    if (!isVowel(token.charCodeAt(i)) || isVowel(token.charCodeAt(i + 1)) || !isR1Letter(token.charCodeAt(i + 2))) continue;
    if (i === 0) return token.slice(3);
    let end = i + 3;
    while (end < token.length && isR1Letter(token.charCodeAt(end))) end++;
    return token.slice(i + 2, end);
  }
  return null;
}

/** Suffixes by their last character: a word is only tried against those it may end with. */
function byLastChar(suffixes: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const grouped = new Map<number, string[]>();
  for (const suffix of suffixes) {
    const last = suffix.charCodeAt(suffix.length - 1);
    const list = grouped.get(last);
    if (list) list.push(suffix);
    else grouped.set(last, [suffix]);
  }
  return grouped;
}

/** The longest of `suffixes` that `r1` ends with (natural's /(a|e|…)$/), or undefined. */
function longestSuffix(r1: string, suffixes: ReadonlyMap<number, readonly string[]>): string | undefined {
  const candidates = suffixes.get(r1.charCodeAt(r1.length - 1));
  let longest: string | undefined;
  for (let i = 0; candidates !== undefined && i < candidates.length; i++) {
    const suffix = candidates[i]!;
    if (r1.endsWith(suffix) && (longest === undefined || suffix.length > longest.length)) longest = suffix;
  }
  return longest;
}

/** natural's token.replace(new RegExp(suffix + '$'), replacement). */
function replaceEnd(token: string, suffix: string, replacement = ''): string {
  return token.endsWith(suffix) ? token.slice(0, token.length - suffix.length) + replacement : token;
}

const STEP_1A = byLastChar([
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
]);
const STEP_1B_BEFORE_S = 'bcdfghjlmnoprtvyz';
const STEP_3 = byLastChar(['leg', 'eleg', 'ig', 'eig', 'lig', 'elig', 'els', 'lov', 'elov', 'slov', 'hetslov']);

function step1a(token: string, r1: string | null): string {
  if (!r1) return token;
  const suffix = longestSuffix(r1, STEP_1A);
  return suffix === undefined ? token : replaceEnd(token, suffix);
}

function step1b(token: string, r1: string | null): string {
  if (!r1) return token;
  const n = token.length;
  if (n >= 2 && token.charAt(n - 1) === 's') {
    const before = token.charAt(n - 2);
    if (STEP_1B_BEFORE_S.includes(before)) return token.slice(0, -1);
    if (before === 'k' && n >= 3 && !isVowel(token.charCodeAt(n - 3))) return token.slice(0, -1);
  }
  return token;
}

function step1c(token: string, r1: string | null): string {
  if (!r1) return token;
  if (!r1.endsWith('ert') && !r1.endsWith('erte')) return token;
  // natural replaces /(erte|ert)$/ in the whole word (R1 may end before it does).
  return token.endsWith('erte') ? replaceEnd(token, 'erte', 'er') : replaceEnd(token, 'ert', 'er');
}

/** natural's step 1: the shortest of steps 1a, 1b and 1c, each on the word as it came (its R1 found once). */
function step1(token: string): string {
  const r1 = r1Of(token);
  const a = step1a(token, r1);
  const b = step1b(token, r1);
  const c = step1c(token, r1);
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
