/**
 * Leetspeak, digits and symbols typed for letters ("h0w l0ng 1s th3 br1dg3", "hv3m t0k b1ld3n3", "v@pen",
 * "$anksjoner") and for syllables ("gr8", "b4", "2day"), read as the words they stand for. A number stays a number:
 * "10:24", "1948", "38 North", "2 km", "38N", "1st" and "F-16" are left as typed, and a message with a single stray
 * digit among letters ("mp3") is left alone.
 */

// Syllables and words written with digits.
// prettier-ignore
const WORDS: Record<string, string> = {
  gr8: 'great', b4: 'before', l8r: 'later', l8: 'late', '2day': 'today', '2morrow': 'tomorrow', '2nite': 'tonight', m8: 'mate', w8: 'wait',
  any1: 'anyone', some1: 'someone', every1: 'everyone', no1: 'no one', '4ever': 'forever', h8: 'hate',
};
// The digits and symbols leetspeak types for letters (8, 2, 6 and 9 stand for none alone).
const LETTERS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const WORD = /[\p{L}\p{N}@$]+(?:[-'][\p{L}\p{N}@$]+)*/gu;
// A figure with its unit or ending ("2km", "800m", "1st", "38N", "13h", "10pm", "30ish", "70s"): no leetspeak.
const FIGURE = /^\d+(?:[.,:]\d+)?(?:km|m|cm|mm|kg|t|h|min|st|nd|rd|th|x|k|n|mil|år|kr|e|am|pm|ish)?$|^\d*0s$/iu;
// A code of a letter or two and a number ("kl13", "F16", "nr4"): leetspeak only in a message typed so ("s33", "p4").
const CODE = /^\p{L}{1,2}-?\d+$/u;
const CODE_WORDS = new Set(['kl', 'nr', 'no', 'f', 'mig', 'su', 'ww', 'g', 'kn', 'mh']);
const ONLY_LETTER_DIGITS = /^[\p{L}0134578@$]+$/u;
const MIN_READ = 2;
const MIXED = /\p{L}[0-9@$]|[0-9@$]\p{L}/u;

/** The text with leetspeak read as letters, or the text itself when it has none. */
export function withLeetspeakRead(text: string): string {
  // Most messages have no digit or symbol against a letter ("13:10", "in 2022" have none): no work then.
  if (!MIXED.test(text)) return text;
  const first = read(text, false);
  if (first.changed < MIN_READ) return text;
  // In a message so typed, a "2" between words is "to": "r the shells g01ng 2 russia"; a "4" is "for": "what can u do 4 me".
  return read(text, true)
    .text.replace(/(?<=\p{L} )2(?= \p{L}{3,})/gu, 'to')
    .replace(/(?<=\p{L} )4(?= \p{L}{2,})/gu, 'for');
}

/** The text with its leetspeak words read (`typedSo`: the message is leetspeak, codes too), and how many characters changed. */
function read(text: string, typedSo: boolean): { text: string; changed: number } {
  let changed = 0;
  const out = text.replace(WORD, (word) => {
    const known = WORDS[word.toLowerCase()];
    if (known !== undefined) {
      changed += MIN_READ;
      return known;
    }
    const plain = plainWord(word, typedSo);
    for (let i = 0; i < word.length; i++) if (plain[i] !== word[i]) changed++;
    return plain;
  });
  return { text: out, changed };
}

/** One word with its digits and symbols read as letters, when it is leetspeak. */
function plainWord(word: string, typedSo: boolean): string {
  return word
    .split(/([-'])/)
    .map((part) => {
      if (!/\p{L}/u.test(part) || !/[0-9@$]/.test(part) || FIGURE.test(part) || !ONLY_LETTER_DIGITS.test(part)) return part;
      if (CODE.test(part) && (!typedSo || CODE_WORDS.has(part.replace(/[-\d]/g, '').toLowerCase()))) return part;
      // "@ben" is a member named.
      if (part.startsWith('@')) return part;
      return [...part].map((c) => LETTERS[c] ?? c).join('');
    })
    .join('');
}
