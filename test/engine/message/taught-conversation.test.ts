import { describe, expect, it } from 'vitest';
import { TaughtConversation } from '../../../src/engine/message/taught-conversation.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('TaughtConversation', () => {
  const taught = new TaughtConversation([
    { id: 'help', questions: { nb: ['Hvem er du?'], en: ['who are you?'] } },
    { id: 'thanks', questions: { nb: ['takk for hjelpen'], en: [] } },
  ]);

  it('finds the intent of a text word for word, case and punctuation aside', () => {
    expect(taught.intentOf('hvem er du')).toBe('help');
    expect(taught.intentOf('Takk for hjelpen!')).toBe('thanks');
  });

  it('compares without the words that only colour a message', () => {
    expect(taught.intentOf('hvem er du egentlig?')).toBe('help');
    expect(taught.intentOf('who are you actually')).toBe('help');
  });

  it('finds nothing for other words', () => {
    expect(taught.intentOf('hvem er kirby')).toBeUndefined();
  });
});

describe('Engine: a conversation text word for word', () => {
  it('answers "Hvem er du?" with help, though the decision weighs a Norwegian "who" as asking a fact', () => {
    expect(seedEngine().ask('Hvem er du?').intent).toBe('help');
  });
});
