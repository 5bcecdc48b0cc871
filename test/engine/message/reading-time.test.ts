import { describe, expect, it } from 'vitest';
import { withoutReadingTime } from '../../../src/engine/message/reading-time.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutReadingTime', () => {
  it.each([
    ["I'm reading this in 2026 - who owned the ferry back then?", 'who owned the ferry back then?'],
    ['found this article in 2025, how long was the ferry?', 'how long was the ferry?'],
    ["it's 2027 now, but what did the captain say?", 'but what did the captain say?'],
    ['Leser dette i 2026: hvem eide ferja?', 'hvem eide ferja?'],
  ])('%j asks %j', (text, asked) => expect(withoutReadingTime(text)).toBe(asked));

  it.each([
    // A year of what is asked, and hearsay of a later year: what came after the story is asked.
    'who owns the ferry in 2026?',
    'I read that in 2025 the ferry sank, true?',
    'hva skjedde med ferja i 2026?',
  ])('%j keeps its year', (text) => expect(withoutReadingTime(text)).toBe(text));
});

describe('Engine: the asker says when they read the story', () => {
  const engine = seedEngine();

  it('answers what was known then, not declining a question about a later year', () => {
    expect(engine.ask('reading this in 2026 - back then, did anyone know what was on the train?').intent).toBe('cargo-unknown');
    expect(engine.ask('leser denne saken i 2025, hva fraktet toget?').intent).toBe('cargo-unknown');
  });

  it('still declines what came after the story', () => {
    expect(engine.ask('what happened to the train in 2025?').intent).toBeNull();
  });
});
