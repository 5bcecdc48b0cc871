import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { readCountedMuch } from '../../../src/engine/message/counted-much.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('readCountedMuch: a learner\'s "how much" before a plural noun asks how many', () => {
  it.each([
    ['how much ferries sail there', 'how many ferries sail there'],
    ['how much wagons did it have', 'how many wagons did it have'],
  ])('%j reads as %j', (text, read) => expect(readCountedMuch(tokenize(text)).join(' ')).toBe(read));

  it.each(['how much does the ferry cost', 'how much is known', 'how much progress was made', 'how much news is there', 'how much analysis'])(
    '%j is left as it is',
    (text) => {
      const tokens = tokenize(text);
      expect(readCountedMuch(tokens)).toBe(tokens);
    },
  );

  it('answers with the entry that counts them', () => {
    expect(seedEngine().ask('how much satellite images are there of the train?').intent).toBe('image-analysis');
  });
});
