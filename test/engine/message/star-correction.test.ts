import { describe, expect, it } from 'vitest';
import { withStarCorrections } from '../../../src/engine/message/star-correction.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withStarCorrections: a word corrected with a star, as chat does', () => {
  it.each([
    ['tank for svaret *takk', 'takk for svaret '],
    ['what did kirk say *kirby', 'what did kirby say '],
    ['who runs 38 Norsk? *north', 'who runs 38 north? '],
  ])('%j -> %j', (text, expected) => expect(withStarCorrections(text)).toBe(expected));

  it('keeps a starred word that corrects none, stress in Markdown, and arithmetic', () => {
    expect(withStarCorrections('*Kirby')).toBe('Kirby');
    expect(withStarCorrections('this is *really* important')).toBe('this is *really* important');
    expect(withStarCorrections('2*3')).toBe('2*3');
  });
});

describe('Engine: a word corrected with a star', () => {
  it('answers as corrected (declined before)', () => {
    expect(seedEngine().ask('hvem står bak 38 Norsk? *north').intent).toBe('image-analysis');
    expect(seedEngine().ask('tank for svaret *takk').intent).toBe('thanks');
  });
});

describe('withStarCorrections on a message of many starred words', () => {
  it('corrects the first few and leaves the rest, starred', () => {
    const text = Array.from({ length: 8 }, () => 'word *wurd').join(' ');
    const out = withStarCorrections(text);
    expect(out.match(/\*wurd/g)?.length).toBe(3);
  });
});
