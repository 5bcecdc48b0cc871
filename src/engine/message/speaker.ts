import { STOPWORDS } from '../analysis/stopwords.js';

/**
 * Questions for what someone said ("what did the Kremlin say about it", "hva svarte Kreml på
 * anklagene", "har Kreml kommentert saken"): an entry answers them only if it reports that
 * speaker. An entry on the topic that quotes someone else is the nearest thing, not the answer.
 */
const SAID = new Set(['say', 'said', 'respond', 'responded', 'reply', 'replied', 'answer', 'answered', 'comment', 'commented', 'react', 'reacted']);
const SAYS_NB = new Set(['sa', 'sier', 'svarte', 'svarer', 'sagt', 'uttalte']);
const ASKS = new Set(['what', 'how', 'hva', 'kva', 'ka', 'hvordan', 'korleis', 'åssen']);
const HAS = new Set(['has', 'have', 'har']);
const DOES = new Set(['did', 'does', 'do']);
const SAY = new Set(['say', 'respond', 'reply', 'answer', 'comment', 'react']);
const COMMENTED_NB = new Set(['kommentert', 'svart', 'reagert', 'uttalt', 'sagt']);
// Nynorsk and Bokmål prepositions that end the speaker: "hva sa Kreml om …".
const ENDS_NB = new Set(['om', 'på', 'til', 'i', 'etter', 'da']);
const LONGEST = 4;
// Who a question may name without asking for a quoted speaker: the article, or someone already meant.
// prettier-ignore
const NOT_SPEAKERS = new Set([
  'article', 'artikkelen', 'artikkel', 'saken', 'teksten', 'text', 'story', 'piece', 'report', 'news', 'nyheten', 'reportasjen', 'tv', '2', 'tv2', 'he', 'she', 'han', 'hun', 'ho', 'dei', 'dem',
  'himself', 'themselves', 'selv', 'sjøl', 'sjølv', 'actually', 'egentlig', 'really', 'exactly', 'even', 'just', 'officially',
  'govt', 'government', 'officials', 'authorities', 'regjeringen', 'myndighetene', 'myndigheitene', 'styresmaktene',
]);
// "artikelen", "the articel": the article however it is typed.
const ARTICLE = /^(?:artik|articl|artic)/u;

/** The content words naming whoever a question asks the words of, or undefined when it asks none. */
export function askedSpeaker(tokens: readonly string[]): string[] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let span: readonly string[] | undefined;
    if ((ASKS.has(t) || HAS.has(t)) && tokens[i + 1] !== undefined) {
      // "what did X say", "what does X say", "has X commented"
      const from = ASKS.has(t) && DOES.has(tokens[i + 1]!) ? i + 2 : HAS.has(t) ? i + 1 : -1;
      // After "does" the verb is in the present: "what does this mean and who said it" asks no one's words.
      const saying = tokens[i + 1] === 'did' || HAS.has(t) ? SAID : SAY;
      if (from > 0)
        for (let j = from; j < Math.min(tokens.length, from + LONGEST + 1); j++)
          if (saying.has(tokens[j]!) || (saying === SAID && COMMENTED_NB.has(tokens[j]!))) span = tokens.slice(from, j);
      // "hva sa X om", "hvordan reagerte X"
      if (span === undefined && ASKS.has(t) && (SAYS_NB.has(tokens[i + 1]!) || tokens[i + 1] === 'reagerte')) {
        let j = i + 2;
        while (j < tokens.length && j < i + 2 + LONGEST && !ENDS_NB.has(tokens[j]!)) j++;
        span = tokens.slice(i + 2, j);
      }
    }
    const named = span?.filter((w) => !STOPWORDS.has(w) && !NOT_SPEAKERS.has(w) && !ASKS.has(w) && !ARTICLE.test(w));
    if (named && named.length > 0) return named;
  }
  return undefined;
}

// A government speaks through its offices: the US through the White House and its officials.
// prettier-ignore
const SPEAKS_FOR = new Map<string, readonly string[]>(
  ['us', 'usa', 'america', 'amerika', 'washington', 'american', 'americans', 'amerikanerne', 'amerikanske', 'amerikanarane'].map((w) => [w, ['white house', 'hvite hus', 'kirby']]),
);

/**
 * Whether a text reports a speaker: one of its words is in the text, or a word the lexicon holds
 * the same as one (`sameAs`: "US" and "Washington").
 */
export function reportsSpeaker(text: string, speaker: readonly string[], sameAs: (word: string) => readonly string[]): boolean {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return speaker.some((word) => [word, ...sameAs(word), ...(SPEAKS_FOR.get(word) ?? [])].some((form) => lower.includes(` ${form} `)));
}
