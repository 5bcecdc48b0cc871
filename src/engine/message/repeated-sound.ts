// Emoji and pictographs, taken out before the words are looked at ("🚂🚂🚂 choo choo").
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}/gu;
// One word said again and again, and nothing else: "choo choo", "tut tut", "bla bla bla".
const REPEATED = /^\s*(\p{L}+)(?:[\s,.!-]+\1)+[\s.!]*$/iu;
// One emoji again and again ("🚂🚂🚂💨💨"), with at most a laugh or a sound of surprise: "🚂🚂🚂💨💨 lol", "hmm ok ... 🐴🐴🐴".
const REPEATED_PICTOGRAPH = /(\p{Extended_Pictographic})\uFE0F?\1/u;
const ONLY_LAUGH_OR_FILLER = /^[\s.!]*(?:(?:a?(?:ha){2,}h?|(?:he){2,}h?|lol[sz]?|lo+l|lmf?ao+|rofl|xd+|hm+|ok(?:ay|ei)?|wo+w|omg|oj|uff)(?:[\s.!]+|$))*$/iu;

/**
 * Whether a message is only a sound, one word repeated with emoji around it and no question mark ("🚂🚂🚂 choo choo"),
 * or emoji repeated with no word but a laugh or a "hmm ok" ("🚂🚂🚂💨💨 lol"): play, not a question, though the word or
 * the emoji may be one a training question used.
 */
export function isOnlyARepeatedSound(text: string): boolean {
  if (text.includes('?')) return false;
  const words = text.replace(PICTOGRAPHS, ' ');
  return REPEATED.test(words) || (REPEATED_PICTOGRAPH.test(text) && ONLY_LAUGH_OR_FILLER.test(words));
}
