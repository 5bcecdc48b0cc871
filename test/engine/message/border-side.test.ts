import { describe, expect, it } from 'vitest';
import { askedSide, sidesTold } from '../../../src/engine/message/border-side.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

const side = (text: string) => askedSide(messageTokens(text), text);

describe('askedSide', () => {
  it.each([
    ['what is the name of the station on the north korean side', 'north-korean'],
    ['hva heter stasjonen på nordkoreansk side', 'north-korean'],
    ['when was the train first seen on the russian side', 'russian'],
  ] as const)('%j asks about the %s side', (text, expected) => expect(side(text)).toBe(expected));

  it.each([
    // A side put to be checked, which the picture's entry corrects.
    'was the train already on the russian side at 10:24?',
    'stemmer det at toget var på russisk side',
    // Both sides named, or a time of day beside the side.
    'which picture shows the russian side and which the north korean one',
    'what did the 13:10 picture show on the russian side',
    'what is the name of the station',
  ])('%j asks about no one side', (text) => expect(side(text)).toBeUndefined());
});

describe('sidesTold', () => {
  it('reads the sides a text places something on', () => {
    expect([...sidesTold('a train on the North Korean side of the border')]).toEqual(['north-korean']);
    expect([...sidesTold('ved Khasan stasjon i Russland')]).toEqual(['russian']);
    expect(sidesTold('the bridge between the two countries').size).toBe(0);
  });
});

describe('Engine: one side of the border asked about', () => {
  const engine = seedEngine();

  it('declines the name of the station on the North Korean side, which the article does not give (answered with Khasan)', () => {
    for (const question of ['what is the station on the north korean side called?', 'hva heter stasjonen på nordkoreansk side?']) {
      const answer = engine.ask(question);
      expect(answer.intent).toBeNull();
      expect(answer.suggestions.map((s) => s.id)).toContain('image-1429');
    }
  });

  it('still corrects a side put to be checked with the picture that shows it', () => {
    expect(engine.ask('was the train already on the russian side at 10:24?').intent).toBe('image-1024');
  });
});
