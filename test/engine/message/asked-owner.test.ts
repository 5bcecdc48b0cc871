import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { asksOwner, TELLS_OWNER } from '../../../src/engine/message/asked-owner.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksOwner', () => {
  it.each([
    'who actually owns planet labs',
    'hvilket firma eier lokomotivet',
    'kven eig 38 north',
    'is 38 north funded by the state department',
    'hvem finansierer tenketanken',
  ])('%j asks who owns or funds something', (q) => expect(asksOwner(tokenize(q))).toBe(true));

  it.each([
    'hvem eier satellittene som tok bildene',
    'which company owns the satellites',
    'how many horses does kim own',
    'Kim owns thoroughbreds, right?',
    // The owners as those who did something: what they said, not who they are.
    'hva sa eierne om stengingen',
  ])('%j asks no owner the article could lack', (q) => expect(asksOwner(tokenize(q))).toBe(false));
});

describe('TELLS_OWNER', () => {
  it.each(['Planet Labs, owned by its founders', 'The municipality funded the new school in 2019', 'Kommunen finansierte rådhuset'])(
    '%j tells who owns or funds it',
    (text) => expect(TELLS_OWNER.test(text)).toBe(true),
  );
  it('a company that took pictures has no owner told', () =>
    expect(TELLS_OWNER.test('The images were taken by the commercial satellite company Planet Labs')).toBe(false));
});

describe('Engine: who owns or funds something', () => {
  const engine = seedEngine();

  it.each(['who actually owns planet labs', 'hvem finansierer tenketanken 38 north?'])(
    '%j: the article does not say, and the pictures entry is offered',
    (q) => {
      const answer = engine.ask(q);
      expect(answer.intent).toBeNull();
      expect(answer.suggestions.map((s) => s.id)).toContain('image-analysis');
    },
  );

  it('answers who owns the satellites with the satellite company', () => {
    expect(engine.ask('which company owns the satellites that took the pictures?').intent).toBe('image-analysis');
  });
});
