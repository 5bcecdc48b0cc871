/** A run of lower-cased tokens to look for in a question; '*' stands for any one token (not first). */
export type TokenPattern = readonly string[];

/** A pattern and the set it belongs to. */
interface SetPattern {
  set: number;
  pattern: TokenPattern;
}

/**
 * The patterns that start with one token, by their second: a few hundred start with "is", "er" or "was" ("is it
 * true", "er det lurt"), and a question's next token rules out all but a handful.
 */
interface PatternsFrom {
  /** One token long, or any token second ('*'). */
  anySecond: SetPattern[];
  bySecond: Map<string, SetPattern[]>;
}

/**
 * Every set's patterns, indexed by their first two tokens: a question is scanned once for all sets
 * together (the frame, detail, comparison and confirmation sets ask about the same tokens one
 * after another, a dozen sets a question), and each set then reads whether it matched.
 */
const patternsByFirst = new Map<string, PatternsFrom>();
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
      let from = patternsByFirst.get(first);
      if (from === undefined) patternsByFirst.set(first, (from = { anySecond: [], bySecond: new Map() }));
      const second = pattern[1];
      if (second === undefined || second === '*') from.anySecond.push({ set: this.id, pattern });
      else {
        const list = from.bySecond.get(second);
        if (list) list.push({ set: this.id, pattern });
        else from.bySecond.set(second, [{ set: this.id, pattern }]);
      }
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

  /** Whether any pattern occurs in the tokens these were found in. */
  occursIn(found: FoundPatterns): boolean {
    return found.sets[this.id] === 1;
  }
}

/**
 * Which sets occur in some tokens, kept apart from the next scan: a check that asks dozens of sets about the same
 * tokens (the detail a question asks for) compares them with the tokens last scanned once, not once per set.
 */
export interface FoundPatterns {
  /** Per set, 1 when it occurs. */
  readonly sets: Uint8Array;
}

export function patternsIn(tokens: readonly string[]): FoundPatterns {
  if (!sameAsScanned(tokens)) scan(tokens);
  return { sets: matched.slice(0, sets) };
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
    const from = patternsByFirst.get(tokens[i]!);
    if (from === undefined) continue;
    matchAt(tokens, i, from.anySecond);
    const next = i + 1 < tokens.length ? from.bySecond.get(tokens[i + 1]!) : undefined;
    if (next !== undefined) matchAt(tokens, i, next);
  }
  scannedCount = tokens.length;
}

/** Notes the sets of those of the patterns that occur from `at` on. */
function matchAt(tokens: readonly string[], at: number, candidates: readonly SetPattern[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const { set, pattern } = candidates[k]!;
    if (matched[set] === 0 && startsAt(tokens, at, pattern)) matched[set] = 1;
  }
}

function startsAt(tokens: readonly string[], at: number, pattern: TokenPattern): boolean {
  if (at + pattern.length > tokens.length) return false;
  for (let j = 1; j < pattern.length; j++) if (pattern[j] !== '*' && tokens[at + j] !== pattern[j]) return false;
  return true;
}
