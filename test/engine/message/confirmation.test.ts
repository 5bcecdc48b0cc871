import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { asksToConfirm } from '../../../src/engine/message/confirmation.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksToConfirm', () => {
  it.each([
    ['so the shells went to iran, correct', true],
    ['did the horses come from north korea', true],
    ['toget kjørte fra russland, stemmer det', true],
    ['what does russia sell to north korea', false],
  ])('%j: %s', (q, expected) => expect(asksToConfirm(tokenize(q))).toBe(expected));
});

describe('Engine: a premise running the wrong way', () => {
  const engine = seedEngine();

  it('answers a question that asks to confirm it, with the entry that corrects it', () => {
    expect(engine.ask('so the satellite pictures show a train going from russia into north korea, correct?').intent).toBe('train-crossing');
  });

  it('still declines a question that takes it for granted', () => {
    expect(engine.ask('what weapons does russia sell to north korea').intent).toBeNull();
  });
});
