import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../../src/engine/message/clean-message.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { askedOfTerm } from '../../../src/engine/message/term-in-language.js';
import { seedEngine } from '../../support/seed-engine.js';

const asked = (message: string) => {
  const text = cleanMessage(message);
  return askedOfTerm(text, messageTokens(text));
};

describe('askedOfTerm', () => {
  it.each([
    ['hva heter omlastingen på engelsk', 'en', 'hva er omlastingen'],
    ['how do you say tollmyndigheter in English?', 'en', 'hva er tollmyndigheter'],
    ['hvordan sier man transshipment på norsk', 'nb', 'what is transshipment'],
    ['what is the friendship bridge called in Norwegian?', 'nb', 'what is the friendship bridge'],
    ['what does «tenketank» mean in English', 'en', 'what does tenketank mean'],
  ])('%j asks about the word, in %s', (message, lang, text) => expect(asked(message)).toEqual({ lang, text }));

  it('rewrites only the sentence asking for the word', () => {
    expect(asked('hva heter broa på engelsk? trenger det til en oppgave')?.text).toBe('hva er broa? trenger det til en oppgave');
  });

  it.each([
    'Svar på engelsk: hva sa Kirby?',
    'kan du si det på engelsk?',
    'Translate the whole article into English',
    'what did they report in English media',
    'heter den 38 North på engelsk også?',
    'hva er klokka 10:24 i norsk tid',
    'who took the pictures',
  ])('%j does not ask for a word in a language', (message) => expect(asked(message)).toBeUndefined());
});

describe('Engine: a word of the story asked for in the other language', () => {
  const engine = seedEngine();

  it("answers with the entry on the word, its text in the language asked for beside the asker's", () => {
    const answer = engine.ask('hva heter vennskapsbroen på engelsk?');
    expect([answer.intent, answer.lang]).toEqual(['friendship-bridge', 'nb']);
    expect(answer.answer).toMatch(/\nPå engelsk: The “Friendship Bridge” is 800 metres long/);
    expect(answer.entry?.textIn).toEqual({ lang: 'en', body: expect.stringContaining('Friendship Bridge') });
  });

  it('adds nothing when the word is asked for in the language asked in, or no entry answers', () => {
    expect(engine.ask('what is the Friendship Bridge in English?').entry?.textIn).toBeUndefined();
    expect(engine.ask('Hva er kaliber på engelsk?').intent).toBeNull();
    expect(engine.ask('Who took the pictures?').entry?.textIn).toBeUndefined();
  });
});
