import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { readFirstOfTwo } from '../../../src/engine/message/first-of-two.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('readFirstOfTwo: which of two events came first', () => {
  it.each([
    ['which came first, the strike or the storm', 'before after the strike or the storm'],
    ['hva skjedde først, streiken eller stormen', 'før etter streiken eller stormen'],
  ])('%j reads as %j', (text, read) => expect(readFirstOfTwo(tokenize(text)).join(' ')).toBe(read));

  it.each(['which ferry was first', 'what was first seen from the harbour', 'who came first in the race'])('%j is left as it is', (text) => {
    const tokens = tokenize(text);
    expect(readFirstOfTwo(tokens)).toBe(tokens);
  });

  it('answers with the entry that tells one after the other, not the first picture', () => {
    const engine = seedEngine();
    for (const question of [
      'which came first, the photos or the US accusation?',
      'hva kom først, bildene eller anklagen fra USA?',
      'what was first: the claim by Washington or the satellite images?',
    ])
      expect(engine.ask(question).intent, question).toBe('train-crossing');
  });
});
