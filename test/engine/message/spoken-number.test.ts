import { describe, expect, it } from 'vitest';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('counts said in words', () => {
  it.each([
    ['who runs thirty eight north', 'who runs 38 north'],
    ['the ferry is eight hundred metres long', 'the ferry is 800 metres long'],
    ['ferja er åttehundre meter', 'ferja er 800 meter'],
    ['were there twelve ships', 'were there 12 ships'],
    ['trettiåtte skip', '38 skip'],
    // A small number before a unit of length.
    ['ferja sank to kilometer fra land', 'ferja sank 2 kilometer fra land'],
    ['two miles out', '2 miles out'],
  ])('%j is read as %j', (q, read) => expect(messageTokens(q).join(' ')).toBe(read));

  it('leaves small numbers, times of day and years as they were read', () => {
    expect(messageTokens('three ships to two ports').join(' ')).toBe('three ships to two ports');
    // A time of day, read by clock-time.ts as the article writes it.
    expect(messageTokens('at ten past one').join(' ')).toBe('at 13 10');
    expect(messageTokens('nineteen forty eight').join(' ')).toBe('1948');
    expect(messageTokens('ten twenty four').join(' ')).toBe('10 24');
  });

  it('reads a distance said in small words as the one the article gives in figures', () => {
    // Was declined at 0.59, the bridge offered first.
    expect(seedEngine().ask('hva ligger to kilometer fra grensen?').intent).toBe('image-1429');
  });

  it('answers a name said in words', () => {
    expect(seedEngine().ask('who are thirty eight north?').intent).toBe('image-analysis');
  });
});

describe('a count guessed', () => {
  it('is corrected only by an entry that counts those things', () => {
    const engine = seedEngine();
    // The entry on the cargo, ranked first, says nothing of how many wagons: the picture counting them corrects it.
    expect(engine.ask('Var det ikke 10 vogner på toget?').intent).toBe('image-1024');
    // Nothing counts the horses on the train: no entry corrects a count of them.
    expect(engine.ask('var det 40 hester på toget?').intent).toBeNull();
    expect(engine.ask('was it 73 carriages?').intent).toBe('image-1024');
  });
});
