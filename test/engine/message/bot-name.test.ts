import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withBotNamed } from '../../../src/engine/message/bot-name.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withBotNamed', () => {
  it.each([
    ['how do i use this fact-checker', 'how do use this bot'],
    ['kjære faktasjekker hvem tok bildene', 'kjære bot hvem tok bildene'],
    ['is it a fact that they sent shells', 'is it fact that they sent shells'],
    ['can you fact check this claim', 'can you fact check this claim'],
    ['hei roboten, hvem tok bildene', 'hei bot hvem tok bildene'],
  ])('%j reads as %j', (q, read) => expect(withBotNamed(tokenize(q)).join(' ')).toBe(read));
});

describe('Engine: the bot called a fact-checker', () => {
  const engine = seedEngine();

  it('answers how to use it with help, not with the verdict on the claim', () => {
    expect(engine.ask('How do I use this fact-checker?').intent).toBe('help');
  });

  it.each(['hello there robot', 'hei chatbot!'])('%j: greeted back, as "hello there bot" is', (q) => {
    expect(engine.ask(q).intent).toBe('greeting');
  });

  it('answers what is asked of it by that name', () => {
    expect(engine.ask('Kjære faktasjekker, hvem tok bildene?').intent).toBe('image-analysis');
  });
});
