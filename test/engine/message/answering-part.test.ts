import { describe, expect, it } from 'vitest';
import { seedEngine } from '../../support/seed-engine.js';

/** Which part of a message of several sentences answers it (see answering-part.ts). */
describe('the answering part of a message', () => {
  const engine = seedEngine();

  it('answers the question, not a statement of context that matches another entry by itself', () => {
    // "TV 2-saken" alone matches the entry about the article well.
    expect(engine.ask('Jeg skriver en oppgave om TV 2-saken til skolen. Hvem analyserte satellittbildene?').intent).toBe('image-analysis');
  });

  it('keeps the statement when the question could as well be about it', () => {
    // "made that accusation" alone leans to who made the pictures; the accusation is the statement's.
    expect(engine.ask('The US accused North Korea of shipping artillery ammunition. Which part of the US government made that accusation?').intent).toBe(
      'white-house-shells',
    );
  });

  it('does not answer with an entry one sentence finds by itself that the whole message does not bear out', () => {
    // "what was on the picture" alone matches the train crossing; the message is about the horses.
    const answer = engine.ask('my dad keeps talking about the horses. what was on the picture?');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions.map((s) => s.id)).toContain('horse-train');
  });
});
