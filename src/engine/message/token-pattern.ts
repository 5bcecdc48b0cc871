/** A run of lower-cased tokens to look for in a question; '*' stands for any one token. */
export type TokenPattern = readonly string[];

/** Whether the pattern occurs anywhere in the tokens. */
export function occursIn(tokens: readonly string[], pattern: TokenPattern): boolean {
  outer: for (let i = 0; i + pattern.length <= tokens.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (pattern[j] !== '*' && tokens[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
