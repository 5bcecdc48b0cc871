import stemmerNo from 'natural/lib/natural/stemmers/porter_stemmer_no.js';
import stemmerEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Lang } from '../../kb/languages.js';

const cache = { nb: new Map<string, string>(), en: new Map<string, string>() };
const CACHE_LIMIT = 200_000;

/** natural's Porter stemmer for the language, memoised (the same words come back all the time). */
export function stem(token: string, lang: Lang): string {
  const memo = cache[lang];
  let stemmed = memo.get(token);
  if (stemmed === undefined) {
    // Digits and short tokens stay as they are: "10" or "un" are not words to cut.
    stemmed = token.length <= 3 || /\p{N}/u.test(token) ? token : (lang === 'nb' ? stemmerNo : stemmerEn).stem(token);
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(token, stemmed);
  }
  return stemmed;
}
