import { describe, expect, it } from 'vitest';
import { shortTypoOf } from '../../../src/engine/analysis/short-typo.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('shortTypoOf', () => {
  const known = new Map([
    ['north', 9],
    ['norm', 1],
    ['time', 5],
  ]);
  const popularity = (w: string): number => known.get(w) ?? 0;

  it('reads swapped or left-out letters of a short word as the word meant, a stop word first', () => {
    expect(shortTypoOf('teh', popularity)).toEqual({ word: 'the', stop: true });
    expect(shortTypoOf('tiem', popularity)).toEqual({ word: 'time', stop: false });
    expect(shortTypoOf('nort', popularity)).toEqual({ word: 'north', stop: false });
  });

  it('leaves longer words to the spelling index and does not substitute letters', () => {
    expect(shortTypoOf('nortth', popularity)).toBeUndefined();
    expect(shortTypoOf('tume', popularity)).toBeUndefined();
  });
});

describe('Engine: short slips of the keys', () => {
  it('does not count a misspelt everyday word as an unknown name against the question', () => {
    const { match } = seedEngine().inspect('waht did teh white house acuse north korea of');
    expect(match?.unknown).toEqual([]);
  });
});
