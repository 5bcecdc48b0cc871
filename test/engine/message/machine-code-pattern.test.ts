import { describe, expect, it } from 'vitest';
import { MachineCodePattern } from '../../../src/engine/message/machine-code-pattern.js';

describe('MachineCodePattern', () => {
  it('gives the pattern itself, matching from the start as before its first use', () => {
    const pattern = /(?:^| )(?:tell me about|what about)(?= |$)/g;
    const wrapped = new MachineCodePattern(pattern);
    expect(wrapped.regExp()).toBe(pattern);
    expect(pattern.lastIndex).toBe(0);
    expect(pattern.exec('what about the ferry')?.index).toBe(0);
    pattern.lastIndex = 0;
    expect('so tell me about the ferry'.replace(wrapped.regExp(), ' ')).toBe('so  the ferry');
  });

  it('leaves a sticky pattern at its start too', () => {
    const pattern = /ferry/y;
    new MachineCodePattern(pattern).regExp();
    expect(pattern.lastIndex).toBe(0);
    expect(pattern.test('ferry')).toBe(true);
  });
});
