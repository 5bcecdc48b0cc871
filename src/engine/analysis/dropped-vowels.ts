import { ITEMS_PER_SLICE, type Assembly } from '../assembly/assembly.js';

/**
 * Words typed without their vowels, as on a watch or with one thumb ("bldn", "hstr", "grnsa", "frndshp brdg lngth"): the
 * one known word the letters were taken from, only vowels left out and doubled letters typed once ("stmmr" is
 * "stemmer", "satlttbldne" "satellittbildene"). Three consonants at least: fewer match too many words.
 */
const VOWEL = /[aeiouyæøå]/u;
const MIN_CONSONANTS = 3;

/** The word's consonants in order, a doubled one once: what is left when its vowels are dropped. */
export function consonantsOf(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const letter = word[i]!;
    if (!VOWEL.test(letter) && letter !== out[out.length - 1]) out += letter;
  }
  return out;
}

/** Whether `typed` is `word` with some of its vowels left out (and a doubled letter typed once). */
function dropsVowelsOf(typed: string, word: string): boolean {
  let t = 0;
  for (let w = 0; w < word.length && t <= typed.length; w++) {
    const letter = word[w]!;
    if (letter === typed[t]) t++;
    else if (!VOWEL.test(letter) && letter !== word[w - 1]) return false;
  }
  return t === typed.length;
}

/** Known words by their consonants, for the words typed without vowels. */
export class DroppedVowels {
  private readonly byConsonants = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) this.add(word);
  }

  /** The same, built in small pieces (see Assembly): an archive's vocabulary takes tens of milliseconds. */
  static *assemble(words: Iterable<string>): Assembly<DroppedVowels> {
    const index = new DroppedVowels([]);
    let n = 0;
    for (const word of words) {
      if (n++ % ITEMS_PER_SLICE === 0) yield;
      index.add(word);
    }
    return index;
  }

  private add(word: string): void {
    const consonants = consonantsOf(word);
    if (consonants.length < MIN_CONSONANTS) return;
    const list = this.byConsonants.get(consonants);
    if (list) list.push(word);
    else this.byConsonants.set(consonants, [word]);
  }

  /** The known words `typed` is with vowels left out. */
  wordsOf(typed: string): string[] {
    const consonants = consonantsOf(typed);
    if (consonants.length < MIN_CONSONANTS) return [];
    return this.byConsonants.get(consonants)?.filter((word) => word !== typed && dropsVowelsOf(typed, word)) ?? [];
  }
}
