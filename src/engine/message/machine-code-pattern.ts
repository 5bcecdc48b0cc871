/**
 * A large regular expression compiled straight to machine code on its first use. V8 first compiles a pattern to bytecode
 * and to machine code only on its second use; for a pattern of thousands of characters (the wrappings of a question) the
 * bytecode compile alone takes tens of milliseconds, paid by the first question of every start. A subject of 1,000
 * characters or more makes V8 compile to machine code at once (kTierUpForSubjectLengthValue in V8's regexp code): one
 * match against blanks does that, in a few milliseconds. If V8 changes the rule, only the start gets slower.
 */
const TIER_UP_SUBJECT = ' '.repeat(1000);

export class MachineCodePattern {
  private compiled = false;

  constructor(private readonly pattern: RegExp) {}

  /** The pattern, compiled to machine code if this is its first use. */
  regExp(): RegExp {
    if (!this.compiled) {
      this.compiled = true;
      this.pattern.test(TIER_UP_SUBJECT);
      this.pattern.lastIndex = 0;
    }
    return this.pattern;
  }
}
