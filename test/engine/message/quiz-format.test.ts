import { describe, expect, it } from 'vitest';
import { questionBeforeOptions, withoutQuizLabel } from '../../../src/engine/message/quiz-format.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutQuizLabel', () => {
  it.each([
    ['Question 7 for 5 points: who owns the ferry?', 'who owns the ferry?'],
    ['Spørsmål 2: hvor lang er ferja?', 'hvor lang er ferja?'],
    ['Quizspm: hvem eier ferja?', 'hvem eier ferja?'],
    ['Q3 (2 poeng) – når gikk ferja?', 'når gikk ferja?'],
    ['Bonus question: what did the captain say?', 'what did the captain say?'],
  ])('%j asks %j', (text, asked) => expect(withoutQuizLabel(text)).toBe(asked));

  it.each(['Question is, who owns the ferry?', 'Questions about the ferry?', 'spørsmålet mitt er hvem som eier ferja'])('%j keeps its words', (text) =>
    expect(withoutQuizLabel(text)).toBe(text),
  );
});

describe('questionBeforeOptions', () => {
  it.each([
    ['Hva fraktet ferja? a) biler b) kveg c) det vet man ikke', 'Hva fraktet ferja?'],
    ['who owns the ferry? A) the city B) a company', 'who owns the ferry?'],
    ['Which way did the ferry sail: (a) north (b) south', 'Which way did the ferry sail'],
  ])('%j asks %j', (text, asked) => expect(questionBeforeOptions(text)).toBe(asked));

  it.each([
    // A statement for the options to complete, numbered questions, no options.
    'ferja ble bygd av a) et verft b) kommunen',
    '1) who owns the ferry 2) when was it built',
    'who owns the ferry, the city or a company?',
  ])('%j offers no lettered options to a question', (text) => expect(questionBeforeOptions(text)).toBeUndefined());
});

describe('Engine: a quiz question', () => {
  const engine = seedEngine();

  it('is answered by what it asks, not by its wrong options', () => {
    // "Horses" among the options drew the horse train's entry.
    expect(engine.ask('what was the train carrying? a) horses b) coal').intent).toBe('cargo-unknown');
    expect(engine.ask('hva fraktet toget? a) hester b) kull').intent).toBe('cargo-unknown');
  });
});
