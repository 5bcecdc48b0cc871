import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { asksToConfirm, onlyAsksToConfirm } from '../../../src/engine/message/confirmation.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksToConfirm', () => {
  it.each([
    ['so the shells went to iran, correct', true],
    ['did the horses come from north korea', true],
    ['toget kjørte fra russland, stemmer det', true],
    ['what does russia sell to north korea', false],
    // A tag after the statement, and a choice of which way.
    ["the horses went to russia, didn't they?", true],
    ["the train came from russia, wasn't it", true],
    ['gikk hestene til Russland eller motsatt?', true],
    ['which way was the horse train going, to russia?', true],
  ])('%j: %s', (q, expected) => expect(asksToConfirm(tokenize(q))).toBe(expected));
});

describe('onlyAsksToConfirm', () => {
  it.each([
    'Stemmer det?',
    'Is that true?',
    'er det sant eller',
    'Legit?',
    'Hva stemmer?',
    "what's correct?",
    'which is right?',
    'ikke sant?',
    'er det ikke sånn?',
    'not true?',
  ])('%j only asks whether something is so', (q) => expect(onlyAsksToConfirm(tokenize(q))).toBe(true));
  it.each(['stemmer det at toget kom fra Nord-Korea', 'is the bridge 800 m long, true?'])('%j names what it asks about', (q) =>
    expect(onlyAsksToConfirm(tokenize(q))).toBe(false),
  );
});

describe('Engine: a statement, then "is that true?"', () => {
  const engine = seedEngine();

  it("asks about the statement, not for the story's verdict: a rumour the article never mentions is declined", () => {
    const answer = engine.ask('Jeg hørte at Nord-Korea fikk mat i bytte mot våpnene. Stemmer det?');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions.map((s) => s.id)).toContain('claim-arms-supply');
  });

  it('reads "which is right?" after hearsay as about the hearsay, not as a question for the verdict', () => {
    expect(engine.ask('Søstera mi mener toget hadde ni vogner. Hva stemmer?').intent).not.toBe('claim-arms-supply');
    expect(engine.ask('a guy at the gym said the train had nine wagons, which is right?').intent).not.toBe('covert-shipments');
  });

  it('still answers a statement the article does address', () => {
    expect(engine.ask('My grandson tells me the North Koreans are selling guns to Putin. Is that correct?').intent).toBe('claim-arms-supply');
  });
});

describe('Engine: a premise running the wrong way', () => {
  const engine = seedEngine();

  it('answers a question that asks to confirm it, with the entry that corrects it', () => {
    expect(engine.ask('so the satellite pictures show a train going from russia into north korea, correct?').intent).toBe('train-crossing');
  });

  it('still declines a question that takes it for granted', () => {
    expect(engine.ask('what weapons does russia sell to north korea').intent).toBeNull();
  });
});

describe('Engine: the direction put to be checked with a tag or as a choice', () => {
  const engine = seedEngine();

  it.each([
    "the satellite images showed a train going from Russia to North Korea, didn't they?",
    'toget på bildene kjørte fra Russland til Nord-Korea, eller var det motsatt?',
  ])('%j is answered with the crossing, which gives the right direction', (question) => expect(engine.ask(question).intent).toBe('train-crossing'));
});
