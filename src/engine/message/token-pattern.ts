/** A run of lower-cased tokens to look for in a question; '*' stands for any one token (not first). */
export type TokenPattern = readonly string[];

/** Patterns indexed by their first token, so a question is scanned once however many there are. */
export class TokenPatternSet {
  private readonly byFirst = new Map<string, TokenPattern[]>();

  constructor(patterns: readonly TokenPattern[]) {
    for (const pattern of patterns) {
      const [first] = pattern;
      if (first === undefined || first === '*') throw new Error(`a token pattern must start with a word: ${pattern.join(' ')}`);
      const list = this.byFirst.get(first);
      if (list) list.push(pattern);
      else this.byFirst.set(first, [pattern]);
    }
  }

  /** Whether any pattern occurs anywhere in the tokens. */
  matches(tokens: readonly string[]): boolean {
    // Plain loops: a closure over `i` would cost an allocation per token (questions are matched
    // against a dozen sets).
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirst.get(tokens[i]!);
      if (candidates === undefined) continue;
      for (const pattern of candidates) if (startsAt(tokens, i, pattern)) return true;
    }
    return false;
  }
}

function startsAt(tokens: readonly string[], at: number, pattern: TokenPattern): boolean {
  if (at + pattern.length > tokens.length) return false;
  for (let j = 1; j < pattern.length; j++) if (pattern[j] !== '*' && tokens[at + j] !== pattern[j]) return false;
  return true;
}
