import { describe, expect, it } from 'vitest';
import { withWordsAsMeant, type WordBook } from '../../../src/engine/message/glued-words.js';
import { seedEngine } from '../../support/seed-engine.js';

// A few everyday words and their ranks, and the words of a knowledge base about a ferry.
// prettier-ignore
const EVERYDAY = new Map(Object.entries({ er: 3, the: 3, was: 31, what: 12, on: 20, like: 60, hva: 18, når: 78, var: 26, who: 71, kan: 24,
  at: 8, om: 29, hvor: 53, lang: 475, took: 313, train: 1200, wha: 4454, langer: 7895, ond: 3000 }));
const BOOK: WordBook = {
  rank: (word) => EVERYDAY.get(word),
  uses: (word) => ['ferja', 'ferry', 'pictures', 'bombe', 'kapteinen'].includes(word),
  understands: (word) => word === 'ferjene',
};

describe('withWordsAsMeant', () => {
  it.each([
    ['hvorlangerferja', 'hvor lang er ferja'],
    ['whotookthepictures?', 'who took the pictures?'],
    ['nårvar det', 'når var det'],
    ['hvakan du', 'hva kan du'],
    ['wha t is the ferry', 'what is the ferry'],
    ['what wa s on the ferry', 'what was on the ferry'],
    ['trai n', 'train'],
  ])('%j is read as %j', (typed, meant) => expect(withWordsAsMeant(typed, BOOK)).toBe(meant));

  it.each([
    // A compound or an inflected word of common words, a word the knowledge base understands, one opening with no
    // question word, a run of two-letter words, "u" for "you", a letter making a rarer word, a letter after an apostrophe, a figure's unit.
    'atombombe',
    'ferjene',
    'kapteinenkan',
    'hvaeronom',
    'u like the ferry',
    'on d',
    "what's on",
    '2 km s',
  ])('%j is left as typed', (typed) => expect(withWordsAsMeant(typed, BOOK)).toBe(typed));
});

describe('Engine: words typed without spaces or split by one', () => {
  const engine = seedEngine();

  it('answers what the words ask', () => {
    expect(engine.ask('hvorlangervennskapsbroen?').intent).toBe('friendship-bridge');
    expect(engine.ask('whotookthesatellitepictures').intent).toBe('image-analysis');
    expect(engine.ask('wha t was the train carrying').intent).toBe('cargo-unknown');
  });

  it('leaves dialect and compound words whole', () => {
    expect(engine.ask('Kirby ble vel sparka etterpå?').intent).toBeNull();
  });
});
