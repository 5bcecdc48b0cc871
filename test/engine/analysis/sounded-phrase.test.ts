import { describe, expect, it } from 'vitest';
import { soundedPhraseAt, soundOf } from '../../../src/engine/analysis/sounded-phrase.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('soundOf: the consonants of words, in order, each once', () => {
  it('hears misheard syllables of a name as the name', () => {
    expect(soundOf(['young', 'oon'])).toBe(soundOf(['jong', 'un']));
    expect(soundOf(['ill', 'song'])).toBe(soundOf(['il', 'sung']));
    expect(soundOf(['curby'])).toBe(soundOf(['kirby']));
    expect(soundOf(['jongun'])).toBe(soundOf(['jong', 'un']));
  });

  it('tells different names apart', () => {
    expect(soundOf(['jong', 'il'])).not.toBe(soundOf(['jong', 'un']));
    expect(soundOf(['is', 'long'])).not.toBe(soundOf(['il', 'sung']));
  });
});

describe('soundedPhraseAt: a known phrase written as heard', () => {
  const phrases = [
    { tokens: ['kim', 'jong', 'un'], concept: '#kim' },
    { tokens: ['kim', 'il', 'sung'], concept: '#history' },
    { tokens: ['missile', 'programme'], concept: '#missile' },
  ];
  const stop = new Set(['also', 'is', 'the']);
  const known = new Set(['kim', 'jong', 'un', 'il', 'sung', 'missile', 'programme', 'program']);
  const at = (words: string[], i: number) =>
    soundedPhraseAt(
      words,
      i,
      phrases,
      (w) => stop.has(w),
      (w) => known.has(w),
    );

  it('finds the phrase after its first word, over as many typed words as it takes', () => {
    expect(at(['does', 'kim', 'young', 'oon', 'ride'], 1)).toEqual({ phrase: phrases[0], typed: 2 });
    expect(at(['was', 'kim', 'ill', 'song', 'first'], 1)).toEqual({ phrase: phrases[1], typed: 2 });
    expect(at(['kim', 'jongun'], 0)).toEqual({ phrase: phrases[0], typed: 1 });
  });

  it('hears no number: a number after the phrase is not a syllable of it', () => {
    const tank = [{ tokens: ['think', 'tank'], concept: '#think-tank' }];
    expect(
      soundedPhraseAt(
        ['the', 'think', 'tank', '38', 'south'],
        1,
        tank,
        () => false,
        () => true,
      ),
    ).toBeUndefined();
  });

  it('leaves the phrase as written, stop words, and another spelling the knowledge base writes', () => {
    expect(at(['kim', 'jong', 'un'], 0)).toBeUndefined();
    expect(at(['does', 'kim', 'also', 'sing'], 1)).toBeUndefined();
    expect(at(['the', 'missile', 'program'], 1)).toBeUndefined();
  });
});

describe('Engine: names written as heard (dictation, spelling by ear)', () => {
  const engine = seedEngine();

  it.each([
    ['does kim jongun really like horses', 'kim-horses'],
    ['was kim il song made leader by the soviets', 'history-1948'],
  ])('answers %j (declined before)', (question, intent) => {
    expect(engine.ask(question).intent).toBe(intent);
  });

  it('is surer of a name it hears (0.70 before)', () => {
    expect(engine.ask('does john curby say the shells go to africa').confidence).toBeGreaterThan(0.9);
  });
});
