import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/engine/message/sentences.js';

describe('sentencesOf', () => {
  it('splits a message into its sentences', () => {
    expect(sentencesOf('my aunt says they are friends. how long has that been so?')).toEqual([
      'my aunt says they are friends.',
      'how long has that been so?',
    ]);
    expect(sentencesOf('hei!hvem tok bildene')).toEqual(['hei!', 'hvem tok bildene']);
    expect(sentencesOf('first line\nsecond line')).toEqual(['first line', 'second line']);
  });

  it('gives nothing for a message of one sentence', () => {
    expect(sentencesOf('who took the photos?')).toEqual([]);
  });
});
