import { describe, expect, it } from 'vitest';
import { guessesOutlet } from '../../../src/engine/message/guessed-outlet.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('guessesOutlet: the article’s outlet guessed, nothing else asked', () => {
  it.each(['was this a Guardian story?', 'er dette en Dagbladet-artikkel?', 'this was from Reuters originally, right?', 'dette er vel fra VG?'])(
    '%j guesses the outlet',
    (text) => expect(guessesOutlet(messageTokens(text))).toBe(true),
  );

  it.each([
    // A report put to be checked, a question about an outlet, or no outlet at all.
    'NRK skrev at ferja sank, stemmer det?',
    'is TV 2 a bigger broadcaster than NRK?',
    'is this article from last year?',
  ])('%j does not', (text) => expect(guessesOutlet(messageTokens(text))).toBe(false));

  it('answers with the entry telling who published the article, in the asker’s language', () => {
    const engine = seedEngine();
    for (const [question, lang] of [
      ['was this a Guardian story?', 'en'],
      ['er dette en Dagbladet-artikkel?', 'nb'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.intent, question).toBe('article-about');
      expect(answer.lang, question).toBe(lang);
    }
  });
});
