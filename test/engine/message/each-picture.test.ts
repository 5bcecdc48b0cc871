import { describe, expect, it } from 'vitest';
import { asksEachPicture } from '../../../src/engine/message/each-picture.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksEachPicture', () => {
  it.each([
    'hvor var toget på hvert av satellittbildene?',
    'when was each of the satellite images taken',
    'list all the times the satellite pics were taken',
    'what did the three photos show',
    'hva viser bildene, ett for ett',
  ])('%j asks about each picture in turn', (text) => expect(asksEachPicture(messageTokens(text))).toBe(true));

  it.each([
    'was it the same train in all the pictures',
    'what did the first picture show',
    'who took the pictures',
    'all the wagons',
    'hi all in the last picture what can you see',
  ])('%j does not', (text) => expect(asksEachPicture(messageTokens(text))).toBe(false));
});

describe('Engine: each picture of the series asked about in turn', () => {
  const engine = seedEngine();

  it('answers with every picture, in the order taken, each with its status, and who they are attributed to', () => {
    const answer = engine.ask('where was the train in each of the satellite pictures?');
    expect(answer.intent).toBe('image-1024');
    const at = ['10:24', '13:10', '14:29'].map((time) => answer.answer.indexOf(time));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(answer.answer).toMatch(/^Sources?: /m);
    expect(answer.entry?.body.split('\n\n')).toHaveLength(3);
  });

  it('answers one entry when who took them, or whether something holds for all, is asked', () => {
    expect(engine.ask('who took each of the satellite pictures?').entry?.body.split('\n\n')).toHaveLength(1);
    expect(engine.ask('was it the same train in all the pictures?').intent).toBe('image-1310');
  });
});
