import { STOPWORDS } from '../analysis/stopwords.js';

/**
 * A question offering choices ("who took the images, Maxar, Planet Labs or Airbus?", "founded in 1948 or 1950?", "local
 * time or UTC?"): beside a choice the article knows, one it does not know is the asker's guess, not another topic.
 * Without it, the question is the one the article answers, and its entry says which choice is right. Both choices
 * unknown ("did Reuters or AP confirm it") or a bare "or what" offer no choice the article knows.
 */
const OR = new Set(['or', 'eller', 'elle', 'ell', 'elr']);
// prettier-ignore
const ASKING = new Set(['what', 'which', 'who', 'how', 'hva', 'hvem', 'hvilken', 'kva', 'ka', 'kven', 'kem', 'not', 'ikke', 'ikkje', 'nei', 'no', 'nah']);
// How far before "or" a list of choices may reach: "Maxar, Planet Labs or Airbus".
const REACH = 3;

/** The tokens without the unknown choices offered beside a known one, or undefined when there are none. */
export function withoutUnknownChoices(tokens: readonly string[], unknown: readonly string[]): readonly string[] | undefined {
  if (unknown.length === 0) return undefined;
  const isUnknown = (i: number): boolean => i >= 0 && i < tokens.length && unknown.includes(tokens[i]!);
  const isKnown = (i: number): boolean => i >= 0 && i < tokens.length && !isUnknown(i) && !STOPWORDS.has(tokens[i]!) && !ASKING.has(tokens[i]!);
  const guesses = new Set<number>();
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!OR.has(tokens[i]!)) continue;
    if (isUnknown(i + 1) && isKnown(i - 1)) {
      guesses.add(i + 1);
      // The other unknown choices of a list before it ("Maxar, Planet Labs or …").
      for (let j = Math.max(0, i - REACH); j < i - 1; j++) if (isUnknown(j)) guesses.add(j);
    }
    if (isUnknown(i - 1) && isKnown(i + 1)) guesses.add(i - 1);
  }
  if (guesses.size === 0) return undefined;
  const left = tokens.filter((_, i) => !guesses.has(i));
  return left.length > 1 ? left : undefined;
}

// Words beside a choice that are no part of it: "road bridge too or only rail", "by train or by ship".
// prettier-ignore
const BESIDE = new Set(['too', 'also', 'then', 'only', 'just', 'bare', 'berre', 'by', 'med', 'a', 'an', 'the', 'en', 'ei', 'et', 'ein', 'eit', 'også', 'òg', 'da', 'då']);
// Choices that ask for a verdict or an order, not for a thing: "true or false", "before or after", "proven or just suspicion".
// prettier-ignore
const NO_THING = new Set(['true', 'false', 'right', 'wrong', 'correct', 'sant', 'usant', 'riktig', 'feil', 'galt', 'stemmer', 'truth', 'lie', 'lies', 'fake', 'real', 'fact', 'facts', 'fiction', 'myth', 'rumour', 'rumor', 'propaganda', 'sannhet', 'sannheten', 'løgn', 'løgnen', 'falsk', 'ekte', 'fakta', 'myte', 'rykte', 'tull', 'sannheit', 'lygn', 'before', 'after', 'før', 'etter', 'yes', 'ja', 'not', 'ikke', 'ikkje', 'what', 'hva', 'kva', 'ka', 'no', 'nei', 'nah', 'something', 'noe', 'noko', 'else', 'annet', 'anna', 'other', 'others', 'both', 'begge', 'neither', 'either', 'less', 'more', 'mindre', 'mer', 'meir', 'proven', 'proved', 'suspicion', 'suspicions', 'speculation', 'alleged', 'allegation', 'allegations', 'claim', 'claims', 'confirmed', 'unconfirmed', 'rumours', 'rumors', 'guesswork', 'talk', 'bevist', 'mistanke', 'mistanker', 'spekulasjon', 'spekulasjoner', 'påstand', 'påstander', 'bekreftet', 'stadfesta', 'rykter', 'prat', 'gjetting',
  // The same in Nynorsk and speech: "e det bekrefta elle bare synsing?".
  'bekrefta', 'ubekrefta', 'ubekreftet', 'synsing', 'gjetning', 'gjetningar', 'antakelse', 'antaking', 'spekulasjonar', 'påstandar', 'guess',
  'guesses', 'guessing',
  // "Evidence, or just words?": a verdict asked.
  'ord', 'words', 'word', 'snakk']);

// "…, the Pentagon or State?": a comma one or two words before the "or" that ends the question.
const LISTED = /,\s*(?:[\p{L}\p{N}-]+\s+){1,2}(?:or|eller|elle|ell|elr)\s+(?:[\p{L}\p{N}-]+\s*){1,2}\W*$/iu;

/**
 * The two words offered as choices at the end of a question ("is the bridge road or rail only?", "diesellok eller ellok?"):
 * the word before "or" and the one word after it that ends the question. Undefined when there are none such.
 */
export function offeredChoices(tokens: readonly string[], text: string): [string, string] | undefined {
  // A list of three or more ("the White House, the Pentagon or State?") may name the right one before the last two.
  if (LISTED.test(text)) return undefined;
  let end = tokens.length - 1;
  while (end > 0 && BESIDE.has(tokens[end]!)) end--;
  let or = end - 1;
  while (or > 0 && BESIDE.has(tokens[or]!)) or--;
  if (or < 1 || !OR.has(tokens[or]!)) return undefined;
  let before = or - 1;
  while (before > 0 && BESIDE.has(tokens[before]!)) before--;
  // "Is the friendship bridge a road bridge too or only rail": the word said before is the thing, the one before it the choice.
  if (before > 1 && tokens.indexOf(tokens[before]!) < before) before--;
  const choices: [string, string] = [tokens[before]!, tokens[end]!];
  return choices.every((c) => !STOPWORDS.has(c) && !ASKING.has(c) && !NO_THING.has(c) && !/\d/.test(c)) ? choices : undefined;
}

// What follows "or" without offering another option: "or not", "eller hva", "or something".
// prettier-ignore
const NO_OPTION = new Set([
  'not', 'no', 'nah', 'what', 'something', 'anything', 'else', 'so', 'ikke', 'ikkje', 'hva', 'kva', 'ka', 'noe', 'noko', 'annet', 'anna', 'nei', 'så',
]);
// What opens a second question rather than an option: "… or is that just a claim?", "eller kjøpte de dem?", "or just guesses".
// prettier-ignore
const CLAUSE = new Set([
  'is', 'are', 'was', 'were', 'did', 'does', 'do', 'has', 'have', 'had', 'can', 'could', 'would', 'will', 'just', 'only',
  'er', 'e', 'var', 'va', 'har', 'hadde', 'kan', 'kunne', 'vil', 'ville', 'ble', 'blir', 'vart', 'bare', 'berre',
]);
// The little words that may open an option: "or from China", "eller i Seoul", "or a rail bridge".
// prettier-ignore
const OPENS_OPTION = new Set([
  'from', 'in', 'at', 'to', 'on', 'by', 'with', 'the', 'a', 'an', 'fra', 'frå', 'i', 'på', 'til', 'av', 'med', 'en', 'et', 'ei', 'ein', 'eit', 'den', 'det', 'de',
]);
// Content words left without the second choice: the thing asked of and the first choice.
const MIN_LEFT = 2;
const contentWords = (words: readonly string[]): number => words.filter((word) => !STOPWORDS.has(word)).length;
const little = (word: string): boolean => STOPWORDS.has(word) || OPENS_OPTION.has(word);
// "Hva slags lokomotiv, russisk eller nordkoreansk?": the kind asked for is the choice, which an entry naming one of the
// words for something else does not settle.
const KIND = new Set(['slags', 'kind', 'type', 'sort']);
const WHICH = new Set(['what', 'which', 'hva', 'hvad', 'kva', 'ka', 'hvilken', 'hvilket', 'kor']);

/** Whether a question asks which kind of thing something is ("hva slags vogner", "what kind of shells"). */
export function asksKind(tokens: readonly string[]): boolean {
  return tokens.some((word, k) => KIND.has(word) && WHICH.has(tokens[k - 1] ?? ''));
}

// "… hunder, eller var det hester?", "dogs, or was it horses": a choice put as a cleft, read as "dogs or horses".
// Past only: "eller er det nytt" says what it is, an adjective, not another thing.
const CLEFT_BE = new Set(['was', 'var', 'va']);
const CLEFT_IT = new Set(['it', 'that', 'det', 'dette']);

/** Whether a word may open such a choice (see withCleftChoiceRead). */
export function mayOfferChoice(word: string): boolean {
  return OR.has(word);
}

/** The tokens with a choice put as a cleft at the end ("or was it horses") read as the bare choice ("or horses"). */
export function withCleftChoiceRead(tokens: readonly string[]): readonly string[] {
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (!OR.has(tokens[i]!) || !CLEFT_BE.has(tokens[i + 1]!) || !CLEFT_IT.has(tokens[i + 2]!)) continue;
    const rest = tokens.slice(i + 3);
    const things = rest.filter((w) => !STOPWORDS.has(w));
    // One thing named, not a verdict or a kind of talk ("or is it just a claim").
    if (things.length === 1 && !NO_THING.has(things[0]!) && !/\d/.test(things[0]!)) return [...tokens.slice(0, i + 1), ...rest];
  }
  return tokens;
}

/** An either-or question without its second choice (see withoutSecondChoice). */
export interface WithoutSecondChoice {
  /** The question left: up to "or" before a second question, else without the second choice's words. */
  tokens: string[];
  /** The words taken out, "or" aside. */
  second: string[];
  /** The word before "or" and the second choice's word; undefined before a second question ("… or is that just a claim?"). */
  choices?: [string, string];
  /** With choices, the question without the first choice and its "or" ("is Kim into dogs or horses" as "is Kim into horses"). */
  withoutFirst?: string[];
}

/**
 * An either-or question with its second choice taken out ("is Kim into horses or dogs?" as "is Kim into horses", "did a
 * train cross, or is that just a claim?" as "did a train cross"), when a content word stands just before "or": what is
 * left asks of the first. Undefined when the question offers no such choice, or asks which kind of thing it is.
 */
export function withoutSecondChoice(tokens: readonly string[]): WithoutSecondChoice | undefined {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!OR.has(tokens[i]!) || NO_OPTION.has(tokens[i + 1]!)) continue;
    // A second question whose first leaves too little to ask ("is it proven, or just a suspicion that …") offers no choice.
    // The first may end in a little word: "går det tog der, eller er dette nytt?".
    if (CLAUSE.has(tokens[i + 1]!)) {
      if (asksKind(tokens)) return undefined;
      return contentWords(tokens.slice(0, i)) < MIN_LEFT ? undefined : { tokens: tokens.slice(0, i), second: tokens.slice(i + 1) };
    }
    if (STOPWORDS.has(tokens[i - 1]!)) continue;
    if (asksKind(tokens)) return undefined;
    // The choice is its first content word, with the little words before it: "or from China", "eller i Seoul".
    let end = i + 1;
    while (end < tokens.length - 1 && little(tokens[end]!)) end++;
    if (little(tokens[end]!)) return undefined;
    const left = [...tokens.slice(0, i), ...tokens.slice(end + 1)];
    // At least a thing and its choice left: "is Kirby or a Republican" (a guess already taken out) offers no choice.
    if (contentWords(left) < MIN_LEFT) return undefined;
    const withoutFirst = [...tokens.slice(0, i - 1), ...tokens.slice(i + 1)];
    return { tokens: left, second: tokens.slice(i + 1, end + 1), choices: [tokens[i - 1]!, tokens[end]!], withoutFirst };
  }
  return undefined;
}

// prettier-ignore
const AS_WELL = new Set(['also', 'too', 'aswell', 'også', 'og', 'òg', 'au', 'heller', 'óg']);

/** Whether a question asks of someone or something as well ("or is Iran also sending weapons?", "har Kina også bekreftet det?"). */
export function asksAsWell(tokens: readonly string[]): boolean {
  return tokens.some((word, i) => AS_WELL.has(word) || (word === 'as' && tokens[i + 1] === 'well'));
}
