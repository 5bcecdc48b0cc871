import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { onlyThanks } from '../../../src/engine/message/opening-thanks.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('onlyThanks', () => {
  it.each([
    'okay thanks, makes sense now',
    'tusen takk, det skal eg fortelje bestefar',
    'thx fam, legend',
    'thanks, found what I was looking for',
    "thank you! I'll tell my class tomorrow",
  ])('%j is thanks', (q) => expect(onlyThanks(tokenize(q), q)).toBe(true));

  it.each([
    'thanks! who took the pictures',
    'takk. var det hester på toget',
    'takk hvem tok bildene',
    'thanks, and the bridge length?',
    'that makes sense, thanks',
  ])('%j is not thanks alone', (q) => expect(onlyThanks(tokenize(q), q)).toBe(false));
});

describe('Engine: thanks with a word on how the answer landed', () => {
  const engine = seedEngine();

  it.each([
    'ty bot that cleared things up nicely',
    'okay thanks, makes sense now',
    'tusen takk, det skal eg fortelje bestefar',
    // A prediction said in passing asks none.
    'Takk! Dette blir en bra presentasjon, klassen kommer til å like den.',
  ])('%j is thanked back, not declined for its unknown words', (q) => expect(engine.ask(q).intent).toBe('thanks'));

  it('still answers a question after the thanks', () => {
    expect(engine.ask('takk! hvem tok bildene?').intent).toBe('image-analysis');
  });
});
