import { quotedSpans } from '../language/quoted-spans.js';
import { messageTokens } from './message-tokens.js';

// Asking what a word means: "what does 'omlasting' mean", "hva betyr «tenketank»", "how to translate 'tollmyndigheter'".
// prettier-ignore
const MEANING = new Set(['mean', 'means', 'meaning', 'translate', 'translated', 'translation', 'betyr', 'betyder', 'betydning', 'tyder', 'oversett', 'oversette', 'oversatt']);
// Not the asker saying what they mean ("I mean the precise figure, not 'thousands'").
const ASKER_MEANS = /(?<![\p{L}'’])(?:i|we)(?: just| really| actually)? mean(?![\p{L}])/giu;
// Or what it is, the quote right after: "what's a 'togsett'?", "what are 'artillerigranater'?", "hva er «omlasting»?".
const WHAT_IS_QUOTED = /(?:^|[\s,.:!?])(?:what(?:['’]s|s| is| are| was| were)|(?:hva|kva|ka) (?:er|e|var|va))(?: an?| the| en| et| ei| ein| eit)? ["“«„‘']/iu;

// A term, not a line: at most this many words.
const MOST_TERM_WORDS = 4;

/**
 * The word or short phrase a message quotes to ask what it means ("what's a 'togsett'? the bit at 13:10 uses it",
 * "«artillerigranater» – hva er det?"), as its lower-cased words: the entry whose text uses it answers, in the asker's
 * language, with its text in the language quoted beside it. Undefined when nothing short is quoted, or nothing asked.
 */
export function quotedTerm(text: string, tokens: readonly string[]): string[] | undefined {
  if (!asksMeaning(text, tokens) && !WHAT_IS_QUOTED.test(text)) return undefined;
  const spans = quotedSpans(text);
  // Or one word unquoted where the meaning is asked: "what does håndhever mean in the part about …", "hva betyr omlasting".
  const bare = spans.length === 0 ? UNQUOTED_TERM.exec(text) : null;
  const word = bare === null ? undefined : (bare[1] ?? bare[2] ?? bare[3]);
  // Not an acronym ("hva betyr KCNA"): what it stands for is another question, which the entry using it may not answer.
  const unquoted = word !== undefined && !ACRONYM.test(word) ? word : undefined;
  const terms = (unquoted === undefined ? spans : [unquoted])
    .map((span) => messageTokens(span))
    .filter((words) => words.length > 0 && words.length <= MOST_TERM_WORDS);
  return terms.length === 1 ? terms[0] : undefined;
}

const ACRONYM = /^\p{Lu}{2,}$/u;
// prettier-ignore
const UNQUOTED_TERM = new RegExp(
  '(?:^|[\\s,.:!?])(?:what\\s+does\\s+(?:the\\s+word\\s+)?(\\p{L}+)\\s+mean|(?:hva|kva|ka)\\s+(?:betyr|tyder|menes\\s+med|meinast\\s+med)\\s+(?:ordet\\s+)?(\\p{L}+)' +
    '|what\\s+is\\s+meant\\s+by\\s+(?:the\\s+word\\s+)?(\\p{L}+))(?![\\p{L}\\-])',
  'iu',
);

/** Whether a word of the message asks what something means, other than the asker's own "I mean". */
function asksMeaning(text: string, tokens: readonly string[]): boolean {
  const meaning = tokens.filter((t) => MEANING.has(t)).length;
  return meaning > 0 && meaning > (text.match(ASKER_MEANS)?.length ?? 0);
}
