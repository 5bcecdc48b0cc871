import { describe, expect, it } from 'vitest';
import { seedEngine } from '../../support/seed-engine.js';

describe('Matcher: which words tell of another topic', () => {
  const engine = seedEngine();

  it.each([
    ["wasn't there something about horses on a train", 'horse-train'],
    ['didnt pyongyang deny all of this', 'dprk-denial'],
  ])('answers %j: an everyday word another entry happens to use is no second topic', (question, intent) => {
    expect(engine.ask(question).intent).toBe(intent);
  });

  it('still declines a question that pairs two topics of the article', () => {
    expect(engine.ask('What did Kirby say about the horses?').intent).toBeNull();
  });

  it.each([
    ['so, the horse thing??', 'horse-train'],
    ['ok and kirby?', 'covert-shipments'],
  ])('answers %j: a topic named in a word or two, every word of it one the entry uses', (question, intent) => {
    expect(engine.ask(question).intent).toBe(intent);
  });
});
