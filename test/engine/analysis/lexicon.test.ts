import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/engine/analysis/stem.js';
import { Lexicon } from '../../../src/engine/analysis/lexicon.js';

describe('Lexicon: concepts by a word’s stem', () => {
  const concepts = { distance: ['far'], danger: ['farlig'] };
  const wordConcept = (lexicon: Lexicon, word: string, lang: 'nb' | 'en') => lexicon.wordConcepts(word, stem(word, lang), lang);

  it('stems an everyday word of one language only in that language: English "far" is no stem of Norwegian "farlige"', () => {
    const lexicon = new Lexicon(Lexicon.compile({ concepts, wordRanks: { en: ['far', 'the'], nb: ['farlig', 'det'] } }));
    expect(wordConcept(lexicon, 'farlige', 'nb')).toEqual(['#danger']);
    expect(wordConcept(lexicon, 'far', 'en')).toEqual(['#distance']);
  });

  it('stems a word in both languages when no everyday list tells its language', () => {
    const lexicon = new Lexicon(Lexicon.compile({ concepts }));
    expect(wordConcept(lexicon, 'farlige', 'nb')).toContain('#distance');
  });
});
