import { describe, expect, it } from 'vitest';
import { TokenPatternSet } from '../../../src/engine/message/token-pattern.js';

describe('token patterns', () => {
  const when = new TokenPatternSet([
    ['when', 'did'],
    ['what', 'time'],
  ]);
  const howMany = new TokenPatternSet([
    ['how', 'many'],
    ['how', 'much', '*', 'cost'],
  ]);

  it('each set answers for its own patterns when several ask about the same question', () => {
    const tokens = ['how', 'many', 'trains', 'and', 'when', 'did', 'they', 'leave'];
    expect(howMany.matches(tokens)).toBe(true);
    expect(when.matches(tokens)).toBe(true);
    const other = ['what', 'is', 'the', 'time'];
    expect(when.matches(other)).toBe(false);
    expect(howMany.matches(other)).toBe(false);
  });

  it("reads '*' as any one token, never past the question's end", () => {
    expect(howMany.matches(['how', 'much', 'did', 'cost'])).toBe(true);
    expect(howMany.matches(['how', 'much', 'cost'])).toBe(false);
    expect(howMany.matches(['so', 'how', 'much'])).toBe(false);
  });

  it('sees a reused array with other tokens, and a set made after a question was read', () => {
    const tokens = ['when', 'did', 'it', 'happen'];
    expect(when.matches(tokens)).toBe(true);
    tokens[1] = 'does';
    expect(when.matches(tokens)).toBe(false);
    const later = new TokenPatternSet([['when', 'does']]);
    expect(later.matches(tokens)).toBe(true);
    expect(when.matches(tokens)).toBe(false);
  });

  it('rejects a pattern that does not start with a word', () => {
    expect(() => new TokenPatternSet([['*', 'many']])).toThrow(/must start with a word/);
  });
});
