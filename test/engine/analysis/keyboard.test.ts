import { describe, expect, it } from 'vitest';
import { isNeighbourSlip, keyNeighbours } from '../../../src/engine/analysis/keyboard.js';

describe('keyboard neighbours', () => {
  it('knows the keys around a letter, in the row and the rows above and below', () => {
    expect(keyNeighbours('e')).toContain('w');
    expect(keyNeighbours('e')).toContain('r');
    expect(keyNeighbours('e')).toContain('d');
    expect(keyNeighbours('n')).toContain('m');
    expect(keyNeighbours('ø')).toContain('æ');
    expect(keyNeighbours('e')).not.toContain('p');
    expect(keyNeighbours('1')).toBe('2');
    expect(keyNeighbours('?')).toBe('');
  });

  it('tells a slip on a neighbouring key from another word', () => {
    expect(isNeighbourSlip('thw', 'the')).toBe(true);
    expect(isNeighbourSlip('whem', 'when')).toBe(true);
    expect(isNeighbourSlip('cook', 'took')).toBe(false);
    expect(isNeighbourSlip('the', 'the')).toBe(false);
  });
});
