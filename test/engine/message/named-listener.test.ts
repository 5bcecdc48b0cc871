import { describe, expect, it } from 'vitest';
import { speaksToNamed } from '../../../src/engine/message/named-listener.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('speaksToNamed', () => {
  it('finds a question put to someone named before it', () => {
    expect(speaksToNamed('China', 'what do you say about this train business?')).toBe(true);
    expect(speaksToNamed('Sør-Korea', 'hva mener dere om alt dette?')).toBe(true);
  });

  it('finds a topic named, then asked about as "they"', () => {
    expect(speaksToNamed('hva med Kina', 'sender de også våpen til Russland?')).toBe(true);
    expect(speaksToNamed('what about Iran', 'do they send drones too?')).toBe(true);
    // A name alone is spoken to, not asked about.
    expect(speaksToNamed('Iran', 'do they send drones too?')).toBe(false);
  });

  it('finds none after a greeting, a word said to the bot, a sentence, or a long part, nor without a "you"', () => {
    expect(speaksToNamed('hei', 'hva kan du?')).toBe(false);
    expect(speaksToNamed('thx but', 'what about the horses you brought up')).toBe(false);
    expect(speaksToNamed('I read the article.', 'what do you think?')).toBe(false);
    expect(speaksToNamed('my dad who reads a lot of news', 'what do you know about it')).toBe(false);
    expect(speaksToNamed('China', 'what did the pictures show?')).toBe(false);
  });
});

describe('Engine: a question put to someone named', () => {
  it('is declined when no entry is about them', () => {
    // Each was answered with the entry its question matches without the name: the horse train at 0.96, the denial at 0.80.
    expect(seedEngine().ask('China, what do you say about this train business?').intent).toBeNull();
    expect(seedEngine().ask('Sør-Korea, hva mener dere om alt dette?').intent).toBeNull();
    // Answered with the arms claim at 0.93: "sender de også våpen til Russland" asked alone.
    expect(seedEngine().ask('Hei. hva med Kina, sender de også våpen til Russland?').intent).toBeNull();
  });

  it('asks what they tell of when the story names them', () => {
    // "Planet Labs, hva så dere klokka 13.10?" was the example until "Hva er Planet Labs?", which the EJ batch holds word for
    // word, left data/: Planet Labs' Norwegian name alone no longer comes close enough to its entry.
    expect(seedEngine().ask('38 North, hva så dere klokka 13.10?').intent).toBe('image-1310');
    expect(seedEngine().ask('Planet Labs, what did you see at 13:10?').intent).toBe('image-1310');
  });
});
