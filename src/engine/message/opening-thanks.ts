import { tokenize } from '../analysis/tokenize.js';
import { THANKING as THANKING_WORDS } from './closing-thanks.js';
import { wholeSentencesOf } from './sentences.js';

/**
 * "ty factbot that cleared it up", "thanks a lot, got what I needed for the essay", "Takk for svarene! Læreren kommer
 * til å bli imponert.": thanks, and a word on how the answer landed, with nothing asked. Their other words ("cleared",
 * "essay") are none the knowledge base knows, which would decline the thanks as a question it does not answer.
 */
// prettier-ignore
const OPENING = new Set(['ok', 'okay', 'oki', 'okei', 'tusen', 'mange', 'many', 'much', 'hjertelig']);
// The words that say thanks, two more spellings of them, and the formal "much obliged".
const THANKING = new Set([...THANKING_WORDS, 'tack', 'thanx', 'obliged']);
// What may follow the thanks word in the same breath: "thanks a lot", "thank you so much", "tusen takk skal du ha".
// prettier-ignore
const AFTER = new Set(['you', 'u', 'so', 'very', 'much', 'lot', 'loads', 'skal', 'du', 'ha', 'så', 'mye', 'bot', 'factbot', ...THANKING]);
// A word that opens a question: a sentence starting with one asks something after all ("thanks! who took them"). Not
// "will": "I'll pass it on" is "will pass it on" once the tokenizer drops the lone "i".
// prettier-ignore
const ASKING = new Set([
  'who', 'what', 'when', 'where', 'why', 'how', 'which', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'can', 'could',
  'hvem', 'hva', 'når', 'hvor', 'hvorfor', 'hvordan', 'hvilken', 'hvilket', 'hvilke', 'kven', 'kva', 'kvar', 'kvifor', 'korleis', 'kor', 'ka',
  'kem', 'koss', 'åssen', 'er', 'var', 'har', 'kan', 'stemmer', 'ble', 'vart', 'vil', 'blir',
]);

const CONNECTIVES = new Set(['but', 'and', 'so', 'men', 'og', 'så']);

/** Whether a message (its lower-cased tokens and its text) opens with thanks and asks nothing after them. */
export function onlyThanks(tokens: readonly string[], text: string): boolean {
  let i = 0;
  while (i < tokens.length && OPENING.has(tokens[i]!)) i++;
  if (!THANKING.has(tokens[i] ?? '') || text.includes('?')) return false;
  // Whole sentences: a clause of one ("… about what's proven and what isn't") asks nothing.
  const parts = wholeSentencesOf(text);
  const [first, ...rest] = parts.length > 1 ? parts.map(tokenize) : [tokens];
  // In the thanks' own sentence, the first word after the thanks; in each sentence after, its first word.
  let j = first.findIndex((t) => THANKING.has(t));
  while (j >= 0 && j < first.length && AFTER.has(first[j]!)) j++;
  // "thx but what about the horses": a question after a connective.
  if (j >= 0 && CONNECTIVES.has(first[j] ?? '')) j++;
  if (j >= 0 && ASKING.has(first[j] ?? '')) return false;
  return rest.every((sentence) => !ASKING.has(sentence[0] ?? ''));
}
