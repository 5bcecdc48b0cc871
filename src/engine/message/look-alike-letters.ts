/**
 * Cyrillic and Greek letters that look like Latin ones, typed or pasted into a Latin word ("prооf" with Cyrillic o's,
 * "Кorea" with a Cyrillic K): read as the Latin letters they show. A word wholly in another script stays as it is
 * ("Хасан" is Khasan written in Russian).
 */
// prettier-ignore
const LATIN_OF: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  ο: 'o', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LATIN_OF).join('')}]`, 'u');
const LOOK_ALIKES = new RegExp(`[${Object.keys(LATIN_OF).join('')}]`, 'gu');
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const OTHER_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** The text with look-alike letters in Latin words read as Latin, or the text itself when it has none. */
export function withLatinLookAlikes(text: string): string {
  if (!LOOK_ALIKE.test(text)) return text;
  // In a message whose other letters are all Latin, a word of look-alikes only ("а" for "a") is read so too.
  const latinMessage = !OTHER_SCRIPT.test(text.replace(LOOK_ALIKES, ''));
  return text.replace(WORD, (word) => (latinMessage || LATIN.test(word) ? word.replace(LOOK_ALIKES, (c) => LATIN_OF[c]!) : word));
}
