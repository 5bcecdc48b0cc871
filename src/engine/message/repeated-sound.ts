// Emoji and pictographs, taken out before the words are looked at ("🚂🚂🚂 choo choo").
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}/gu;
// One word said again and again, and nothing else: "choo choo", "tut tut", "bla bla bla".
const REPEATED = /^\s*(\p{L}+)(?:[\s,.!-]+\1)+[\s.!]*$/iu;

/**
 * Whether a message is only a sound, one word repeated with emoji around it and no question mark ("🚂🚂🚂 choo choo"):
 * play, not a question, though the word may be one a training question used.
 */
export function isOnlyARepeatedSound(text: string): boolean {
  return !text.includes('?') && REPEATED.test(text.replace(PICTOGRAPHS, ' '));
}
