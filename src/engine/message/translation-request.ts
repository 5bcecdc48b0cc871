import { STOPWORDS } from '../analysis/stopwords.js';

// Languages the article is not written in: it gives no word of them.
// prettier-ignore
const FOREIGN = new Set([
  'korean', 'koreansk', 'russian', 'russisk', 'chinese', 'kinesisk', 'japanese', 'japansk', 'german', 'tysk', 'spanish', 'spansk',
  'french', 'fransk', 'ukrainian', 'ukrainsk', 'swedish', 'svensk', 'danish', 'dansk', 'arabic', 'arabisk',
]);
// How a word is asked for in another language: "what is … called in", "hva heter … på", "translate … into".
// prettier-ignore
const NAMING = new Set(['called', 'translate', 'translated', 'heter', 'heiter', 'oversett', 'oversette', 'oversetter', 'oversatt']);
// Saying or writing it, by the asker or anyone ("how do you say", "how to spell", "hvordan sier man"), not what someone
// said in a language ("what did Russia say in Russian media").
const SAYING = new Set(['say', 'spell', 'write', 'sier', 'seier', 'skriver', 'staver']);
// The tokenizer drops a lone "I": "how do I say" reads "how do say".
// prettier-ignore
const ANYONE = new Set(['you', 'u', 'we', 'one', 'to', 'do', 'would', 'can', 'could', 'du', 'man', 'jeg', 'eg', 'æ', 'vi', 'me', 'en', 'ein']);
const INTO = new Set(['in', 'into', 'på', 'til']);
/** At most this many words of what is to be said between the verb and the language. */
const BETWEEN = 4;

/**
 * Whether a message asks how something is said in a language the article is not written in ("how do
 * you say thank you in korean", "hvordan sier man tog på koreansk"): whatever entry or greeting its
 * words match, the article does not answer it.
 */
export function asksTranslation(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!NAMING.has(tokens[i]!) && !(SAYING.has(tokens[i]!) && (ANYONE.has(tokens[i - 1] ?? '') || ANYONE.has(tokens[i + 1] ?? '')))) continue;
    const last = Math.min(tokens.length - 2, i + 1 + BETWEEN);
    for (let j = i + 1; j <= last; j++) if (INTO.has(tokens[j]!) && FOREIGN.has(tokens[j + 1]!) && !namesAThing(tokens[j + 2])) return true;
  }
  return false;
}

/** A word after the language that makes it an adjective ("på russisk side", "in Russian media"): not a stop word. */
function namesAThing(next: string | undefined): boolean {
  return next !== undefined && !STOPWORDS.has(next);
}
