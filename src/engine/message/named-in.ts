import { STOPWORDS } from '../analysis/stopwords.js';
import { stem } from '../analysis/stem.js';
import type { Lang } from '../../kb/languages.js';

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[.!?:;«»“”"]/gu;
const SENTENCE_END = /^[.!?:;]$/;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether a text gives the name of something a question asks the name of: a word of the question
 * that the text uses as a common noun beside a capitalised word the question does not say
 * ("Khasan station", the “Friendship Bridge”). A capitalised word the question already says
 * ("Soviet officials" for "the names of the soviet officials") names nothing new, nor does a word
 * that opens a sentence, nor a name beside another name ("Kim Jong-un"); a text saying "the text names no journalist" names none.
 */
export function namesAsked(text: string, question: readonly string[], lang: Lang): boolean {
  const asked = new Set<string>();
  for (const t of question) if (!STOPWORDS.has(t) && !/\p{N}/u.test(t)) asked.add(stem(t, lang));
  const said = new Set(question);
  const words = text.match(WORD) ?? [];
  const isNameWord = (i: number): boolean => {
    const w = words[i];
    if (
      w === undefined ||
      !CAPITALISED.test(w) ||
      w
        .toLowerCase()
        .split('-')
        .every((part) => said.has(part))
    )
      return false;
    const before = words[i - 1];
    return before !== undefined && !SENTENCE_END.test(before);
  };
  // Asked words the text uses in lower case somewhere: common nouns, not names ("Bridge" is, "Kim" is not).
  const common = new Set<string>();
  for (const w of words) if (!CAPITALISED.test(w)) common.add(stem(w, lang));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const key = stem(w.toLowerCase(), lang);
    if (!asked.has(key) || !common.has(key)) continue;
    if (isNameWord(i - 1) || isNameWord(i + 1)) return true;
  }
  return false;
}
