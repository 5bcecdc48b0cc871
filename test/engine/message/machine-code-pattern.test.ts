import { describe, expect, it } from 'vitest';
import { compiledToMachineCode } from '../../../src/engine/message/machine-code-pattern.js';

describe('compiledToMachineCode', () => {
  it('returns the pattern itself, matching from the start as before its first use', () => {
    const pattern = /(?:^| )(?:tell me about|what about)(?= |$)/g;
    expect(compiledToMachineCode(pattern)).toBe(pattern);
    expect(pattern.lastIndex).toBe(0);
    expect(pattern.exec('what about the ferry')?.index).toBe(0);
    pattern.lastIndex = 0;
    expect('so tell me about the ferry'.replace(compiledToMachineCode(pattern), ' ')).toBe('so  the ferry');
  });

  it('leaves a sticky pattern at its start too', () => {
    const pattern = /ferry/y;
    compiledToMachineCode(pattern);
    expect(pattern.lastIndex).toBe(0);
    expect(pattern.test('ferry')).toBe(true);
  });
});
