import { describe, expect, it } from 'vitest';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { asksTimeBetween, orderedPictures } from '../../../src/engine/message/time-between.js';

describe('asksTimeBetween', () => {
  it.each([
    'How long did it take the train to get from the North Korean side to Khasan?',
    'hvor lang tid gikk det fra toget var ved broen til det sto på stasjonen',
    'how many hours between the first and the last photo',
    'kor lenge gjekk det mellom bileta',
  ])('%j asks the time between two moments', (q) => expect(asksTimeBetween(messageTokens(q))).toBe(true));

  it.each([
    // A length in English, a duration with one end, a time of day.
    'how long from the bridge to the station',
    'how long was the bridge closed',
    'hvor lang tid tok det å bygge broen',
    'when was the first picture taken',
  ])('%j does not', (q) => expect(asksTimeBetween(messageTokens(q))).toBe(false));
});

describe('orderedPictures', () => {
  it('gives the places in the series named by order, in a question about pictures only', () => {
    expect(orderedPictures(messageTokens('fra første til siste bilde'))).toEqual([0, -1]);
    expect(orderedPictures(messageTokens('between the second and the third photo'))).toEqual([1, 2]);
    // "andre" is "other" without a picture asked about.
    expect(orderedPictures(messageTokens('første gang andre land'))).toEqual([]);
  });
});
