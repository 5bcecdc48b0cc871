import { describe, expect, it } from 'vitest';
import { askingClauses } from '../../../src/engine/message/asking-clause.js';

describe('askingClauses', () => {
  it.each([
    ['jeg er litt lei av alt dette, kan du hjelpe meg?', ['kan du hjelpe meg?']],
    ['who analysed the pictures, I honestly wonder', ['who analysed the pictures']],
    // One clause, or none asking: nothing to split.
    ['who analysed the pictures', []],
    ['I read the article, it was long', []],
    // Choices and a clause naming who is meant are no questions of their own.
    ['who is worse, putin or kim?', ['who is worse']],
    ['hva sa Kirby, han fra Det hvite hus?', ['hva sa Kirby']],
    // A dash inside a word ("Moscow–Pyongyang") parts nothing.
    ['how old is the Moscow–Pyongyang friendship?', []],
  ])('%j asks in %j', (sentence, asking) => expect(askingClauses(sentence).map((c) => c.text)).toEqual(asking));

  it('keeps the other clauses of the sentence beside the one that asks', () => {
    expect(askingClauses('jeg er lei, kan du hjelpe meg?')[0]?.beside).toEqual([['jeg', 'er', 'lei']]);
  });
});
