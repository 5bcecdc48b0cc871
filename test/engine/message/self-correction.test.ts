import { describe, expect, it } from 'vitest';
import { withoutTakenBackStart } from '../../../src/engine/message/self-correction.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutTakenBackStart', () => {
  it.each([
    ['who owns the.. no wait, who built the ferry?', 'who built the ferry?'],
    ['hvor stor er ferja – nei forresten, når ble den bygd?', 'når ble den bygd?'],
    ['what time did it leave — actually, what day did it leave?', 'what day did it leave?'],
    ['how many cars – ok no, who runs the ferry?', 'who runs the ferry?'],
    ['what did the captain say — no sorry, what did the owner say?', 'what did the owner say?'],
    ['how do I... never mind, what can I ask?', 'what can I ask?'],
  ])('%j asks %j', (text, asked) => expect(withoutTakenBackStart(text)).toBe(asked));

  it.each([
    // Nynorsk "no" is "now"; a pushback opening the message; "no" inside the question; a clarification of the same question.
    'tusen takk for hjelpa, no er leksa ferdig',
    'nei, det var Kina som eide ferja',
    'is there no ferry, or what?',
    'who owns the ferry — I mean have they said who does?',
  ])('%j takes nothing back', (text) => expect(withoutTakenBackStart(text)).toBe(text));
});

describe('Engine: a question taken back and put again', () => {
  const engine = seedEngine();

  it('answers the question put again, not the one taken back', () => {
    expect(engine.ask('how long is the bridge — no, who took the satellite pictures?').intent).toBe('image-analysis');
    expect(engine.ask('hva sa USA – nei vent, hva sa Nord-Korea selv om våpensalg?').intent).toBe('dprk-denial');
  });

  it('declines the question put again when the article does not answer it, though it answers the first', () => {
    const answer = engine.ask('who took the pictures — no, what did Planet Labs charge for them?');
    expect(answer.intent).toBeNull();
  });
});
