import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { frameTerms } from '../../../src/engine/matching/frame-terms.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('frameTerms: what a text asks that its dropped words carried', () => {
  it.each([
    ['Hva er i toget?', ['#cargo']],
    ["what's in the train", ['#cargo']],
    ['Sender Nord-Korea ammunisjon til Russland?', ['#flow-to-russia']],
    ['hva er greia med toget', []],
    ['the train', []],
  ])('%j adds %j', (text, terms) => {
    expect(frameTerms(tokenize(text))).toEqual(terms);
  });
});

describe('Matcher: a question about the train is not one about its cargo', () => {
  const engine = seedEngine();

  it('does not answer what the train carried to a bare mention of the train, and offers the crossing', () => {
    for (const question of ['toget?', 'forklar det med toget']) {
      const answer = engine.ask(question);
      expect(answer.intent, question).not.toBe('cargo-unknown');
      expect(
        answer.suggestions.map((s) => s.id),
        question,
      ).toContain('train-crossing');
    }
  });

  it('still answers what was on the train', () => {
    for (const question of ['what was on the train', 'hva var i toget']) expect(engine.ask(question).intent, question).toBe('cargo-unknown');
  });
});
