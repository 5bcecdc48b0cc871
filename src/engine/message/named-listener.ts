import { OPENING_GREETINGS } from './leading-greeting.js';
import { messageTokens } from './message-tokens.js';

/**
 * Someone in the story spoken to before the question ("China, what do you say about this train business?", "Kirby,
 * hvilken havn skipes granatene fra?", "38 North, who took your pictures?"): the question asks them, and its "you" is
 * they. The question is not to be read without the name, which says whose view, port or pictures are asked about.
 */
// The "you" of a question, in English, Bokmål, Nynorsk and dialect.
// prettier-ignore
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'u', 'ur', 'ya', 'du', 'deg', 'din', 'di', 'ditt', 'dine', 'dere', 'deres', 'dykk', 'dykkar',
  'dokker', 'dokkers', 'dåkker']);
// Words that open a message said to the bot rather than name anyone ("ok, what can you do", "so, do you know").
// prettier-ignore
const NO_NAME = new Set(['ok', 'okay', 'so', 'well', 'hmm', 'right', 'sorry', 'thanks', 'thank', 'takk', 'ja', 'nei', 'yes', 'no', 'lol', 'and',
  'thx', 'ty', 'cheers', 'og', 'så', 'men', 'but', 'also', 'btw', 'please', 'pls', 'vel', 'altså', 'uansett', 'anyway', 'wait', 'vent', 'quick', 'kjapt', 'bot', 'boten']);
// A name is a few words.
const MOST_NAME_WORDS = 4;

// "What about China, do they …", "hva med Kina, sender de …": a topic named, then asked about as "they".
const WHAT_ABOUT = /^\s*(?:what about|how about|and what about|hva med|kva med|ka med|og hva med)\s+/iu;
// prettier-ignore
const THIRD_PERSON = new Set(['they', 'them', 'their', 'he', 'she', 'him', 'her', 'his', 'de', 'dei', 'dem', 'deres', 'han', 'hun', 'ho', 'honom',
  'hans', 'hennes']);

/**
 * Whether `named` (a part of a message ending in no full stop) names whom the part after it (`asked`) speaks to as "you",
 * or the topic it asks about as "they" ("hva med Kina, sender de også våpen?").
 */
export function speaksToNamed(named: string, asked: string): boolean {
  if (/[.!?…]\s*$/u.test(named)) return false;
  const topic = WHAT_ABOUT.test(named);
  const name = messageTokens(named.replace(WHAT_ABOUT, ''));
  if (name.length === 0 || name.length > MOST_NAME_WORDS || name.some((t) => OPENING_GREETINGS.has(t) || NO_NAME.has(t))) return false;
  return messageTokens(asked).some((t) => SECOND_PERSON.has(t) || (topic && THIRD_PERSON.has(t)));
}
