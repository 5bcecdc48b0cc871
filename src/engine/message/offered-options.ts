import { STOPWORDS } from '../analysis/stopwords.js';
import { tokenize } from '../analysis/tokenize.js';

/**
 * A question followed by the answers the asker has in mind ("how many satellite pics show the train, 3, 4 or 5?",
 * "who reported the horse train, vets or customs?", "hva var i toget, våpen eller noe annet?"): the question before them
 * is what is asked, and the entry answering it says which, if any, is right.
 */
export interface OfferedOptions {
  /** The text before the options. */
  question: string;
  /** The options' content words. */
  words: string[];
  /** Whether an option is a figure ("3, 4 or 5"). */
  figures: boolean;
  /** Whether the last option leaves it open ("or something", "eller noe annet"). */
  open: boolean;
}

// After the last comma or dash: a few short options, the last two joined by "or".
// An option is at most three words: "half a km", "en hel film"; not a clause ("did it cross before or after the train").
const OPTION = '[^,?!.\\s]+(?:\\s[^,?!.\\s]+){0,2}';
const OPTIONS = new RegExp(
  `^(?<question>.*?[\\p{L}\\p{N}])\\s*(?:,|\\s[–—-])\\s+(?<options>(?:${OPTION},\\s*)*${OPTION}\\s(?:or|eller|elle|elr)\\s${OPTION})[?!.]*\\s*$`,
  'iu',
);
const OR = new Set(['or', 'eller', 'elle', 'elr']);
// Not "or what": "152mm or what" offers 152mm.
// prettier-ignore
const OPEN = new Set(['something', 'anything', 'else', 'someone', 'somebody', 'whatever', 'smth', 'other', 'noe', 'noko', 'annet', 'anna', 'noen']);
// What must be left to be a question of its own: "Khasan, Russia or Korea?" asks of Khasan.
const MIN_QUESTION_CHARS = 4;

// Or one figure guessed in a tag after it: "how long is the bridge, isn't it like 8 km?", "how many images? wasn't it
// just one photo?", "hvor lang er broen – er det ikke ca 2 km?". A figure: digits, or a count said in words.
const GUESS_TAG = new RegExp(
  String.raw`^(?<question>.*?[\p{L}\p{N}])\s*(?:[,?]|\s[–—-])\s+(?:isn't|isnt|wasn't|wasnt|is it not|was it not|aren't|weren't|er det ikke|var det ikke|er det ikkje|var det ikkje|e det ikke|va det ikke)\s+` +
    String.raw`(?:it\s+|that\s+|det\s+|there\s+)?(?:like\s+|about\s+|around\s+|roughly\s+|just\s+|only\s+|ca\.?\s+|cirka\s+|rundt\s+|omtrent\s+|bare\s+|kun\s+)?` +
    String.raw`(?<options>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|en|ett|ei|to|tre|fire|fem|seks|sju|åtte|ni|ti)\b[^?!.,]{0,20}?)[?!.]*\s*$`,
  'iu',
);

/** The question a text asks and the options it offers after it, or undefined when it offers none. */
export function offeredOptions(text: string): OfferedOptions | undefined {
  const guessed = GUESS_TAG.exec(text)?.groups;
  if (guessed !== undefined)
    return { question: guessed.question!.trim(), words: tokenize(guessed.options!).filter((t) => !STOPWORDS.has(t)), figures: true, open: false };
  if (!/\s(?:or|eller|elle|elr)\s/iu.test(text)) return undefined;
  const groups = OPTIONS.exec(text)?.groups;
  const question = groups?.question?.trim();
  if (question === undefined || question.length < MIN_QUESTION_CHARS) return undefined;
  const tokens = tokenize(groups!.options!);
  const or = tokens.reduce((at, t, i) => (OR.has(t) ? i : at), -1);
  const last = tokens.slice(or + 1);
  return {
    question,
    words: tokens.filter((t) => !OR.has(t) && !STOPWORDS.has(t)),
    figures: tokens.some((t) => /\d/.test(t)),
    open: last.some((t) => OPEN.has(t)),
  };
}
