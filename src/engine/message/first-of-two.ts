/**
 * "Which came first, the US claim or the pictures?", "hva skjedde først, påstanden eller bildene?": the order of two
 * events asked, which a text tells as one before or after the other ("two days after the US claimed"). Read as "before
 * after", the words such questions use: "first" alone drew the entries on the first picture and the first train in years.
 */
const WHICH = new Set(['which', 'what', 'whats', 'hva', 'kva', 'ka', 'hvilken', 'hvilket', 'kven', 'hvem']);
const CAME = new Set(['came', 'happened', 'was', 'come', 's', 'kom', 'skjedde', 'var', 'kjem', 'hendte']);
const FIRST = new Set(['first', 'først', 'fyrst']);
const OR = new Set(['or', 'eller', 'vs', 'versus']);
const ORDER = { en: ['before', 'after'], nb: ['før', 'etter'] };

/** Whether a word may close the question for the first of two (see readFirstOfTwo). */
export function mayAskFirstOfTwo(word: string): boolean {
  return FIRST.has(word);
}

/** The tokens with "which came first" read as "before after" (the same array when there is none). */
export function readFirstOfTwo(tokens: readonly string[]): readonly string[] {
  for (let i = 2; i < tokens.length; i++) {
    if (!FIRST.has(tokens[i]!) || !CAME.has(tokens[i - 1]!) || !WHICH.has(tokens[i - 2]!)) continue;
    // The two named after it ("…, the claim or the pictures"): "what was first seen at 10:24" asks of one.
    if (!tokens.slice(i + 1).some((t) => OR.has(t))) continue;
    const order = tokens[i] === 'first' ? ORDER.en : ORDER.nb;
    return [...tokens.slice(0, i - 2), ...order, ...tokens.slice(i + 1)];
  }
  return tokens;
}
