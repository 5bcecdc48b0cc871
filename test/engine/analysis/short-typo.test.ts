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

  it('reads a letter typed twice as typed once ("tokk" for "tok")', () => {
    const took = (w: string): number => (w === 'tok' ? 3 : 0);
    expect(shortTypoOf('tokk', took)).toEqual({ word: 'tok', stop: false });
    expect(shortTypoOf('ttok', took)).toEqual({ word: 'tok', stop: false });
  });

  it('leaves longer words to the spelling index and substitutes only a neighbouring key', () => {
    expect(shortTypoOf('nortth', popularity)).toBeUndefined();
    expect(shortTypoOf('tzme', popularity)).toBeUndefined();
    expect(shortTypoOf('tume', popularity)).toEqual({ word: 'time', stop: false });
    expect(shortTypoOf('thw', popularity)).toEqual({ word: 'the', stop: true });
  });

  it("prefers the word most used in the message's language", () => {
    const rank = (w: string): number | undefined => ({ how: 60, noe: undefined })[w];
    const howPopular = (w: string): number => (w === 'how' ? 3 : 0);
    expect(shortTypoOf('hoe', howPopular, rank)).toEqual({ word: 'how', stop: false });
    expect(shortTypoOf('hoe', howPopular)).toEqual({ word: 'noe', stop: true });
  });

  it('takes a sound drawn out for no slip of the keys', () => {
    expect(shortTypoOf('arr', popularity)).toBeUndefined();
    expect(shortTypoOf('grr', popularity)).toBeUndefined();
  });
});

describe('Engine: short slips of the keys', () => {
  it('reads a short word hit on a neighbouring key as the word meant', () => {
    const engine = seedEngine();
    expect(engine.inspect('whem did thw train reach khasan').match?.unknown).toEqual([]);
    expect(engine.inspect('hva skjedde mrd hestene').match?.unknown).toEqual([]);
    expect(engine.inspect('hva sa johm kirby').answer.intent).toBe(engine.inspect('hva sa john kirby').answer.intent);
  });

  it("reads a word only the other language uses as a slip, but keeps a word of the message's own language", () => {
    const engine = seedEngine();
    expect(engine.inspect('what did the vets sau about the horses').match?.unknown).toEqual([]);
    expect(engine.inspect('hoe long is the bridge').match?.unknown).toEqual([]);
    // "amy" is an English name: it stays unknown rather than become "any".
    expect(engine.inspect('did amy see the train').match?.unknown).toEqual(['amy']);
  });

  it('does not count a misspelt everyday word as an unknown name against the question', () => {
    const { match } = seedEngine().inspect('waht did teh white house acuse north korea of');
    expect(match?.unknown).toEqual([]);
  });
});

describe('Engine: a misspelt everyday word', () => {
  it('weighs as the common word it misspells, not as an unknown name', () => {
    const engine = seedEngine();
    expect(engine.inspect('hvor lang er brua egentli').match?.unknown).toEqual([]);
  });

  it('takes a five-letter word that swaps two letters of a stop word for it, and answers', () => {
    const engine = seedEngine();
    const { answer, match } = engine.inspect('hvor mange vogner hdade toget på nordkoreansk side');
    expect(match?.unknown).toEqual([]);
    expect(answer.intent).toBe('image-1024');
    // One letter from a stop word is not enough: "kunde" (a customer) is no "kunne".
    expect(engine.inspect('hva sa en kunde til kirby').match?.unknown).toContain('kunde');
  });

  it('keeps a name that is one letter from a rarer word unknown as typed', () => {
    const engine = seedEngine();
    expect(engine.inspect('sendte nord-korea soldater til kursk').match?.unknown).toEqual(['kursk']);
  });
});
