import { describe, expect, it } from 'vitest';
import { readWordRanks } from '../../../src/app/read-word-ranks.js';
import { Analyzer } from '../../../src/engine/analysis/analyzer.js';
import { Lexicon } from '../../../src/engine/analysis/lexicon.js';
import { WordRarity } from '../../../src/engine/analysis/word-rarity.js';
import { seedEngine } from '../../support/seed-engine.js';

/** A word of the asker's language is what they typed, not a slip of a knowledge-base word one letter away. */
describe('listed words are not corrected', () => {
  const analyzer = new Analyzer(new Lexicon(), undefined, new WordRarity(readWordRanks()));
  analyzer.learn('will they sever the ties', 'en');
  analyzer.learn('who won the match', 'en');
  analyzer.learn('hvor mye har de tjent', 'nb');
  analyzer.learn('hvem har skuld', 'nb');

  it.each([
    ['server', 'en'],
    ['march', 'en'],
    ['tente', 'nb'],
    ['skylda', 'nb'],
  ] as const)('%j stays itself', (word, lang) => {
    expect(analyzer.analyzeQuestion(word, lang).unknown).toEqual([word]);
  });

  it('takes a listed word for a known one with a shorter ending ("nært" typed "naert" is "nær")', () => {
    analyzer.learn('hvor nær broen var toget', 'nb');
    expect(analyzer.analyzeQuestion('hvor naert broen', 'nb').terms).toEqual(analyzer.analyzeQuestion('hvor nær broen', 'nb').terms);
  });

  it('reads a stop word typed without å as the stop word ("paa" for "på")', () => {
    expect(analyzer.analyzeQuestion('toget paa broen', 'nb').unknown).toEqual([]);
  });

  it('still corrects a slip that is no word of the language', () => {
    expect(analyzer.analyzeQuestion('severr', 'en').unknown).toEqual([]);
    expect(analyzer.analyzeQuestion('tjemt', 'nb').unknown).toEqual([]);
  });
});

/**
 * A word the training texts use once may be their typo of a commoner word; not when the lexicon lists it: the
 * everyday lists are short ("lengde" is not among Norwegian's 10,000 commonest words, and is no slip of "lenge").
 */
describe('words the lexicon lists are not taken for training typos', () => {
  const lexicon = new Lexicon(Lexicon.compile({ concepts: { length: ['lengde', 'lang'], first: ['lenge'] } }));
  const analyzer = new Analyzer(lexicon, undefined, new WordRarity(readWordRanks()));
  analyzer.learn('vennskapsbroen lengde', 'nb');
  for (const q of ['hvor lenge var broen stengt', 'har det tatt lenge', 'lenge siden sist']) analyzer.learn(q, 'nb');

  it('keeps "lengde" itself, with its concept', () => {
    const { terms } = analyzer.analyzeQuestion('broen lengde', 'nb');
    expect(terms).toContain('#length');
    expect(terms).not.toContain('#first');
  });
});

/** Nor an English form of a word the lexicon lists: "spends" (of "spend") is no slip of "sends" the texts use. */
describe('an English form of a word the lexicon lists is not taken for a training typo', () => {
  const lexicon = new Lexicon(Lexicon.compile({ concepts: { money: ['spend', 'money'], supply: ['sends'] } }));
  const analyzer = new Analyzer(lexicon, undefined, new WordRarity(readWordRanks()));
  analyzer.learn('how much does kim spend', 'en');
  for (const q of ['who sends the shells', 'north korea sends arms', 'what it sends']) analyzer.learn(q, 'en');

  it('keeps "spends" as "spend", with its concept', () => {
    const { terms } = analyzer.analyzeQuestion('kim spends', 'en');
    expect(terms).toContain('#money');
    expect(terms).not.toContain('#supply');
  });

  it('answers how anyone knows what Kim spends on horses (declined, read as sending)', () => {
    expect(seedEngine().ask('how does anyone know that kim spends money on horses from russia').intent).toBe('kim-horses');
  });
});

/** Nor when a phrase the lexicon lists opens with it: "endte" of "endte opp" (ended up) is no slip of "sendte" (sent). */
describe('a word opening a lexicon phrase is not taken for a training typo', () => {
  const lexicon = new Lexicon(Lexicon.compile({ concepts: { standing: ['endte opp', 'havnet'], supply: ['sendte'] } }));
  const analyzer = new Analyzer(lexicon, undefined, new WordRarity(readWordRanks()));
  analyzer.learn('hvor endte toget', 'nb');
  for (const q of ['hvem sendte toget', 'sendte de våpen', 'hva sendte nord-korea']) analyzer.learn(q, 'nb');

  it('keeps "endte" itself, without the concept of sending', () => {
    const { terms } = analyzer.analyzeQuestion('hvor endte toget opp', 'nb');
    expect(terms).not.toContain('#supply');
    expect(terms).toContain(analyzer.analyzeQuestion('hvor endte toget', 'nb').terms[1]);
  });

  it('answers where the train ended up (declined, as a question about what was sent)', () => {
    expect(seedEngine().ask('hvor endte toget opp i russland?').intent).toBe('image-1429');
  });
});

/** A word of the language the training texts use once is a slip of a commoner one only in a slip's shape. */
describe('a listed training word is taken for a typo only in the shape of one', () => {
  const analyzer = new Analyzer(new Lexicon(), undefined, new WordRarity(readWordRanks()));
  analyzer.learn('is kim loving horses', 'en');
  for (const q of ['who is moving the train', 'moving trains at night', 'the train is moving']) analyzer.learn(q, 'en');

  it('keeps "loving" itself: one letter for another, the first, is another word ("moving")', () => {
    expect(analyzer.analyzeQuestion('kim loving horses', 'en').terms).not.toEqual(analyzer.analyzeQuestion('kim moving horses', 'en').terms);
  });

  it('keeps a form of another word ("covers" is no "covert") and a word of the other language ("manage" is no "mange")', () => {
    const other = new Analyzer(new Lexicon(), undefined, new WordRarity(readWordRanks()));
    other.learn('what covers the train', 'en');
    for (const q of ['covert shipments', 'a covert route', 'covert deals']) other.learn(q, 'en');
    other.learn('how do they manage', 'en');
    for (const q of ['hvor mange hester', 'mange tog', 'hvor mange bilder']) other.learn(q, 'nb');
    expect(other.analyzeQuestion('covers', 'en').terms).not.toEqual(other.analyzeQuestion('covert', 'en').terms);
    expect(other.analyzeQuestion('manage', 'en').terms).not.toEqual(other.analyzeQuestion('mange', 'nb').terms);
  });

  it('answers whether Kim loves horses (declined: read as "moving")', () => {
    expect(seedEngine().ask('is kim loving horses true?').intent).toBe('kim-horses');
  });
});
