import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../../src/engine/message/clean-message.js';
import { greetsOnly } from '../../../src/engine/message/greeting-only.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

const greets = (text: string): boolean => greetsOnly(messageTokens(cleanMessage(text)));

describe('greetsOnly: a greeting and whom it greets, nothing else', () => {
  it.each([
    "what's up bot",
    'yo whats up bot',
    'hei, hva skjer?',
    'halla bot, hva skjer',
    // "Hæi" as it is said.
    'hæi bot',
    'ka skjer folkens',
    'good morning bot',
    'hey guys',
    'hi from Texas',
    'hei fra Bergen!',
    'Good evening from a horse farm in Kentucky!',
    'Hei hei, heilt nordfra Hammerfest her 😊',
    // A courtesy after the place.
    'God morgen fra Bergen! Er du våken?',
    'Goddag, og god helg. Håpar du har det bra.',
    // Pleased to meet the bot, alone or after a greeting.
    'nice to meet you',
    "hello! it's a pleasure to meet with you",
    'hei, hyggelig å hilse på deg',
    // Polite forms of address, and greetings of other languages.
    'Hello dear respected bot',
    'Salaam alaykum, god dag til deg kjære robot',
    // Courtesies and whether this is the bot, said with a greeting.
    'hi bot, how are you doing today?',
    'hei, korleis har du det i dag?',
    'hello there, just checking if you are around',
    'hey! is this the ferry fact-check bot?',
    // The verb left out: dialect's "e" is a lone letter no token keeps; chat drops it.
    'heisann! e det her fakta-boten?',
    'hi, this the fact bot?',
    // Whether anyone is there, said with a greeting (answered with the arms claim at 0.73).
    'Hei, er det ikke noen her? 👋',
    'hello? anyone home',
    // Whom it is said to, named after it: answered with the entries naming TV 2 and Kirby.
    'God kveld TV 2!',
    'hello there Mr Kirby',
  ])('%j greets', (text) => expect(greets(text)).toBe(true));

  it.each([
    // Something is asked after the greeting words.
    'hva skjer med toget',
    "what's up with the containers",
    'hei, hvem tok bildene',
    // Praise, not a greeting; no greeting at all.
    'good bot',
    'bot',
    'how are you',
    'how are you doing today',
    'is this the fact-check bot for the ferry story?',
    // A greeting, then something asked of the story, not of the bot.
    'hi, is this the ferry that sank',
    'hi, this the ferry that sank?',
    // A question after "from", or more than a place.
    'hei, fra hvilket land kom toget?',
    'hei fra russland kom det et tog',
    'hei fra Bergen, hvem tok bildene?',
    // A request, or the name not right after the greeting.
    'yo gimme meme',
    'hva skjer i Kherson nå',
  ])('%j does not', (text) => expect(greets(text)).toBe(false));
});

describe('Engine: a greeting alone', () => {
  const engine = seedEngine();

  it('is greeted back in the asker’s language, not declined or answered with help', () => {
    for (const [question, lang] of [
      ["what's up bot", 'en'],
      ['hei, hva skjer?', 'nb'],
      ['hei! er dette faktasjekk-boten?', 'nb'],
      ['hi, how you are doing tonight?', 'en'],
      // Greetings written as one word, and the old "god aften" (which drew help).
      ['Godaften!', 'nb'],
      ['goddag, bot', 'nb'],
      ['god aften, bot', 'nb'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.intent, question).toBe('greeting');
      expect(answer.lang, question).toBe(lang);
    }
  });
});
