/** A text's words, lower-cased, without its punctuation: how a message is compared with a training text word for word. */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
