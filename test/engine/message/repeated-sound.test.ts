import { describe, expect, it } from 'vitest';
import { isOnlyARepeatedSound } from '../../../src/engine/message/repeated-sound.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('isOnlyARepeatedSound', () => {
  it.each(['🚂🚂🚂 choo choo', 'tut tut', 'bla bla bla!', 'choo-choo 🚂', '🐴🐴🐴💨 haha', '🚂🚂', 'hmm ok ... 🚂🚂🚂', 'wow 🐴🐴 lol'])(
    '%j is only a sound',
    (text) => expect(isOnlyARepeatedSound(text)).toBe(true),
  );

  it.each(['choo choo into russia?', 'choo choo?', 'the train the train', 'what train', '🐴🚂', '🚂🚂 to russia', '🚂🚂?', 'ok 🚂🚂 hvor'])(
    '%j is a question or says more',
    (text) => expect(isOnlyARepeatedSound(text)).toBe(false),
  );
});

describe('Engine: a sound', () => {
  const engine = seedEngine();

  it('declines a repeated sound with emoji, though the word is in a training question, and offers nothing', () => {
    for (const sound of ['🚂🚂🚂 choo choo', '🐴🐴🐴💨 haha', 'hmm okay... 🐴🐴🐴']) {
      const answer = engine.ask(sound);
      expect(answer.intent).toBeNull();
      expect(answer.suggestions).toEqual([]);
    }
  });

  it('still greets a repeated greeting and answers a question with the sound', () => {
    expect(engine.ask('Hej hej! 👋').intent).toBe('greeting');
    expect(engine.ask('choo choo into russia?').intent).toBe('train-crossing');
  });
});
