import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withoutStoryTalk } from '../../../src/engine/message/story-talk.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutStoryTalk: the story "talking about" something is the story being about it', () => {
  it.each([
    ['what is the article talking about', 'what is the article about'],
    ['hva snakker artikkelen om', 'hva artikkelen om'],
    ['what is this speaking about', 'what is this about'],
  ])('%j reads as %j', (text, plain) => expect(withoutStoryTalk(tokenize(text)).join(' ')).toBe(plain));

  it.each(['who is talking about the horses', 'did kirby speak about the shells', 'hvem snakker om granatene'])('%j keeps its verb', (text) =>
    expect(withoutStoryTalk(tokenize(text))).toEqual(tokenize(text)),
  );
});

describe('Engine: what the article is talking about', () => {
  const engine = seedEngine();

  it('is what the article is about', () => {
    for (const question of ['What is the thing this article is speaking about?', 'hva snakker saken om']) {
      expect(engine.ask(question).intent, question).toBe('article-about');
    }
  });
});

describe('Engine: what people are talking about', () => {
  it.each([
    // Declined at 0.13 and 0.44: "snakke" drew the claims' entries, and "denna" was read as "ennå".
    ['Ka e det for ei bru dem snakke om, denna Vennskapsbrua?', 'friendship-bridge'],
    ['Hva er det for en bro de snakker om?', 'friendship-bridge'],
    ['Hvem e den Kirby-karen dei snakke om?', 'covert-shipments'],
  ])('answers %j about the thing talked of, with %s', (q, id) => expect(seedEngine().ask(q).intent).toBe(id));

  it('leaves the talk of someone the story names to be asked ("what did Putin and Kim talk about" is not about them)', () => {
    expect(withoutStoryTalk(tokenize('what did putin and kim talk about'))).toEqual(tokenize('what did putin and kim talk about'));
  });
});
