import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { comparesTwo } from '../../../src/engine/message/comparison.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('comparesTwo', () => {
  it.each([
    ['how does the claim differ from the denial', true],
    ['hva er forskjellen på påstanden og benektelsen', true],
    ['the image at 10:24 or the one at 13:10', true],
    ['er hestetoget det samme som toget på bildene', true],
    ['who took the pictures', false],
  ])('%j: %s', (q, expected) => expect(comparesTwo(tokenize(q))).toBe(expected));
});

describe('Engine: a question comparing two things', () => {
  it('answers with the first entry and mentions the second, though the two score close', () => {
    const answer = seedEngine().ask('where was the train nearer the border, in the image from 13:10 or the one from 14:29');
    expect(['image-1310', 'image-1429']).toContain(answer.intent);
    expect(['image-1310', 'image-1429']).toContain(answer.related?.id);
  });
});
