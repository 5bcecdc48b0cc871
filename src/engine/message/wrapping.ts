import type { MachineCodePattern } from './machine-code-pattern.js';

/**
 * The tokens with a wrapping's words taken out (every match of `wrapping` over the tokens joined by spaces): what is
 * left is what is asked. The tokens themselves when nothing matched or fewer than `minLeft` would be left.
 */
export function withoutWrapping(tokens: readonly string[], wrapping: MachineCodePattern, minLeft: number): readonly string[] {
  const left = tokens.join(' ').replace(wrapping.regExp(), ' ').trim();
  const out = left === '' ? [] : left.split(/ +/);
  return out.length >= minLeft && out.length < tokens.length ? out : tokens;
}
