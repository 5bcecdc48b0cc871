import type { Lang } from '../../kb/languages.js';
import { porterStemEnglish } from './porter-english.js';
import { porterStemNorwegian } from './porter-norwegian.js';

const cache = { nb: new Map<string, string>(), en: new Map<string, string>() };
const CACHE_LIMIT = 200_000;
const DIGIT = /\p{N}/u;
// Words the English Porter stemmer cuts to another word's stem: "important" is not "import" ("why is Russia so important
// to North Korea" is no question about importing horses).
const ENGLISH_KEPT = new Map([
  ['important', 'important'],
  ['importance', 'important'],
  ['importantly', 'important'],
  ['unimportant', 'unimportant'],
]);

// "Went" and "gone" read as "go": Porter cuts endings only ("the horse train went which way" asks what "which way did it go"
// asks). Other irregular forms were tried and dropped: read as their verbs, "took", "sold" and "said" moved the training
// questions' index enough to lose more questions than they gained.
const ENGLISH_IRREGULAR = new Map([
  ['went', 'go'],
  ['gone', 'go'],
]);

/**
 * The Porter stem of a word in the language (natural's stemmers' stems, by our own code: see
 * porter-english.ts), memoised (the same words come back all the time).
 */
export function stem(token: string, lang: Lang): string {
  const memo = cache[lang];
  let stemmed = memo.get(token);
  if (stemmed === undefined) {
    // Digits and short tokens stay as they are: "10" or "un" are not words to cut.
    stemmed =
      token.length <= 3 || DIGIT.test(token)
        ? lang === 'en'
          ? shortEnglish(token)
          : token
        : lang === 'nb'
          ? porterStemNorwegian(token)
          : (ENGLISH_KEPT.get(token) ?? porterStemEnglish(ENGLISH_IRREGULAR.get(token) ?? token));
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(token, stemmed);
  }
  return stemmed;
}

// A short word ending in a y after a vowel: Porter makes that y an i in its longer forms ("days" "dai", "buying" "bui").
// Not "say": the speaker rules read its forms themselves, and joined to "says" it drew "what did it say" to entries
// quoting someone.
const VOWEL_Y = /^(?!say$)[a-z]*[aeiou]y$/;

/** A short English word as its longer forms stem: "day" as "days", "buy" as "buying"; any other as it is. */
function shortEnglish(token: string): string {
  return VOWEL_Y.test(token) ? `${token.slice(0, -1)}i` : token;
}
