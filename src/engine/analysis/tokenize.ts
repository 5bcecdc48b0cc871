import { normalizeText } from './normalize.js';

// Letters of every script (natural's word tokenizers split on æ/ø/å), combining marks and digits.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Normalised word tokens. Hyphenated names ("Nord-Korea", "Jong-un") become their parts. */
export function tokenize(text: string): string[] {
  const tokens = normalizeText(text).match(WORD) ?? [];
  // A lone letter ("s" of "Korea's") carries nothing; a lone digit may ("3 vogner").
  return tokens.filter((t) => t.length > 1 || /\p{N}/u.test(t));
}
