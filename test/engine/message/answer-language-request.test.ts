import { describe, expect, it } from 'vitest';
import { requestedLanguage } from '../../../src/engine/message/answer-language-request.js';
import { cleanMessage } from '../../../src/engine/message/clean-message.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('requestedLanguage', () => {
  it.each([
    ['Answer in English: hva sa Kirby?', 'en'],
    ['kan du svare på engelsk? who took the photos', 'en'],
    ['answer in norwegian pls: how long is the bridge', 'nb'],
    ['forklar på norsk: what is transloading', 'nb'],
    // A language labelling the message, alone or after how to put it.
    ['in english please: hva viser bildet fra ti over ett?', 'en'],
    ['kort på norsk: how important was soviet help to north korea?', 'nb'],
    ['oversett til norsk pls: trade between the two countries has resumed', 'nb'],
  ])('%j asks the answer in %s', (message, lang) => expect(requestedLanguage(messageTokens(cleanMessage(message)))).toBe(lang));

  it.each([
    'what did they say in English media',
    'hva heter broa på engelsk',
    'Hvem tok bildene?',
    'på engelsk heter den friendship bridge?',
    'Oversett artikkelen til engelsk',
  ])('%j does not', (message) => expect(requestedLanguage(messageTokens(cleanMessage(message)))).toBeUndefined());

  it('the engine answers in the language asked for, whatever the words are in', () => {
    const engine = seedEngine();
    expect(engine.ask('Svar på engelsk: hvem tok satellittbildene?')).toMatchObject({ intent: 'image-analysis', lang: 'en' });
    expect(engine.ask('answer in Norwegian please: how long is the friendship bridge?')).toMatchObject({ intent: 'friendship-bridge', lang: 'nb' });
  });
});
