/**
 * Text from font-generator sites and fancy keyboards, read as the plain letters it shows: mathematical bold, italic,
 * script, fraktur, double-struck and monospace letters, fullwidth forms, circled and squared letters (NFKC gives their
 * plain letter), negative circled and squared letters and small capitals (no compatibility form: mapped here),
 * strike-through and underline marks over letters, upside-down text, and letters spaced out one by one
 * ("w h a t  d i d  k i r b y  s a y", words parted by two spaces). "𝐰𝐡𝐨 𝐭𝐨𝐨𝐤 𝐭𝐡𝐞 𝐩𝐢𝐜𝐭𝐮𝐫𝐞𝐬" asks what "who took the
 * pictures" does.
 */

// What a styled message contains and plain text seldom does: IPA and small capitals, combining marks, circled letters,
// fullwidth forms and the ideographic space, mathematical letters, enclosed letters.
const STYLED = /[\u0250-\u02af\u1d00-\u1dbf\u2460-\u24ff\u3000\uff01-\uff5e\ua730-\ua7ff\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f189}]|\p{Mn}/u;
// The characters NFKC reads as plain ones, each on its own (the rest of the message stays as typed: "1½", "…"). With the
// letterlike symbols, which stand in for mathematical letters Unicode left out (ℎ for an italic h).
const COMPATIBLE = /[\u2100-\u214f\u2460-\u24ff\u3000\uff01-\uff5e\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f149}]/gu;

// Negative circled (🅐) and negative squared (🅰) capitals: A to Z.
const NEGATIVE_LETTERS = /[\u{1f150}-\u{1f169}\u{1f170}-\u{1f189}]/gu;
const HAS_NEGATIVE_LETTER = /[\u{1f150}-\u{1f169}\u{1f170}-\u{1f189}]/u;
const NEGATIVE_CIRCLED_A = 0x1f150;
const NEGATIVE_SQUARED_A = 0x1f170;

// Small capitals as font generators use them (there is no small capital x).
// prettier-ignore
const SMALL_CAPITALS: Record<string, string> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o',
  ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};
const SMALL_CAPITAL = new RegExp(`[${Object.keys(SMALL_CAPITALS).join('')}]`, 'gu');

// Marks that stay apart from their letter after NFKC: strike-through, underline and the like (a letter with an accent
// NFKC composes: "å" typed as a and a ring is one letter again). Not an emoji's variation selector ("1️⃣").
const LEFT_MARKS = /(?<=[\p{Script=Latin}\p{N}])(?:(?![\ufe00-\ufe0f])\p{Mn})+/gu;

// Upside-down text is the message turned half round: read back to front, each character turned back.
// prettier-ignore
const TURNED: Record<string, string> = {
  ɐ: 'a', q: 'b', ɔ: 'c', p: 'd', ǝ: 'e', ɟ: 'f', ƃ: 'g', ɥ: 'h', ᴉ: 'i', ı: 'i', ɾ: 'j', ʞ: 'k', ן: 'l', ɯ: 'm', u: 'n', d: 'p', b: 'q',
  ɹ: 'r', ʇ: 't', n: 'u', ʌ: 'v', ʍ: 'w', ʎ: 'y', '¿': '?', '¡': '!', '˙': '.', "'": ',', ',': "'",
};
// Characters only upside-down text uses; three different ones tell it.
const ONLY_TURNED = /[ɐǝɟƃɥᴉɾʞɯɹʇʌʍʎ¿]/gu;
const MIN_TURNED = 3;

// Letters or digits each followed by one space tell a message spaced out ("k i r b y"): four in a row where words are
// parted by two spaces or more, else six. In it every run of single characters is a word.
const SPACED_OUT = /(?<![\p{L}\p{N}])[\p{L}\p{N}](?: [\p{L}\p{N}]){3,}(?![\p{L}\p{N}])/u;
const SPACED_OUT_ALONE = /(?<![\p{L}\p{N}])[\p{L}\p{N}](?: [\p{L}\p{N}]){5,}(?![\p{L}\p{N}])/u;
const WORD_BREAK = / {2,}/;
const SPACED_WORD = /(?<!\S)[\p{L}\p{N}](?: [\p{L}\p{N}\p{P}])+(?!\S)/gu;

/** The text with styled letters read as plain ones, or the text itself when it has none. */
export function withPlainLetters(text: string): string {
  let plain = text;
  if (STYLED.test(plain) || HAS_NEGATIVE_LETTER.test(plain)) {
    plain = plain
      .replace(NEGATIVE_LETTERS, (c) => {
        const code = c.codePointAt(0)!;
        return String.fromCharCode(65 + code - (code >= NEGATIVE_SQUARED_A ? NEGATIVE_SQUARED_A : NEGATIVE_CIRCLED_A));
      })
      .replace(COMPATIBLE, (c) => c.normalize('NFKC'))
      .normalize('NFC')
      .replace(SMALL_CAPITAL, (c) => SMALL_CAPITALS[c]!)
      .replace(LEFT_MARKS, '');
    if (new Set(plain.match(ONLY_TURNED)).size >= MIN_TURNED) plain = turnedBack(plain);
  }
  if (SPACED_OUT.test(plain) && (WORD_BREAK.test(plain) || SPACED_OUT_ALONE.test(plain)))
    plain = plain
      .split(WORD_BREAK)
      .map((part) => part.replace(SPACED_WORD, (word) => word.replaceAll(' ', '')))
      .join(' ');
  return plain;
}

/** Upside-down text read the right way up. */
function turnedBack(text: string): string {
  return [...text]
    .reverse()
    .map((c) => TURNED[c] ?? c)
    .join('');
}
