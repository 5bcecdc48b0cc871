import { describe, expect, it } from 'vitest';
import { withLatinLookAlikes } from '../../../src/engine/message/look-alike-letters.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withLatinLookAlikes', () => {
  it.each([
    // Cyrillic о, К and А, Greek ο, in Latin words.
    ['hva kan jeg spørre deg \u043em?', 'hva kan jeg spørre deg om?'],
    ['How many missiles has North \u041aorea fired', 'How many missiles has North Korea fired'],
    ['Hva handler denne \u0410rtikkelen om?', 'Hva handler denne Artikkelen om?'],
    ['in the m\u03bfrning', 'in the morning'],
    // A word of look-alikes only, in a message otherwise in Latin letters.
    ['\u0430 train', 'a train'],
  ])('%j reads as %j', (typed, read) => expect(withLatinLookAlikes(typed)).toBe(read));

  it('leaves a word written in Cyrillic as it is', () => {
    expect(withLatinLookAlikes('\u0425\u0430\u0441\u0430\u043d station')).toBe('\u0425\u0430\u0441\u0430\u043d station');
    expect(withLatinLookAlikes('\u0427\u0442\u043e \u0442\u0430\u043a\u043e\u0435')).toBe('\u0427\u0442\u043e \u0442\u0430\u043a\u043e\u0435');
  });
});

describe('Engine: look-alike letters pasted into a question', () => {
  const engine = seedEngine();

  it('answers as if they were the Latin letters they show (declined as a word it did not know)', () => {
    expect(engine.ask('hva kan jeg spørre deg \u043em?').intent).toBe('help');
  });
});
