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

describe('Matcher: a question asking of two topics at once', () => {
  const engine = seedEngine();

  it('answers with both when each explains what the other leaves ("at 13.10 and at 14.29")', () => {
    const answer = engine.ask('hva skjedde klokka 13.10 og klokka 14.29');
    expect([answer.intent, answer.related?.id].sort()).toEqual(['image-1310', 'image-1429']);
  });

  it('still declines a question the two do not explain together', () => {
    expect(engine.ask('the horse thing and the missile launches, and the weather in Oslo?').intent).toBeNull();
  });
});
