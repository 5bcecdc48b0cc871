import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { distanceEnds, namesDistanceEnds } from '../../../src/engine/message/distance-ends.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('distanceEnds', () => {
  it.each([
    // A place's head word after its modifiers ("the russian border", "the NK border") is the end.
    ['how many km is pyongyang from the russian border', ['pyongyang', 'border']],
    ['how far is khasan station from the nk border', ['border']],
    ['hvor langt er khasan fra den nordkoreanske grensen', ['khasan', 'grensen']],
    ['hvor mange km er det fra pyongyang til grensa', ['pyongyang', 'grensa']],
    ['hvor langt er det fra Pyongyang til Khasan', ['pyongyang', 'khasan']],
    ['how far is khasan from the border', ['khasan', 'border']],
    ['hvor langt fra grensa står toget på bildet fra Khasan', ['grensa', 'khasan']],
    ['how far did the train go', []],
    // "according to" names a source, "due to" a cause: no end.
    ['how far is khasan from the border according to the photos', ['khasan', 'border']],
    ['how far did the train go due to the closure', []],
  ])('%j measures between %j', (q, ends) => expect(distanceEnds(tokenize(q))).toEqual(ends));
});

describe('namesDistanceEnds', () => {
  const khasan = ['At 14:29 the locomotive can be seen at Khasan station in Russia, about two kilometres from the border.'];
  const lexicon = new Map([
    ['pyongyang', ['north korea', 'nord-korea']],
    ['khasan', ['station', 'stasjonen']],
    ['border', ['grense', 'grensa']],
    ['grensa', ['border', 'grense']],
  ]);
  const sameAs = (w: string): readonly string[] => lexicon.get(w) ?? [];

  it('takes a distance whose ends the text names, in any of their forms', () => {
    expect(namesDistanceEnds(khasan, ['khasan', 'border'], sameAs)).toBe(true);
    expect(namesDistanceEnds(khasan, ['grensa'], sameAs)).toBe(true);
  });

  it('does not take it for a place the text never names', () => {
    expect(namesDistanceEnds(khasan, ['pyongyang', 'border'], sameAs)).toBe(false);
  });

  it("does not take a capital for its country: the text must name the city (a bridge between the countries is not Moscow's)", () => {
    const bridge = ['The Friendship Bridge between North Korea and Russia is about 800 metres long.'];
    const countries = (w: string): readonly string[] => (w === 'pyongyang' ? ['north korea'] : w === 'moskva' ? ['russia'] : []);
    expect(namesDistanceEnds(bridge, ['pyongyang', 'moskva'], countries)).toBe(false);
  });

  it('leaves a place the lexicon does not know to the other checks', () => {
    expect(namesDistanceEnds(khasan, ['tumen', 'border'], sameAs)).toBe(true);
  });
});

describe('Engine: a distance from a place the article does not measure from', () => {
  it("declines the distance from Pyongyang, offering Khasan's picture, and still answers Khasan's distance", () => {
    const engine = seedEngine();
    for (const q of ['how many km is pyongyang from the russian border', 'hvor langt er det fra Pyongyang til Khasan?']) {
      const answer = engine.ask(q);
      expect(answer.intent).toBeNull();
      expect(answer.suggestions.map((s) => s.id)).toContain('image-1429');
    }
    expect(engine.ask('how far is khasan from the border').intent).toBe('image-1429');
    // "NK" modifies the border, which the text names (it was declined as a distance from North Korea the text lacks).
    expect(engine.ask('how far is khasan from the NK border?').intent).toBe('image-1429');
    // The source named after it is no end the text lacks.
    expect(engine.ask('how far is khasan from the border according to the article').intent).toBe('image-1429');
    // Two capitals, which stand for the countries the bridge joins (answered with the bridge at 0.87).
    expect(engine.ask('Hvor mange kilometer er det fra Pyongyang til Moskva?').intent).toBeNull();
  });
});
