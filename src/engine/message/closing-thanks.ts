/**
 * "hvem tok bildene takk", "who took the pictures thank you so much": thanks said on the way out of a question, no
 * punctuation between. Matched whole, the thanks can outweigh a short question's words; the question is what is asked
 * (see askedPart).
 */
// Thanks in other languages, as people who live in Norway write them ("spasibo!", "gracias bot").
// prettier-ignore
export const FOREIGN_THANKS: readonly string[] = ['spasibo', 'gracias', 'merci', 'danke', 'grazie', 'shukran', 'kiitos', 'dziekuje', 'dyakuyu', 'tesekkurler',
  'kamsahamnida', 'gamsahamnida', 'mahadsanid', 'teşekkürler', 'tesekkür', 'sağol', 'sagol', 'obrigado', 'obrigada', 'arigato', 'xiexie', 'dankjewel', 'asante'];
// Words that say thanks, and those that may follow them ("takk så mye", "thank you so much", "thanks in advance").
export const THANKING: ReadonlySet<string> = new Set(['takk', 'takker', 'thanks', 'thank', 'thx', 'ty', 'tysm', 'tyvm', 'cheers', ...FOREIGN_THANKS]);
const AFTER = new Set(['så', 'mye', 'på', 'forhånd', 'you', 'so', 'much', 'very', 'lot', 'in', 'advance', ...THANKING]);
// Words that may open thanks ("tusen takk", "på forhånd takk", "many thanks").
const BEFORE = new Set(['tusen', 'mange', 'hjertelig', 'på', 'forhånd', 'many']);
// What must be left for it to be a question: "tusen takk" is thanks.
const MIN_LEFT = 2;

/** The tokens before thanks that close them, or undefined when none do or too little is left. */
export function beforeThanks(tokens: readonly string[]): readonly string[] | undefined {
  let end = tokens.length;
  while (end > 0 && AFTER.has(tokens[end - 1]!)) end--;
  // The first thanks word of that closing run: "how much thanks" keeps its "much".
  let start = end;
  while (start < tokens.length && !THANKING.has(tokens[start]!)) start++;
  if (start === tokens.length) return undefined;
  while (start > 0 && BEFORE.has(tokens[start - 1]!)) start--;
  return start >= MIN_LEFT ? tokens.slice(0, start) : undefined;
}
