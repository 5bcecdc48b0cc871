/**
 * A function of a message's tokens, remembered for the tokens it was last asked of: a question's checks ask the same
 * thing of the same tokens several times (the matcher, the answer's composition and the entry checks each ask which
 * detail a question wants), each time from an array of their own. Compared word by word, not by array: a caller may
 * reuse or change its array.
 */
export class LastTokensMemo<V> {
  /** A copy of the tokens last asked of (written over, never shortened: no new backing store per question). */
  private readonly last: string[] = [];
  private lastCount = -1;
  private value: V | undefined;

  constructor(private readonly compute: (tokens: readonly string[]) => V) {}

  of(tokens: readonly string[]): V {
    if (this.isLast(tokens)) return this.value as V;
    const value = this.compute(tokens);
    for (let i = 0; i < tokens.length; i++) this.last[i] = tokens[i]!;
    this.lastCount = tokens.length;
    this.value = value;
    return value;
  }

  private isLast(tokens: readonly string[]): boolean {
    if (tokens.length !== this.lastCount) return false;
    for (let i = 0; i < tokens.length; i++) if (tokens[i] !== this.last[i]) return false;
    return true;
  }
}
