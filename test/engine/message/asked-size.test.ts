import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { asksSize, TELLS_SIZE } from '../../../src/engine/message/asked-size.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksSize', () => {
  it.each([
    'how big were the containers',
    'hvor store var kontainerne ved Khasan?',
    'what size is an artillery shell',
    'kor stor e vogna',
    'størrelsen på granatene',
  ])('%j asks a size', (q) => expect(asksSize(tokenize(q))).toBe(true));

  it.each([
    'Sa Det hvite hus noe om hvor store mengder granater det gjaldt?',
    'how big was the shipment',
    'hvor stor er handelen',
    'is it a big deal',
    'store containere',
  ])('%j asks no size', (q) => expect(asksSize(tokenize(q))).toBe(false));
});

describe('TELLS_SIZE', () => {
  it.each(['The bridge is 800 metres long', 'broen er 800 meter lang', 'a 152 mm shell'])('%j gives a size', (text) =>
    expect(TELLS_SIZE.test(text)).toBe(true),
  );

  it('a size compared is no size given', () => expect(TELLS_SIZE.test('Three other, smaller wagons or containers are parked nearby.')).toBe(false));
});

describe('Engine: how big something is', () => {
  const engine = seedEngine();

  it.each([
    ['did 38 north say how big the containers were?', 'transloading-unconfirmed'],
    ['hvor store var kontainerne ved Khasan?', 'transloading-unconfirmed'],
  ])('%j: the article does not give the size, and offers %s', (q, offered) => {
    const answer = engine.ask(q);
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions[0]?.id).toBe(offered);
  });

  it('never says the article lacks the size of the bridge, whose length it gives', () =>
    expect(engine.ask('how big is the friendship bridge').declineReason).not.toBe('detail'));
});
