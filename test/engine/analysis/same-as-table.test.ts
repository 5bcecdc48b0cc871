import { describe, expect, it } from 'vitest';
import { sameAsOf } from '../../../src/engine/analysis/same-as-table.js';

describe("sameAsOf: the other words of a word's lexicon concepts", () => {
  const lexicon = {
    concepts: {
      ferry: ['ferje', 'ferja', 'ferry', 'car ferry'],
      boat: ['båt', 'ferry', 'vessel'],
    },
  };

  it("gives a word the other words of every concept holding it, in the lexicon's order", () => {
    const table = sameAsOf(lexicon);
    expect(table.get('ferja')).toEqual(['ferje', 'ferry', 'car ferry']);
    expect(table.get('ferry')).toEqual(['ferje', 'ferja', 'car ferry', 'båt', 'vessel']);
  });

  it('gives a concept term all its words, and nothing for a word no concept holds or a phrase', () => {
    const table = sameAsOf(lexicon);
    expect(table.get('#boat')).toEqual(['båt', 'ferry', 'vessel']);
    expect(table.get('captain')).toBeUndefined();
    expect(table.get('car ferry')).toBeUndefined();
  });

  it('is made once per lexicon', () => {
    expect(sameAsOf(lexicon)).toBe(sameAsOf(lexicon));
  });
});
