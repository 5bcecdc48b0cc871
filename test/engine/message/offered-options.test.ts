import { describe, expect, it } from 'vitest';
import { offeredOptions } from '../../../src/engine/message/offered-options.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('offeredOptions', () => {
  it('reads the question before the options and what they are', () => {
    expect(offeredOptions('how many satellite pics show the train, 3, 4 or 5?')).toEqual({
      question: 'how many satellite pics show the train',
      words: ['3', '4', '5'],
      figures: true,
      open: false,
    });
    expect(offeredOptions('Who reported the horse train, vets or customs?')).toMatchObject({
      question: 'Who reported the horse train',
      words: ['vets', 'customs'],
    });
    expect(offeredOptions('hva var i toget, våpen eller noe annet?')).toMatchObject({ question: 'hva var i toget', open: true });
    expect(offeredOptions('who said it - the americans, the south koreans or japan?')).toMatchObject({ question: 'who said it' });
  });

  it('reads one figure guessed in a tag after the question as an option', () => {
    expect(offeredOptions("how long is the ferry, isn't it like 90 m?")).toEqual({
      question: 'how long is the ferry',
      words: ['90'],
      figures: true,
      open: false,
    });
    expect(offeredOptions('hvor mange ferjer går det? er det ikke bare to?')).toMatchObject({ question: 'hvor mange ferjer går det', figures: true });
    expect(offeredOptions("isn't it 90 m?")).toBeUndefined();
  });

  it('finds none where "or" joins no short options after a comma or a dash', () => {
    expect(offeredOptions('did they deny it or not')).toBeUndefined();
    expect(offeredOptions('the horse train - did it cross before or after the train in the pictures?')).toBeUndefined();
    expect(offeredOptions('who took the pictures?')).toBeUndefined();
  });
});

describe('Engine: a question followed by the options the asker has in mind', () => {
  const engine = seedEngine();

  it('answers the question when its entry names an option, gives the figure guessed, or the options end open', () => {
    for (const [q, intent] of [
      ['Who reported the horse train, vets or customs?', 'horse-train'],
      ['how many satellite pics show the train, 3, 4 or 5?', 'image-analysis'],
      ['how long is that friendship bridge, half a km, 800m or over a kilometre?', 'friendship-bridge'],
      ['hva var i toget, våpen eller noe annet?', 'cargo-unknown'],
      // One figure guessed in a tag: declined as unsure, the guessed figure weighed as a word no entry knows.
      ["how long is the friendship bridge, isn't it like 3 km?", 'friendship-bridge'],
    ] as const) {
      expect(engine.ask(q).intent, q).toBe(intent);
    }
  });

  it('does not answer where its entry names none of them, nor a kind asked by another word for the thing', () => {
    expect(engine.ask('how are the shells shipped, by sea or by rail?').intent).toBeNull();
    expect(engine.ask('Hva slags vogner var det, flatvogner eller lukkede godsvogner?').intent).toBeNull();
  });
});
