import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { asksTranslation } from '../../../src/engine/message/translation-request.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksTranslation', () => {
  it.each([
    'how would I say goodbye in korean',
    'how to spell horse in russian',
    'what is the friendship bridge called in chinese',
    'hvordan sier man takk på japansk',
    'hva heter hest på russisk',
    'kan du oversette overskrifta til tysk',
  ])('%j asks for a word in another language', (q) => expect(asksTranslation(tokenize(q))).toBe(true));

  it.each([
    'what did russia say in russian media',
    'what did the koreans say in the statement',
    'hva sier Kirby på engelsk',
    'who took the pictures',
    'hva sa russiske tollere om hestene',
    'hva heter stasjonen på russisk side',
  ])('%j does not', (q) => expect(asksTranslation(tokenize(q))).toBe(false));
});

describe('Engine: a word asked for in another language', () => {
  const engine = seedEngine();

  it.each(['how would you say hello in korean', 'how do I say thanks in japanese', 'hvordan sier man hei på kinesisk'])(
    '%j is declined, with nothing offered',
    (q) => {
      const answer = engine.ask(q);
      expect(answer.intent).toBeNull();
      expect(answer.suggestions).toEqual([]);
    },
  );

  it('still answers a question about what was said', () => {
    expect(engine.ask('what did Kirby say about the shells').intent).not.toBeNull();
  });
});
