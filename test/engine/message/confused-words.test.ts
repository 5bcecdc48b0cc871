import { describe, expect, it } from 'vitest';
import { withConfusedWordsPut } from '../../../src/engine/message/confused-words.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withConfusedWordsPut', () => {
  it.each([
    ['did the port say weather they closed the quay', 'did the port say whether they closed the quay'],
    ['weather or not the ferry sailed', 'whether or not the ferry sailed'],
    ['Weather Russia knew is unclear', 'whether Russia knew is unclear'],
  ])('%j reads "whether"', (text, meant) => expect(withConfusedWordsPut(text)).toBe(meant));

  it.each(['what was the weather like that day', 'bad weather in the harbour', 'did the weather stop the ferry'])('%j keeps the weather', (text) =>
    expect(withConfusedWordsPut(text)).toBe(text),
  );
});

describe('Engine: a word written for one that sounds alike', () => {
  const engine = seedEngine();

  it('answers "weather" written for "whether", and still declines the weather', () => {
    expect(engine.ask('has north korea said weather it sold any ammunition to russia?').intent).toBe('dprk-denial');
    expect(engine.ask('what was the weather like at the border that day?').intent).toBeNull();
  });
});
