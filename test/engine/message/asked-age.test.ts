import { describe, expect, it } from 'vitest';
import { asksAge, TELLS_AGE } from '../../../src/engine/message/asked-age.js';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksAge', () => {
  it.each([
    ['how old was Putin when he took power', true],
    ['hvor gammel var Kim Jong-un da han tok over', true],
    ['kor gammal var han i 1994', true],
    ['how old was the leader at the time', true],
    ['how old is the friendship between the two countries', false],
    ['hvor gammelt er samarbeidet', false],
    ['how old is the bridge', false],
    ['hvor gammel er han som eier ferja', true],
    ['how old is she now', true],
    ['how old is it', false],
  ])('%j: %s', (question, asked) => expect(asksAge(tokenize(question))).toBe(asked));

  it('reads an age in a text, not a year', () => {
    expect(TELLS_AGE.test('Kim Il-sung, then 36 years old, became leader.')).toBe(true);
    expect(TELLS_AGE.test('Kim Il-sung became the first leader in 1948.')).toBe(false);
  });
});

describe('Engine: an age at the time of an event', () => {
  it('declines it as a detail the article lacks, offering the entry on the event, whose year is no age', () => {
    const answer = seedEngine().ask('how old was the first Kim when the Soviets put him in charge?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toContain('history-1948');
  });
});

describe('Engine: the age of someone asked of by a pronoun', () => {
  it('declines it as a detail the article lacks, not answering with the entry naming them', () => {
    const answer = seedEngine().ask('hvor gammel er han som tok bildet av Kim på hesten?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });
});
