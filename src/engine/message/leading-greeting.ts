// prettier-ignore
export const FOREIGN_GREETINGS = ['privet', 'zdravstvuyte', 'hola', 'salam', 'salaam', 'merhaba', 'ciao', 'bonjour', 'annyeong', 'annyeonghaseyo', 'namaste',
  'alaykum', 'alaikum', 'aleikum', 'assalamu', 'assalam', 'marhaba', 'selam', 'shalom', 'konnichiwa', 'xin', 'chao', 'zdravo', 'sawubona', 'jambo',
  // Western Europe's, as its visitors open ("Buongiorno! good morning to you").
  'buongiorno', 'buonasera', 'salve', 'bonsoir', 'salut', 'buenos', 'buenas', 'servus', 'grüezi', 'gruezi', 'hallå', 'dzień', 'cześć', 'olá'];

/**
 * "jalla hva var i toget", "heisann hvem tok bildene", "hei hvem er kirby": a greeting said on the way into a question,
 * no punctuation between. Matched whole, the greeting's strong words can outweigh a short question's; the question is
 * what is asked (see askedPart).
 */
// prettier-ignore
export const GREETINGS: ReadonlySet<string> = new Set(['hi', 'hiya', 'hey', 'heya', 'hello', 'helo', 'yo', 'sup', 'wassup', 'howdy', 'hei', 'hæi', 'heia', 'heisann', 'hallo',
  'halla', 'hallaien', 'hallais', 'hallaisen', 'wsg', 'heihei', 'morn', 'morna', 'moin', 'hoi', 'jalla', 'wolla', 'goddag', 'godmorgen', 'godkveld', 'godaften', 'god', 'good',
  // Greetings of other languages, as people who live in Norway open a message ("privet! hvem tok bildene").
  ...FOREIGN_GREETINGS,
  'morgen', 'morning', 'dag', 'kveld', 'aften', 'evening', 'afternoon', 'ettermiddag', 'folkens', 'folks', 'everyone', 'alle', 'there', 'der']);
// Of those, the words that open a greeting ("good morning", "hei alle"): the rest only continue one.
// prettier-ignore
export const OPENING_GREETINGS: ReadonlySet<string> = new Set(['hi', 'hiya', 'hey', 'heya', 'hello', 'helo', 'yo', 'sup', 'wassup', 'howdy', 'hei', 'hæi', 'heia', 'heisann', 'hallo',
  'halla', 'hallaien', 'hallais', 'hallaisen', 'wsg', 'heihei', 'morn', 'morna', 'moin', 'hoi', 'jalla', 'wolla', 'goddag', 'godmorgen', 'godkveld', 'godaften', 'god', 'good', ...FOREIGN_GREETINGS]);
// What must be left for it to be a question: "hei der" is a greeting.
const MIN_LEFT = 2;

/** The tokens after a greeting that opens them, or undefined when none does or too little is left. */
export function afterGreeting(tokens: readonly string[]): readonly string[] | undefined {
  if (!OPENING_GREETINGS.has(tokens[0] ?? '')) return undefined;
  let i = 1;
  while (i < tokens.length && GREETINGS.has(tokens[i]!)) i++;
  return tokens.length - i >= MIN_LEFT ? tokens.slice(i) : undefined;
}
