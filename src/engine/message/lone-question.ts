import { messageTokens } from './message-tokens.js';
import { isQuestion, sentencesOf } from './sentences.js';

/**
 * The one question of a long message told around it ("I'm reading a biography of Kim Il-sung … When did Kim Il-sung die?
 * I don't want spoilers"), when it names what it asks about itself: no word pointing back into the telling ("it",
 * "they", "han", a closing "det"). Matched whole, such a message can draw the entry its telling matches ("Soviet officials
 * installed him in 1948"); asked alone, the question may ask a detail the article does not give.
 */
// Words that point back at something told before: a question holding one needs the telling to be understood.
// prettier-ignore
const POINTING_BACK = new Set([
  'it', 'its', 'this', 'that', 'these', 'those', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her',
  'dette', 'denne', 'disse', 'dem', 'deres', 'han', 'hans', 'hun', 'ho', 'hennes',
]);
// Norwegian "det", "den", "de" are articles and a dummy subject too ("er det samme toget …"); closing a question they point
// back ("… og når skjedde det?").
const POINTING_BACK_LAST = new Set(['det', 'den', 'de', 'dei', 'der', 'da']);
// A telling of at least two sentences around the question: shorter messages are read whole.
const MIN_SENTENCES = 3;

/** The message's one self-contained question, or undefined (see above). `cleaned`: the message's cleaned text. */
export function loneQuestion(cleaned: string): string | undefined {
  const sentences = sentencesOf(cleaned);
  if (sentences.length < MIN_SENTENCES) return undefined;
  const questions = sentences.filter(isQuestion);
  if (questions.length !== 1) return undefined;
  const [question] = questions;
  const tokens = messageTokens(question!);
  return tokens.some((t) => POINTING_BACK.has(t)) || POINTING_BACK_LAST.has(tokens[tokens.length - 1] ?? '') ? undefined : question;
}
