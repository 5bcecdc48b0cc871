import { describe, expect, it } from 'vitest';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { withStoryNamed } from '../../../src/engine/message/story-pronoun.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withStoryNamed', () => {
  it.each([
    ['What is it about?', 'what is story about'],
    ['what is all this about', 'what is all story about'],
    ['what was that all about', 'what was story all about'],
  ])('%j reads as %j', (q, read) => expect(withStoryNamed(messageTokens(q)).join(' ')).toBe(read));

  it.each(['what is the bridge about', 'the horse train, what was that about', 'what is it'])('%j is left as it is', (q) => {
    const tokens = messageTokens(q);
    expect(withStoryNamed(tokens)).toBe(tokens);
  });
});

describe('Engine: what "it" is about, asked of nothing named', () => {
  const engine = seedEngine();

  it.each(['What is it about?', "what's all this about", 'hva handler det om'])('%j is answered with what the article is', (q) =>
    expect(engine.ask(q).intent).toBe('article-about'),
  );

  it('still answers what a message names before "what was that about"', () => {
    expect(engine.ask('kirby said something about the middle east, what was that about').intent).toBe('covert-shipments');
  });
});
