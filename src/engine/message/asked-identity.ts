import { STOPWORDS } from '../analysis/stopwords.js';

/**
 * "What is KCNA?", "hva er AFP for noe?": what someone or something named is. A text that only names it ("photos from KCNA
 * via AFP") does not say; one that describes it does ("the think tank 38 North", "KCNA, North Korea's news agency").
 */
// prettier-ignore
// Not "who is": a person credited ("graphics by Truls Aagedal/TV 2") is said enough of to answer it.
const OPENING = [['what', 'is'], ['what', 's'], ['whats'], ['hva', 'er'], ['kva', 'er'], ['ka', 'e'], ['hva', 'e']];
// Said around the name: "what is KCNA anyway", "hva er egentlig KCNA for noe".
// prettier-ignore
const AROUND = new Set(['anyway', 'exactly', 'actually', 'egentlig', 'eigentleg', 'for', 'noe', 'noko', 'nå', 'then', 'da', 'again', 'igjen']);
// A name of one or two words (an indefinite article asks a definition: see asked-detail.ts).
const MOST_NAME_WORDS = 2;
// Before a name in a text, these only name it ("from KCNA", "via AFP", "and KCNA").
// prettier-ignore
const NAMING_ONLY = new Set(['from', 'via', 'by', 'of', 'and', 'to', 'fra', 'frå', 'av', 'og', 'til', 'with', 'med', 'photo', 'photos', 'bilder', 'bilete']);

/** The name a question asks what it is ("what is KCNA" -> ["kcna"]), or undefined. */
export function askedIdentity(tokens: readonly string[]): string[] | undefined {
  const opening = OPENING.find((o) => o.every((w, i) => tokens[i] === w));
  if (!opening) return undefined;
  const name = tokens.slice(opening.length).filter((t) => !AROUND.has(t));
  return name.length > 0 && name.length <= MOST_NAME_WORDS && !name.some((t) => STOPWORDS.has(t)) ? name : undefined;
}

/**
 * Whether a text only names a name, never describing it where it stands: no word before it but a preposition, no
 * apposition or "is" after it. False when the text does not name it as asked (a misspelt or other form: no judging).
 */
export function onlyNames(text: string, name: readonly string[]): boolean {
  const words = text.split(/\s+/u);
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''));
  let named = false;
  for (let i = 0; i + name.length <= words.length; i++) {
    if (!name.every((n, k) => lower[i + k] === n)) continue;
    named = true;
    const before = lower[i - 1] ?? '';
    if (before !== '' && !NAMING_ONLY.has(before) && !STOPWORDS.has(before) && /^\p{Ll}/u.test(words[i - 1]!)) return false;
    if (/,$/u.test(words[i + name.length - 1]!) || /^(?:is|er|was|var)$/u.test(lower[i + name.length] ?? '')) return false;
  }
  return named;
}
