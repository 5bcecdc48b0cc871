/** A run of lower-cased tokens to look for in a question; '*' stands for any one token (not first). */
export type TokenPattern = readonly string[];

/**
 * Every set's patterns, indexed by their first token: a question is scanned once for all sets
 * together (the frame, detail, comparison and confirmation sets ask about the same tokens one
 * after another, a dozen sets a question), and each set then reads whether it matched.
 */
const patternsByFirst = new Map<string, Array<{ set: number; pattern: TokenPattern }>>();
let sets = 0;
/** The tokens last scanned (a copy: the caller may reuse its array) and, per set, whether it matched them. */
const scanned: string[] = [];
let scannedCount = -1;
let matched = new Uint8Array(16);

/** Patterns looked for together: whether any of them occurs in a question's tokens. */
export class TokenPatternSet {
  private readonly id = sets++;

  constructor(patterns: readonly TokenPattern[]) {
    for (const pattern of patterns) {
      const [first] = pattern;
      if (first === undefined || first === '*') throw new Error(`a token pattern must start with a word: ${pattern.join(' ')}`);
      const list = patternsByFirst.get(first);
      if (list) list.push({ set: this.id, pattern });
      else patternsByFirst.set(first, [{ set: this.id, pattern }]);
    }
    if (matched.length < sets) matched = new Uint8Array(2 * sets);
    // A scan before this set existed did not look for its patterns.
    scannedCount = -1;
  }

  /** Whether any pattern occurs anywhere in the tokens. */
  matches(tokens: readonly string[]): boolean {
    if (!sameAsScanned(tokens)) scan(tokens);
    return matched[this.id] === 1;
  }
}

function sameAsScanned(tokens: readonly string[]): boolean {
  if (tokens.length !== scannedCount) return false;
  for (let i = 0; i < tokens.length; i++) if (tokens[i] !== scanned[i]) return false;
  return true;
}

/** Which sets match the tokens, in one pass over them. Plain loops: this runs a few times a question. */
function scan(tokens: readonly string[]): void {
  matched.fill(0, 0, sets);
  // Written over, never shortened: no new backing store per question.
  for (let i = 0; i < tokens.length; i++) {
    scanned[i] = tokens[i]!;
    const candidates = patternsByFirst.get(tokens[i]!);
    if (candidates === undefined) continue;
    for (let k = 0; k < candidates.length; k++) {
      const { set, pattern } = candidates[k]!;
      if (matched[set] === 0 && startsAt(tokens, i, pattern)) matched[set] = 1;
    }
  }
  scannedCount = tokens.length;
}

function startsAt(tokens: readonly string[], at: number, pattern: TokenPattern): boolean {
  if (at + pattern.length > tokens.length) return false;
  for (let j = 1; j < pattern.length; j++) if (pattern[j] !== '*' && tokens[at + j] !== pattern[j]) return false;
  return true;
}
