import { describe, expect, it } from 'vitest';
import { MATCH_FEATURES } from '../../../src/engine/matching/matcher.js';
import { seedEngine } from '../../support/seed-engine.js';

/**
 * The answer decision, fitted on realistic messages as well as the training questions (npm run
 * fit-decision): filler no longer costs a right answer, while a word that changes what is asked (an
 * unknown name, a year) and a follow-up with nothing to follow still decline. The filler and the
 * follow-up cases failed with the decision fitted on training questions alone.
 */
describe('the answer decision on real messages', () => {
  const engine = seedEngine();

  it('answers a question wrapped in filler when its entry explains every telling word', () => {
    expect(engine.ask('ok wait so where did the train actually cross the border').intent).toBe('train-crossing');
  });

  it('answers a short topic question whose every word the entry uses ("ok and kirby?")', () => {
    expect(engine.ask('ok and kirby?').intent).toBe('covert-shipments');
  });

  it('still declines a question about someone the article never names', () => {
    expect(engine.ask('what did Prigozhin say about the shells').intent).toBeNull();
  });

  it('still declines a count asked for a year the article does not cover', () => {
    expect(engine.ask('how many horses were on the train in 2024').intent).toBeNull();
  });

  it('does not meet a bare follow-up ("ok men hvem sa det da") with the help text', () => {
    // Every word is a conversation example's, but "who said it" asks for a fact no conversation intent gives.
    expect(engine.ask('ok men hvem sa det da').intent).toBeNull();
  });

  it('reports the features it decided on, one per named feature', () => {
    const { match } = engine.inspect('what did Prigozhin say about the shells');
    expect(match?.features).toHaveLength(MATCH_FEATURES.length);
    // The unknown name counts, as the rarest kind of word.
    expect(match!.features[MATCH_FEATURES.indexOf('unknownCount')]).toBe(1);
    expect(match!.features[MATCH_FEATURES.indexOf('unknownRarest')]).toBe(1);
  });
});
