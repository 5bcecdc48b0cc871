import { describe, expect, it } from 'vitest';
import { withoutAskedUnit } from '../../../src/engine/message/asked-unit.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutAskedUnit', () => {
  it.each([
    ['how long is the friendship bridge in yards', 'how long is the friendship bridge'],
    ['hvor lang er vennskapsbrua i fot?', 'hvor lang er vennskapsbrua'],
    ['the bridge is 800 m, what is that in feet', 'the bridge is 800 m'],
    ['toget stod 200 meter fra brua. hvor mange fot blir det?', 'toget stod 200 meter fra brua.'],
    ['how far was the station from the border in miles, roughly?', 'how far was the station from the border'],
    ['hvor lang er broen omregnet til engelske mil', 'hvor lang er broen'],
  ])('reads %j as %j', (q, left) => expect(withoutAskedUnit(q)).toBe(left));

  it('leaves a message that is only the unit asked, or names a unit inside the question', () => {
    for (const q of ['what is that in miles?', 'i km?', 'was the train 200 m from the bridge', 'hvor mange meter var toget fra brua'])
      expect(withoutAskedUnit(q)).toBe(q);
  });
});

describe('Engine: a length wanted in another unit', () => {
  const engine = seedEngine();

  it('answers with the entry that gives the length, and does not read "hva blir det" as the future', () => {
    // Declined as the future before: "hva blir det" read as "what will it be".
    expect(engine.ask('broen er 800 meter lang, hva blir det i fot?').intent).toBe('friendship-bridge');
    // Declined as unsure before: "fot" was a word the article does not know.
    expect(engine.ask('hvor lang er vennskapsbrua i fot?').intent).toBe('friendship-bridge');
    expect(engine.ask('how long is the friendship bridge in yards').intent).toBe('friendship-bridge');
  });
});
