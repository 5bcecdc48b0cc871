/**
 * A name written in Russian letters in a message written in Latin ones: "the train to Хасан", "Путин og Kim". Read as
 * its Latin transliteration ("khasan", "putin"), which the knowledge base may know (or a spelling of it: "kirbi" for
 * "Кирби"). A message wholly in Cyrillic stays as it is: it is not in a language the bot answers.
 */
// prettier-ignore
const LATIN_OF: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
const CYRILLIC_WORD = /\p{Script=Cyrillic}+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The text with its Cyrillic words in Latin letters, when its other words are Latin; else the text itself. */
export function withCyrillicNamesInLatin(text: string): string {
  if (!CYRILLIC.test(text) || !LATIN.test(text.replace(CYRILLIC_WORD, ''))) return text;
  return text.replace(CYRILLIC_WORD, (word) => {
    let latin = '';
    for (const letter of word.toLowerCase()) latin += LATIN_OF[letter] ?? letter;
    return latin;
  });
}
