import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { questionFrame } from '../../../src/engine/message/question-frame.js';

const frameOf = (text: string) => questionFrame(tokenize(text));

describe('questionFrame', () => {
  it.each([
    'will russia send the train back',
    'what will kim do next year',
    'kommer usa til å straffe nord-korea',
    'hva skjer videre med grensen',
    'are they gonna close the bridge again',
    'what happens in 2025',
  ])('%j asks about the future', (q) => expect(frameOf(q)).toBe('future'));

  it.each(['what do you think of putin', 'synes du kim er farlig', 'should the un do more', 'hva mener du om saken', 'bør norge reagere'])(
    '%j asks for an opinion',
    (q) => expect(frameOf(q)).toBe('opinion'),
  );

  it.each(['I should be grateful if you could tell me who took the pictures', 'I should like to know whether the shells reached Russia'])(
    '%j asks no opinion: its "should" is the politeness of a letter',
    (q) => expect(frameOf(q)).toBeUndefined(),
  );

  it('still hears an opinion beside a polite "should"', () => {
    expect(frameOf('I should be glad to hear what you think of Kim')).toBe('opinion');
  });

  it.each(['who took the satellite pictures', 'hvor lang er broen', 'what happened in 2020', 'which side of the border was the train on'])(
    '%j is an ordinary question',
    (q) => expect(frameOf(q)).toBeUndefined(),
  );
});
