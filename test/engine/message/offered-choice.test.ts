import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withoutUnknownChoices } from '../../../src/engine/message/offered-choice.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutUnknownChoices', () => {
  it('leaves out unknown choices offered beside a known one', () => {
    expect(withoutUnknownChoices(tokenize('who took them maxar planet labs or airbus'), ['maxar', 'airbus'])?.join(' ')).toBe('who took them planet labs or');
    expect(withoutUnknownChoices(tokenize('founded in 1948 or 1950'), ['1950'])?.join(' ')).toBe('founded in 1948 or');
  });

  it('keeps choices when none is known, and a bare "or what"', () => {
    expect(withoutUnknownChoices(tokenize('did reuters or ap confirm it'), ['reuters', 'ap'])).toBeUndefined();
    expect(withoutUnknownChoices(tokenize('is he crazy or what'), ['crazy'])).toBeUndefined();
    expect(withoutUnknownChoices(tokenize('who took the pictures'), [])).toBeUndefined();
  });
});

describe('Engine: a guess offered beside the right choice', () => {
  const engine = seedEngine();

  it('answers with the entry that says which choice is right', () => {
    expect(engine.ask('Who supplied the satellite imagery here, Planet Labs or Maxar?').intent).toBe('image-analysis');
    expect(engine.ask('was north korea founded in 1948 or 1950?').intent).toBe('history-1948');
  });

  it('still declines a question whose choices the article does not know', () => {
    expect(engine.ask('Did Reuters or AP confirm the horse shipment?').intent).toBeNull();
  });
});
