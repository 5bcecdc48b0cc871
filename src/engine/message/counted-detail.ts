import { BoundedMemo } from './bounded-memo.js';
import { EXACT_QUANTITY, NAME_NUMBER, QUANTITY, QUANTITY_TALK, YEAR_OR_CLOCK } from './offered-details.js';
import { sameWord } from './word-forms.js';

/**
 * Questions counting things ("how many horses"): which things they count, and whether an entry's texts count them,
 * only name them, or say how many is not known.
 */
// "How many X": the things counted. Not "how much" (an amount of something uncountable).
const COUNT_WORDS = new Set(['many', 'mange', 'antall', 'antallet', 'number']);
// And words sorting what is counted, not naming it: "how many individual images", "hvor mange ulike bilder".
// prettier-ignore
const COUNTED_SKIP = new Set([
  'of', 'the', 'av', 'de', 'dei', 'those', 'these', 'them', 'dem', 'dæm', 'exactly', 'nøyaktig', 'total', 'individual', 'separate', 'different',
  'distinct', 'single', 'ulike', 'forskjellige', 'enkelte', 'separate',
]);
const COUNT_SPAN = 3;
// An entry saying how many is not known speaks to a question counting ("they would not say how many shells"); one saying
// that something else is not known ("impossible to determine what the train carries") does not.
const UNKNOWN_TALK = new RegExp(QUANTITY_TALK, 'iu');

/** The word for the things a question counts ("how many horses" -> "horses"), if it counts any. */
export function countedThing(tokens: readonly string[]): string | undefined {
  return countedWords(tokens)[0];
}

/**
 * The words for the things a question counts: the first, and the one after it, which may be the
 * word the count belongs to ("how many satellite images" counts images).
 */
export function countedWords(tokens: readonly string[]): string[] {
  for (let i = 0; i < tokens.length; i++) {
    if (!COUNT_WORDS.has(tokens[i]!)) continue;
    let j = i + 1;
    while (j < tokens.length && COUNTED_SKIP.has(tokens[j]!)) j++;
    const [first, next] = [tokens[j], tokens[j + 1]];
    // Typed as a search ("kim horses how many bought"): the thing stands before the count, what was done to it after.
    if (first !== undefined && COUNTED_BY.has(first)) return thingBefore(tokens, HOW.has(tokens[i - 1] ?? '') ? i - 1 : i);
    if (first === undefined || /\d/.test(first)) return [];
    return next === undefined || /\d/.test(next) ? [first] : [first, next];
  }
  return [];
}

const HOW = new Set(['how', 'hvor', 'kor', 'ko', 'hvo']);
// What is done to what is counted, said right after the count in a search ("how many bought", "hvor mange solgt").
// prettier-ignore
const COUNTED_BY = new Set(['bought', 'sold', 'sent', 'shipped', 'delivered', 'seen', 'taken', 'fired', 'launched', 'spotted', 'used',
  'kjøpt', 'solgt', 'sendt', 'levert', 'sett', 'tatt', 'skutt', 'avfyrt', 'brukt']);

/** The word just before `at` (the count), when it may be the thing counted: a word of letters, no count word itself. */
function thingBefore(tokens: readonly string[], at: number): string[] {
  const before = tokens[at - 1];
  return before !== undefined && /^\p{L}+$/u.test(before) && !COUNT_WORDS.has(before) ? [before] : [];
}

/**
 * Whether the texts (an answer in both languages) speak of these things without counting them: "thousands of dollars on
 * horses" names horses but gives no number of them, so it does not answer "how many horses". A
 * text that counts them ("three wagons", "fire av bildene"), never names them (the question may
 * use another word), or says how many is not known, may answer.
 */
export function leavesUncounted(texts: readonly string[], thing: string): boolean {
  return countOf(texts, thing) === 'uncounted';
}

/**
 * Whether the texts name a kind of thing (`thing` then one of `nexts`: "intercontinental missiles") without counting it:
 * a count of the things at large ("several dozen ballistic missiles") is then not a count of that kind.
 */
export function leavesKindUncounted(texts: readonly string[], thing: string, nexts: readonly string[]): boolean {
  for (const text of texts) {
    const { words } = countingWordsOf(text);
    for (let i = 0; i + 1 < words.length; i++) {
      if (!sameWord(words[i]!, thing) || !nexts.some((n) => sameWord(words[i + 1]!, n))) continue;
      let counted = false;
      for (let k = Math.max(0, i - COUNT_SPAN); k < i; k++) if (EXACT_QUANTITY.test(words[k]!) || QUANTITY.test(words[k]!)) counted = true;
      if (!counted) return true;
    }
  }
  return false;
}

/** Whether the texts name these things at all, counted or not, or say how many is not known. */
export function speaksOf(texts: readonly string[], thing: string): boolean {
  return countOf(texts, thing) !== 'unnamed';
}

/** Whether the texts say how many is not known ("it would not say how large the quantities were"). */
export function saysCountUnknown(texts: readonly string[]): boolean {
  return texts.some((text) => countingWordsOf(text).unknown);
}

// "Did the White House say how many", "vet vi hvor mange": whether a number was given, which a text saying it was not
// answers; "how many shells" asks the number itself, which it does not give.
// prettier-ignore
const TOLD = new Set([
  'say', 'said', 'says', 'tell', 'told', 'know', 'known', 'knows', 'disclose', 'disclosed', 'reveal', 'revealed', 'give', 'gave', 'given',
  'mention', 'mentioned', 'specify', 'specified', 'sa', 'si', 'sier', 'seier', 'sagt', 'vet', 'veit', 'visste', 'kjent', 'oppga', 'oppgir',
  'oppgitt', 'opplyste', 'fortalte', 'røpe', 'røpet', 'røpte', 'ga', 'gav', 'gitt', 'nevnte', 'nevnt',
  // "Put a number on it", "release figures", "la fram tall".
  'put', 'state', 'stated', 'release', 'released', 'provide', 'provided', 'publish', 'published', 'share', 'shared', 'la', 'lagt',
  'offentliggjorde', 'offentliggjort', 'nevner', 'opplyser',
]);
// prettier-ignore
const HOW_MANY = new Set([
  'many', 'much', 'mange', 'mye', 'mykje', 'store', 'quantity', 'quantities', 'mengde', 'mengder', 'number', 'numbers', 'tall', 'tallet',
  'antall', 'amount',
]);

// Told to the asker is the asker's own request: "give me a number", "si meg hvor mange".
const ASKER = new Set(['me', 'meg']);

/**
 * Whether a question asks whether a number was given or is known ("oppga Det hvite hus noe om hvor mange", "how many
 * did the White House say were sent"), rather than the number.
 */
export function asksWhetherCountTold(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => TOLD.has(t) && !ASKER.has(tokens[i + 1] ?? '')) && tokens.some((t) => HOW_MANY.has(t));
}

// Said by someone in the story: TOLD without knowing ("do you know how many" asks the bot) and without the Norwegian
// present, which tells what the asker's people say ("broren min sier det har mye å si"). Not asked of the bot ("tell me
// the number") nor of the article.
const NOT_SAID = new Set(['know', 'known', 'knows', 'vet', 'veit', 'visste', 'kjent', 'si', 'sier', 'seier']);
const SAID = new Set([...TOLD].filter((word) => !NOT_SAID.has(word)));
// prettier-ignore
const TO_THE_BOT = new Set(['you', 'u', 'du', 'dere', 'me', 'meg', 'kindly', 'please', 'pls', 'plz', 'article', 'artikkelen', 'saken', 'story', 'bot', 'boten']);
// The Norwegian past that may open such a question: "sa de noe om hvor mange".
const SAID_FIRST = new Set(['sa', 'oppga', 'opplyste', 'nevnte', 'røpet', 'røpte']);
// A sum of money is no count of things: "er det oppgitt hvor mye Russland har betalt".
// prettier-ignore
const MONEY = new Set(['paid', 'pay', 'paying', 'cost', 'costs', 'worth', 'money', 'dollars', 'betalt', 'betalte', 'betaler', 'kostet', 'koster', 'verdt', 'penger', 'kroner', 'dollar']);
// "Sa de noe om hvor mange": at most this many words from the saying to the count.
const SAID_TO_COUNT = 6;

/**
 * Whether a question asks whether someone in the story said how many ("did the Americans say how many shells", "sa de
 * noe om hvor mange granater det var"): the saying first, by someone other than the bot or the article. Not "how many
 * did the Pentagon say were sent", which asks the number.
 */
export function asksWhetherSomeoneToldCount(tokens: readonly string[]): boolean {
  const count = tokens.findIndex((t) => HOW_MANY.has(t));
  if (count < 0 || tokens.some((t) => MONEY.has(t))) return false;
  for (let v = Math.max(0, count - SAID_TO_COUNT); v < count; v++) {
    // First, only the Norwegian past opening a question ("sa de noe om"): "tell the number" asks the bot.
    if (v === 0 && !SAID_FIRST.has(tokens[0]!)) continue;
    if (SAID.has(tokens[v]!) && !tokens.slice(0, v).some((t) => TO_THE_BOT.has(t))) return true;
  }
  return false;
}

const YEAR = /^(?:19|20)\d\d$/u;

/**
 * Whether every year a question names ("how many missiles in 2017", "which month in 2017") stands in the texts only as the
 * point since when ("its first launch of intercontinental missiles since 2017", "siden 2017"): their counts and dates are
 * another year's.
 */
export function namesAskedYearOnlySince(texts: readonly string[], tokens: readonly string[]): boolean {
  const years = tokens.filter((t) => YEAR.test(t));
  if (years.length === 0) return false;
  const text = texts.join('\n');
  return years.every((year) => {
    const named = text.match(new RegExp(`(?<!\\d)${year}(?!\\d)`, 'g'))?.length ?? 0;
    return named > 0 && named === (text.match(new RegExp(`(?<!\\p{L})(?:since|siden|sidan) ${year}(?!\\d)`, 'giu'))?.length ?? 0);
  });
}

/** Whether the texts give a number of these things ("Four of the images"). */
export function counts(texts: readonly string[], thing: string): boolean {
  return countOf(texts, thing) === 'counted';
}

// "The only link", "den eneste forbindelsen": one, counted.
const ONLY_ONE = new Set(['only', 'single', 'sole', 'eneste', 'einaste', 'ene']);

/** Whether a text says a number is not known, and its words without years, clock times and names' numbers (see countOf). */
interface CountingWords {
  readonly unknown: boolean;
  readonly words: readonly string[];
  readonly norwegian: boolean;
}

// Answer texts: a few per entry (see BoundedMemo).
const countingWords = new BoundedMemo<CountingWords>(4_096);
// Function words no English text uses: the text is Norwegian (an entry's answers come in both languages).
const NORWEGIAN_TEXT = /(?<!\p{L})(?:og|er|det|som|ikke|av|på|med|har|ble)(?!\p{L})/iu;

/** The text as countOf reads it, worked out once per text (answer texts are asked about again and again). */
export function countingWordsOf(text: string): CountingWords {
  const known = countingWords.get(text);
  if (known !== undefined) return known;
  const words =
    text
      .replace(YEAR_OR_CLOCK, ' ')
      .replace(NAME_NUMBER, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return countingWords.set(text, { unknown: UNKNOWN_TALK.test(text), words, norwegian: NORWEGIAN_TEXT.test(text) });
}

/**
 * Whether the texts may correct a count the asker guesses ("was it ten wagons?"): they count those things. A text
 * that never names them, or says something else is not known ("impossible to determine what the train carries"),
 * corrects no count of wagons.
 */
export function mayCorrectCount(texts: readonly string[], thing: string): boolean {
  return countOf(texts, thing, false) === 'counted';
}

function countOf(texts: readonly string[], thing: string, unknownTalks = true): 'counted' | 'uncounted' | 'unnamed' | 'unknown' {
  let named = false;
  for (const text of texts) {
    const { unknown, words, norwegian } = countingWordsOf(text);
    if (unknownTalks && unknown) return 'unknown';
    for (let i = 0; i < words.length; i++) {
      if (!sameWord(words[i]!, thing)) continue;
      named = true;
      // Norwegian "to" (two), right before the thing ("to dager"); in English it is the preposition.
      if (norwegian && i > 0 && words[i - 1] === 'to') return 'counted';
      // "Three other, smaller wagons or containers": the count before the first of the two counts the second.
      const end = i > 1 && (words[i - 1] === 'or' || words[i - 1] === 'eller') ? i - 2 : i;
      for (let k = Math.max(0, end - COUNT_SPAN); k < end; k++)
        if (EXACT_QUANTITY.test(words[k]!) || QUANTITY.test(words[k]!) || ONLY_ONE.has(words[k]!)) return 'counted';
    }
  }
  return named ? 'uncounted' : 'unnamed';
}
