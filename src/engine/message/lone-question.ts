import { messageTokens } from './message-tokens.js';
import { isQuestion, sentencesOf } from './sentences.js';

/**
 * The one question of a long message told around it ("I'm reading a biography of Kim Il-sung … When did Kim Il-sung die?
 * I don't want spoilers"), when it names what it asks about itself: no word pointing back into the telling ("it",
 * "they", "det", "han"). Matched whole, such a message can draw the entry its telling matches ("Soviet officials
 * installed him in 1948"); asked alone, the question may ask a detail the article does not give.
 */
// Words that point back at something told before: a question holding one needs the telling to be understood.
// prettier-ignore
const POINTING_BACK = new Set([
  'it', 'its', 'this', 'that', 'these', 'those', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'one', 'ones', 'there', 'then',
  'det', 'dette', 'den', 'denne', 'disse', 'de', 'dem', 'deres', 'dei', 'han', 'hans', 'hun', 'ho', 'hennes', 'der', 'da', 'så', 'sånn', 'slik',
]);
// A telling of at least two sentences around the question: shorter messages are read whole.
const MIN_SENTENCES = 3;

/** The message's one self-contained question, or undefined (see above). `cleaned`: the message's cleaned text. */
export function loneQuestion(cleaned: string): string | undefined {
  const sentences = sentencesOf(cleaned);
  if (sentences.length < MIN_SENTENCES) return undefined;
  const questions = sentences.filter(isQuestion);
  if (questions.length !== 1) return undefined;
  const [question] = questions;
  return messageTokens(question!).some((t) => POINTING_BACK.has(t)) ? undefined : question;
}
