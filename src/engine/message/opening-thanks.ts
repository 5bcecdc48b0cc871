import { tokenize } from '../analysis/tokenize.js';
import { THANKING as THANKING_WORDS } from './closing-thanks.js';
import { endsAsStatement, wholeSentencesOf } from './sentences.js';

/**
 * "ty factbot that cleared it up", "thanks a lot, got what I needed for the essay", "Takk for svarene! Læreren kommer
 * til å bli imponert.": thanks, and a word on how the answer landed, with nothing asked. Their other words ("cleared",
 * "essay") are none the knowledge base knows, which would decline the thanks as a question it does not answer.
 */
// Words of approval before the thanks too: "cool thanks a lot", "flott, takk".
// prettier-ignore
const OPENING = new Set([
  'ok', 'okay', 'oki', 'okei', 'tusen', 'mange', 'many', 'much', 'hjertelig', 'cool', 'great', 'nice', 'perfect', 'awesome',
  'alright', 'flott', 'supert', 'fint', 'kult', 'greit', 'perfekt', 'topp',
]);
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

/**
 * Whether a message (its lower-cased tokens and its text) thanks in its first sentence and asks nothing after: opening with
 * the thanks, or saying first how the answer landed ("That was exactly what I needed, thank you so much. I was about to
 * post something wrong.").
 */
export function onlyThanks(tokens: readonly string[], text: string): boolean {
  if (text.includes('?')) return false;
  // Whole sentences: a clause of one ("… about what's proven and what isn't") asks nothing.
  const parts = wholeSentencesOf(text);
  const [first, ...rest] = parts.length > 1 ? parts.map(tokenize) : [tokens];
  let i = 0;
  while (i < first.length && OPENING.has(first[i]!)) i++;
  // In the thanks' own sentence, the first word after the thanks; in each sentence after, its first word.
  // Thanks after a first clause only in a message of several sentences: "beskriv bildet kl 13.10, takk" closes a request.
  let j = THANKING.has(first[i] ?? '') ? i : parts.length > 1 ? laterThanks(first) : -1;
  if (j < 0) return false;
  while (j < first.length && AFTER.has(first[j]!)) j++;
  // "thx but what about the horses": a question after a connective.
  if (CONNECTIVES.has(first[j] ?? '')) j++;
  // "takk bot, du er mer pålitelig enn meg": said of the bot, not asked of it ("er du …").
  const saidOfBot = first[j] === 'er' && first[j - 1] === 'du';
  // "thanks, didn't know that": what the asker did not know, the lone "I" gone; not a question.
  const notKnown = (first[j] === 'did' || first[j] === 'do') && first[j + 1] === 'not' && NOT_KNOWN.has(first[j + 2] ?? '');
  if (ASKING.has(first[j] ?? '') && !saidOfBot && !notKnown) return false;
  return rest.every((sentence, k) => endsAsStatement(parts[k + 1]!) || !ASKING.has(sentence[0] ?? ''));
}

const NOT_KNOWN = new Set(['know', 'knew', 'realise', 'realize', 'think', 'expect', 'get']);

// "Thanks to the satellites …", "takk være …": no thanks said.
const NOT_THANKING_AFTER = new Set(['to', 'være']);

/** Where thanks said after a first clause stand ("that helped, thanks"), not after a question word; -1 when none do. */
function laterThanks(first: readonly string[]): number {
  if (ASKING.has(first[0] ?? '')) return -1;
  // Not "obliged": "I should be obliged if you would tell me …" asks.
  return first.findIndex((t, k) => k > 0 && THANKING.has(t) && t !== 'obliged' && !NOT_THANKING_AFTER.has(first[k + 1] ?? ''));
}
