import { OPENING_GREETINGS } from './leading-greeting.js';
import { QUESTION_WORDS } from './question-words.js';

/**
 * "Hello, I wish to ask you some questions about the train", "Hei! jeg lurer på noe om denne saken", "hi there, hope you
 * can help me with a few questions about this": a greeting, then word that questions are coming, and nothing asked yet.
 * The reply is the greeting (who the bot is, what it answers): matched, the topic's words were answered as if asked, or
 * the message declined as a question the article does not answer.
 */
// What announces questions: "(some) questions", "lurer på noe", "ask you something". Nothing after it but what they are about.
// prettier-ignore
const ANNOUNCED = new RegExp('(?:^| )(?:' + [
  'questions?', 'qs', 'spørsmål', 'spørsmåla', 'sporsmal', 'spm',
  '(?:lurer|lurte|lure|lurar) på (?:noe|noko|nokke|nåkka|et par ting|litt|noen ting|nokre ting)',
  // The tokens have lost the lone "a" ("a few things" is "few things").
  '(?:ask|asking) (?:you )?(?:something|smth|sth|some things|(?:a )?few things|(?:a )?couple of things|couple things|stuff)',
  '(?:spørre|spørje|spørja|spør) (?:deg |dykk |dere )?(?:om )?(?:noe|noko|litt|et par ting|noen ting)',
].join('|') + ')(?: (?:about|on|regarding|concerning|re|related to|relating to|om|angående|ang|rundt|kring|knyttet til|knytt til|i forbindelse med)(?: .*)?)?$', 'u');
// After the announcement, the words that put a yes/no question ("quick question, did they deny it"); before it they
// announce ("I have some questions", "eg har nokre spørsmål").
// prettier-ignore
const YES_NO = new Set(['is', 'are', 'was', 'were', 'did', 'does', 'do', 'has', 'have', 'can', 'could', 'will', 'would', 'er', 'var', 'har',
  'kan', 'stemmer', 'true', 'sant', 'ble', 'vart', 'gjorde', 'e', 'va']);

/** Whether a message, from its lower-cased tokens, greets and announces questions without asking one. */
export function announcesQuestions(tokens: readonly string[]): boolean {
  // A question word anywhere asks something ("how does this work? do I just type a question").
  if (!OPENING_GREETINGS.has(tokens[0] ?? '') || tokens.some((w) => QUESTION_WORDS.has(w))) return false;
  const match = ANNOUNCED.exec(tokens.join(' '));
  if (match === null) return false;
  const after = match[0].split(' ').slice(match[0].startsWith(' ') ? 1 : 0);
  return !after.some((w) => YES_NO.has(w));
}
