import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withoutAddress, withoutIdioms } from '../../../src/engine/message/idioms.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutIdioms', () => {
  it.each([
    ['who claimed it in the first place', 'who claimed it'],
    ['hvorfor skjedde dette i det hele tatt', 'hvorfor skjedde dette'],
    ['what did the first picture show', 'what did the first picture show'],
  ])('%j reads as %j', (q, expected) => expect(withoutIdioms(tokenize(q)).join(' ')).toBe(expected));
});

describe('Engine: a set phrase asks nothing', () => {
  it('answers who made the claim "in the first place" with the claim, not the first leader or a place', () => {
    expect(seedEngine().ask('Who was it that claimed North Korea was arming Russia in the first place?').intent).toBe('claim-arms-supply');
  });
});

describe('withoutAddress', () => {
  it.each([
    ['bro who took the pictures', 'who took the pictures'],
    ['halla bro', 'halla'],
    ['hvor lang er bro', 'hvor lang er bro'],
    ['bro over grensa', 'bro over grensa'],
  ])('%j reads as %j', (q, expected) => expect(withoutAddress(tokenize(q)).join(' ')).toBe(expected));

  it('lets "bro" (brother) ask about the train, not the bridge', () => {
    expect(seedEngine().ask('bro hvem tok satellittbildene?').intent).toBe('image-analysis');
  });
});
