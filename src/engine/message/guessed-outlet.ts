import type { Lang } from '../../kb/languages.js';
import { STOPWORDS } from '../analysis/stopwords.js';

/**
 * "This is an NRK article, isn't it?", "er dette en NRK-sak?", "this was from the BBC right?": the outlet of the article
 * guessed, nothing else asked. The knowledge base knows no other outlet, so the guess leaves the question unknown; the
 * entry on the article itself (who published it, when) is the correction. A report put to be checked ("NRK skrev at …,
 * stemmer det?") or a question about an outlet ("is TV 2 a broadcaster like NRK?") asks more, and is not this.
 */
// prettier-ignore
const OUTLETS = new Set([
  'nrk', 'bbc', 'cnn', 'vg', 'aftenposten', 'dagbladet', 'nettavisen', 'dagsavisen', 'dn', 'reuters', 'ap', 'afp', 'nyt', 'guardian', 'fox',
  'aljazeera', 'abc', 'nbc', 'cbs', 'sky', 'yonhap', 'tass', 'rt',
]);
// prettier-ignore
const ARTICLE = new Set([
  'article', 'articles', 'piece', 'story', 'report', 'news', 'this', 'it', 'artikkel', 'artikkelen', 'sak', 'saken', 'saka', 'dette', 'den', 'denne',
  'reportasje', 'reportasjen',
]);
// What the guess may say besides: that it was published, when, and a tag asking whether it is so.
// prettier-ignore
const BESIDE = new Set([
  'published', 'publisert', 'from', 'fra', 'frå', 'by', 'av', 'right', 'correct', 'isnt', 'wasnt', 'not', 'ikke', 'ikkje', 'sant', 'vel', 'eller',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'januar', 'februar',
  'mars', 'mai', 'juni', 'juli', 'oktober', 'desember', 'originally', 'opprinnelig',
]);
const YEAR = /^(?:19|20)\d\d$/u;

/** Whether a message (its lower-cased tokens) only guesses the article's outlet. */
export function guessesOutlet(tokens: readonly string[]): boolean {
  return tokens.some((t) => OUTLETS.has(t)) && tokens.every((t) => OUTLETS.has(t) || STOPWORDS.has(t) || ARTICLE.has(t) || BESIDE.has(t) || YEAR.test(t));
}

/** What a guessed outlet asks, as the knowledge base's questions put it: who published the article. */
export const WHO_PUBLISHED: Record<Lang, readonly string[]> = { en: ['who', 'published', 'the', 'article'], nb: ['hvem', 'publiserte', 'saken'] };
