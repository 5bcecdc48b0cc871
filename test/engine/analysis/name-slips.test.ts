import { describe, expect, it } from 'vitest';
import { isSlipOf } from '../../../src/engine/analysis/keyboard.js';
import { Lexicon } from '../../../src/engine/analysis/lexicon.js';
import { STOPWORDS } from '../../../src/engine/analysis/stopwords.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('slips in a known name', () => {
  const lexicon = new Lexicon(Lexicon.compile({ concepts: { 'planet-labs': ['planet labs'], 'think-tank': ['38 north'], since: ['of the'] } }));
  const near = (words: string[], i: number): string | undefined => lexicon.phraseWordNear(words, i, isSlipOf, (w) => STOPWORDS.has(w));

  it("reads a word one slip from a name's word, among the name's other words, as that word", () => {
    expect(near(['who', 'runs', 'planet', 'laps'], 3)).toBe('labs');
    expect(near(['what', 'did', '48', 'north', 'say'], 2)).toBe('38');
    expect(near(['what', 'did', '83', 'north', 'say'], 2)).toBe('38');
  });

  it('leaves a word alone outside the name, a number that is no slip, and phrases of stop words', () => {
    expect(near(['who', 'runs', 'laps'], 2)).toBeUndefined();
    expect(near(['what', 'did', '58', 'north', 'say'], 2)).toBeUndefined();
    expect(near(['one', 'if', 'the', 'best'], 1)).toBeUndefined();
  });

  it('takes a year or a decade for what was asked, never for a slip', () => {
    expect(isSlipOf('2016', '2017')).toBe(false);
    expect(isSlipOf('80s', '90s')).toBe(false);
    expect(isSlipOf('48', '38')).toBe(true);
  });

  it('answers a question that misspells a name in the article as the name', () => {
    const engine = seedEngine();
    expect(engine.inspect('who are planet laps').match?.unknown).toEqual([]);
    expect(engine.inspect('what did the 48 north analysts look at').answer.intent).toBe('image-analysis');
    expect(engine.inspect('was the last icbm test in 2016').match?.unknown).toEqual(['2016']);
  });
});
