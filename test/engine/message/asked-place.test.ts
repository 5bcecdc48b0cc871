import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { asksPlace, TELLS_PLACE } from '../../../src/engine/message/asked-place.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksPlace', () => {
  it.each(['where did the missiles land', 'hvor landet raketten', 'kor e khasan', 'where is 38 north based'])('%j asks where', (q) =>
    expect(asksPlace(tokenize(q))).toBe(true),
  );

  it.each([
    'hvor mange vogner var det',
    'kor lang e brua',
    'hvor lenge var brua stengt',
    'where did you read that',
    'hvor står det',
    'kordan veit dem det',
    'where does the info on the bridge come from',
    'hvor kommer påstanden om brua fra',
  ])('%j asks no place', (q) => expect(asksPlace(tokenize(q))).toBe(false));
});

describe('Engine: where what is told comes from', () => {
  it('answers with the entry on it (every entry gives its sources), not "the article does not say where"', () => {
    // Both were declined: the first as a place the entry does not give.
    expect(seedEngine().ask('where does the information about the letters come from').intent).toBe('putin-kim-letters');
    expect(seedEngine().ask('hvor stammer opplysningene om brevene fra').intent).toBe('putin-kim-letters');
  });
});

describe('TELLS_PLACE', () => {
  it.each(['crossing from North Korea into Russia', 'fullblodshester fra Russland', 'the Washington-based think tank', 'ved Khasan stasjon'])(
    '%j places something',
    (text) => expect(TELLS_PLACE.test(text)).toBe(true),
  );

  it.each(['released in October 2022, from KCNA', 'According to TV 2, dozens of missiles', 'første oppskyting siden 2017'])('%j places nothing', (text) =>
    expect(TELLS_PLACE.test(text)).toBe(false),
  );
});

describe('Engine: where something is or went', () => {
  const engine = seedEngine();

  it('says the article does not give where the missiles landed, and offers the entry', () => {
    const answer = engine.ask('where did the missiles land');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toEqual(['missile-tests']);
  });

  it('answers where from an entry that places it', () => {
    expect(engine.ask('where is 38 north based').intent).toBe('image-analysis');
    expect(engine.ask('where was the train at 13:10').intent).toBe('image-1310');
  });
});
