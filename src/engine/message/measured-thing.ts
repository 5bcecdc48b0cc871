import { STOPWORDS } from '../analysis/stopwords.js';
import { sameWord } from './word-forms.js';

/**
 * What a question asks the length of ("how long is the border", "hvor lang er grensa", "the length of the train"), and
 * whether a text gives the length of that thing: "The Friendship Bridge is 800 metres long" gives a bridge's length,
 * not the border's nor the train's.
 */
const LONG = new Set(['long', 'lang', 'lange']);
const LENGTH = new Set(['length', 'lengde', 'lengden', 'lengda']);
const HOW = new Set(['how', 'hvor', 'kor']);
// prettier-ignore
const UNITS = new Set(['m', 'km', 'metres', 'meters', 'metre', 'meter', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'mil']);
const BE = new Set(['is', 'was', 's', 'are', 'were', 'er', 'e', 'var', 'va', 'æ']);
// Words between the asking words and the thing: "how long is the …", "length of that …", "lengden på denne …".
// prettier-ignore
// "Hvor lang er hele grensen", "how long is the entire border": the whole of the thing.
// prettier-ignore
const BEFORE_THING = new Set([
  'the', 'that', 'this', 'its', 'of', 'den', 'det', 'denne', 'dette', 'på', 'til', 'egentlig', 'egentli', 'actually', 'really', 'whole', 'entire',
  'full', 'hele', 'heile', 'totale',
]);
// What ends the thing's name: a preposition ("the border with Russia", "toget i meter"), filler, or the next question's
// words ("how long & when was it closed").
// prettier-ignore
const ENDS_THING = new Set([
  'with', 'between', 'from', 'to', 'in', 'into', 'over', 'under', 'across', 'med', 'mellom', 'fra', 'frå', 'til', 'te', 'over', 'under',
  'egentlig', 'egentli', 'eigentleg', 'da', 'liksom', 'actually', 'really', 'exactly',
  'when', 'what', 'who', 'where', 'why', 'how', 'which', 'når', 'hva', 'hvem', 'hvor', 'hvorfor', 'kva', 'kven', 'kor', 'og', 'and',
]);
// A thing named in at most this many words ("the NK-Russia bridge"), up to a stop word or preposition.
const THING_WORDS = 3;
// How far from a length's figure the thing it measures may be named: "The “Friendship Bridge” is 800 metres long".
const NEAR_FIGURE = 6;
const NUMBER = /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|hundred|en|ett|to|tre|fire|fem|seks|sju|åtte|ni|ti|hundre)$/;

/** The words naming the thing a question asks the length of, or none (no length asked, or its thing not named). */
export function measuredThings(tokens: readonly string[]): string[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const asked = LENGTH.has(t) || (LONG.has(t) && i > 0 && (HOW.has(tokens[i - 1]!) || UNITS.has(tokens[i - 1]!)));
    if (!asked) continue;
    let j = i + 1;
    if (LONG.has(t)) while (j < tokens.length && BE.has(tokens[j]!)) j++;
    while (j < tokens.length && BEFORE_THING.has(tokens[j]!)) j++;
    const things: string[] = [];
    while (
      j < tokens.length &&
      things.length < THING_WORDS &&
      !ENDS_THING.has(tokens[j]!) &&
      !UNITS.has(tokens[j]!) &&
      !STOPWORDS.has(tokens[j]!) &&
      !NUMBER.test(tokens[j]!)
    )
      things.push(tokens[j++]!);
    // Nothing after it: the thing may stand before the word "length", as short messages put it ("train length?",
    // "togets lengde").
    return things.length === 0 && LENGTH.has(t) ? thingsBefore(tokens, i) : things;
  }
  return [];
}

/**
 * The words naming a thing just before `at` (from the message's start, a stop word or a figure on), in their order. None
 * after a preposition or "and": "the bridge between NK and Russia, length?" measures no Russia.
 */
function thingsBefore(tokens: readonly string[], at: number): string[] {
  const things: string[] = [];
  for (let j = at - 1; j >= 0 && things.length < THING_WORDS; j--) {
    const t = tokens[j]!;
    if (ENDS_THING.has(t)) return [];
    if (UNITS.has(t) || STOPWORDS.has(t) || BE.has(t) || NUMBER.test(t)) break;
    things.unshift(t);
  }
  return things;
}

/**
 * Whether the texts give a length of the thing (any of `things` the lexicon knows, or a word it holds the same, `sameAs`):
 * named near a length's figure. True when they give no length at all, or no thing the lexicon knows is named: other
 * checks decide those.
 */
export function measuresThing(texts: readonly string[], things: readonly string[], sameAs: (word: string) => readonly string[]): boolean {
  // Only things the lexicon knows: a word it does not ("tunnel", a typo of the bridge's name) may well mean what the text measures.
  const known = things.filter((t) => sameAs(t).length > 0);
  if (known.length === 0) return true;
  const forms = known.flatMap((t) => [t, ...sameAs(t)]).filter((f) => !f.includes(' '));
  let figures = false;
  for (const text of texts) {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let k = 1; k < words.length; k++) {
      if (!UNITS.has(words[k]!) || !NUMBER.test(words[k - 1]!)) continue;
      figures = true;
      const near = words.slice(Math.max(0, k - NEAR_FIGURE), k + NEAR_FIGURE);
      if (near.some((w) => forms.some((f) => names(w, f)))) return true;
    }
  }
  return !figures;
}

// A word names a form: the same word, another form of it, or a compound ending in it ("vennskapsbroen", "broen").
function names(word: string, form: string): boolean {
  return word === form || sameWord(word, form) || (form.length >= 3 && word.endsWith(form));
}
