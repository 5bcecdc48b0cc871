import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { askedDetail, givesDetail, offeredDetails } from '../../../src/engine/message/asked-detail.js';

describe('askedDetail', () => {
  it.each([
    ['how many horses were there', 'quantity'],
    ['hvor mange vogner', 'quantity'],
    ['kor fort gikk toget', 'quantity'],
    ['when did they write the letters', 'time'],
    ['hvilket år ble den vedtatt', 'time'],
    ['how far back do the ties go', 'time'],
    ['who took the pictures', undefined],
    ['kor lenge fekk dei hjelp', 'duration'],
    ['how long is the bridge', 'duration'],
    ['hva mistenkes russland for når det gjelder sanksjonene', undefined],
  ])('%j asks for %s', (q, detail) => expect(askedDetail(tokenize(q))).toBe(detail));
});

describe('givesDetail', () => {
  it('answers a duration with a time or a number, and the others only with their own kind', () => {
    expect(givesDetail(new Set(['time']), 'duration')).toBe(true);
    expect(givesDetail(new Set(['quantity']), 'duration')).toBe(true);
    expect(givesDetail(new Set([]), 'duration')).toBe(false);
    expect(givesDetail(new Set(['time']), 'quantity')).toBe(false);
  });
});

describe('offeredDetails', () => {
  it('finds numbers and times, not the numbers in names', () => {
    expect([...offeredDetails('At 14:29 three wagons were seen.')].sort()).toEqual(['quantity', 'time']);
    expect([...offeredDetails('TV 2 says 38 North saw it.')]).toEqual([]);
    expect([...offeredDetails('It closed in 2020.')]).toEqual(['time']);
    expect([...offeredDetails('It would not say how large the quantities were.')]).toEqual(['quantity']);
    expect([...offeredDetails('Putin and Kim exchanged letters.')]).toEqual([]);
  });
});
