import { describe, expect, it } from 'vitest';
import { withDetailAdded } from '../../../src/engine/message/added-detail.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withDetailAdded: the detail a few words after the question make exact', () => {
  it.each([
    ['How much did the ferry cost? exact figure please', 'quantity', 'exactQuantity'],
    ['hvor mange passasjerer var det? nøyaktig tall', 'quantity', 'exactQuantity'],
    ['when did the ferry leave? what hour', 'time', 'clock'],
    ['når gikk ferja? kva klokkeslett?', 'time', 'clock'],
    ['når gikk ferja? klokkeslett?', 'time', 'clock'],
    // After a comma in the one sentence too.
    ['how much did the ferry cost, exactly?', 'quantity', 'exactQuantity'],
    ['hvor mange passasjerer var det om bord, helt nøyaktig?', 'quantity', 'exactQuantity'],
  ] as const)('%j asks %s made %s', (text, asked, made) => expect(withDetailAdded(asked, text)).toBe(made));

  it.each([
    // One sentence, a question after it, or more than a few words: nothing is added to the question.
    ['exactly when did the ferry leave', 'time'],
    ['how many passengers were there? and exactly when did it leave', 'quantity'],
    ['how many passengers were there? I need the exact number for my essay on ferries tomorrow', 'quantity'],
    // Another kind of word: "only" says what is covered, not how exact.
    ['what does the rule ban? only exports', undefined],
    // "What exactly" asks what precisely was said, no figure.
    ['what did the captain say about it? what exactly', undefined],
    // A time of day after a comma says which one is meant ("the first ferry, the one at 10"), not that a clock time is asked.
    ['var det ikke fem biler på den første ferja, den kl 10?', undefined],
  ] as const)('%j keeps %s', (text, asked) => expect(withDetailAdded(asked, text)).toBe(asked));
});

describe('Engine: an exact figure or the time of day added after the question', () => {
  const engine = seedEngine();

  it('says the article does not give it, and offers the entry (answered with its rough figure or its day)', () => {
    for (const question of ['how much money did kim spend on russian horses? exact dollar amount', 'når kom hestetoget inn i Nord-Korea? klokka?']) {
      const answer = engine.ask(question);
      expect(answer.intent, question).toBeNull();
      expect(answer.declineReason, question).toBe('detail');
    }
  });

  it('still answers where the entry gives it exactly', () => {
    expect(engine.ask('how many satellite pictures are there? exact number').intent).toBe('image-analysis');
  });

  it.each([
    ['Which resolution bans the ferry? I need its number for a footnote.'],
    ['hvilken forskrift gjelder det? trenger nummeret'],
    // Or after a comma, asked in two words.
    ['which resolution bans the ferry exactly, what number?'],
  ])('%j asks the number of what the question asks, which it asked none of', (text) => expect(withDetailAdded(undefined, text)).toBe('identifier'));

  it('keeps a question asking none when the sentence after it asks something else', () => {
    expect(withDetailAdded(undefined, 'Which ferry regulation is it? Does it have a number?')).toBeUndefined();
  });

  it('declines a resolution asked for by its number after a comma (answered with the UN ban at 0.95)', () => {
    const answer = seedEngine().ask('which UN resolution is it exactly, what number?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toEqual(['un-arms-ban']);
  });

  it('declines the time of day asked after a comma, where the entry gives only the day (answered with the horse train at 0.90)', () => {
    const answer = seedEngine().ask('når gikk hestetoget over grensa, hvilket klokkeslett?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });

  it('declines a resolution asked for by its number in the sentence after, offering the entry on it', () => {
    const answer = seedEngine().ask('Hvilken FN-resolusjon gjelder det? Trenger nummeret til en fotnote.');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toEqual(['un-arms-ban']);
  });
});
