/**
 * "ty factbot that cleared it up", "ok thanks that makes sense", "thanks a lot, I'll pass all this on to my grandma!":
 * thanks, and a word on how the answer landed, with nothing asked. Their other words ("cleared", "grandma") are none
 * the knowledge base knows, which would decline the thanks as a question it does not answer.
 */
// prettier-ignore
const OPENING = new Set(['ok', 'okay', 'oki', 'okei', 'tusen', 'mange', 'many', 'hjertelig']);
// prettier-ignore
const THANKING = new Set(['takk', 'takker', 'tack', 'thanks', 'thank', 'thanx', 'thx', 'ty', 'tysm', 'tyvm', 'cheers']);
// A question word, or one that opens a yes/no question, anywhere after the thanks: something is asked after all.
// prettier-ignore
const ASKING = new Set([
  'who', 'what', 'when', 'where', 'why', 'how', 'which', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'can', 'could',
  'hvem', 'hva', 'når', 'hvor', 'hvorfor', 'hvordan', 'hvilken', 'hvilket', 'hvilke', 'kven', 'kva', 'kvar', 'kvifor', 'korleis', 'kor', 'ka',
  'kem', 'koss', 'åssen', 'er', 'var', 'har', 'kan', 'stemmer', 'ble', 'vart',
]);

/** Whether a message (its lower-cased tokens and its text) opens with thanks and asks nothing after them. */
export function onlyThanks(tokens: readonly string[], text: string): boolean {
  let i = 0;
  while (i < tokens.length && OPENING.has(tokens[i]!)) i++;
  if (!THANKING.has(tokens[i] ?? '')) return false;
  if (text.includes('?')) return false;
  for (let j = i + 1; j < tokens.length; j++) if (ASKING.has(tokens[j]!)) return false;
  return true;
}
