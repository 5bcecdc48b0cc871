import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { measuredThings, measuresThing } from '../../../src/engine/message/measured-thing.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('measuredThings', () => {
  it.each([
    ['how long is the border with russia', ['border']],
    ['hvor lang var toget i meter', ['toget']],
    ['what is the length of the friendship bridge', ['friendship', 'bridge']],
    ['how many metres long is that bridge', ['bridge']],
    ['kor lang e den brua egentli', ['brua']],
    ['hvor lang er hele kaia', ['kaia']],
    ['how long is the entire pier', ['pier']],
    ['how long & when was it closed', []],
    ['how long did the train stand there', []],
    ['who took the pictures', []],
    // The thing before the word, as short messages put it; none after a preposition or "and".
    ['border length in km', ['border']],
    ['togets lengde', ['togets']],
    ['what is the border length', ['border']],
    ['the border between the two and russia, length?', []],
  ])('%j asks the length of %j', (q, things) => expect(measuredThings(tokenize(q))).toEqual(things));
});

describe('measuresThing', () => {
  const bridge = ['The “Friendship Bridge” is 800 metres long and is the only link.', '«Vennskapsbroen» er 800 meter lang.'];
  const lexicon = new Map([
    ['bridge', ['bro', 'broen', 'brua']],
    ['brua', ['bridge', 'broen']],
    ['border', ['grense', 'grensa']],
    ['train', ['tog', 'toget']],
  ]);
  const sameAs = (w: string): readonly string[] => lexicon.get(w) ?? [];

  it('takes a length named beside its thing, in either language and in a compound ("Vennskapsbroen")', () => {
    expect(measuresThing(bridge, ['bridge'], sameAs)).toBe(true);
    expect(measuresThing([bridge[1]!], ['brua'], sameAs)).toBe(true);
  });

  it("does not take the bridge's length for the border's or the train's", () => {
    expect(measuresThing(bridge, ['border'], sameAs)).toBe(false);
    expect(measuresThing(bridge, ['train'], sameAs)).toBe(false);
  });

  it('leaves a thing the lexicon does not know, and a text with no length, to the other checks', () => {
    expect(measuresThing(bridge, ['venskapsbrua'], sameAs)).toBe(true);
    expect(measuresThing(['The border was closed in 2020.'], ['border'], sameAs)).toBe(true);
  });
});

describe('Engine: a length of something else', () => {
  it("declines the border's length, offering the bridge's entry, and still answers the bridge's", () => {
    const engine = seedEngine();
    const border = engine.ask('what is the length of the north korean border with russia');
    expect(border.intent).toBeNull();
    expect(border.suggestions.map((s) => s.id)).toEqual(['friendship-bridge']);
    expect(engine.ask('hvor lang er den grensen egentlig').intent).toBeNull();
    expect(engine.ask('what is the length of the friendship bridge').intent).toBe('friendship-bridge');
  });

  it('declines the border length put short, the thing before the word, and answers the bridge length', () => {
    const engine = seedEngine();
    // Answered with the bridge's 800 metres at 0.92.
    expect(engine.ask('border length?').intent).toBeNull();
    expect(engine.ask('border length in metres').intent).toBeNull();
    expect(engine.ask('bridge length in metres').intent).toBe('friendship-bridge');
  });
});
