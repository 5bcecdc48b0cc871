import { describe, expect, it } from 'vitest';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('years and decades said in words', () => {
  it('reads a century word and a two-digit number as the year, in English and Norwegian', () => {
    expect(messageTokens('in nineteen forty-eight')).toEqual(['in', '1948']);
    expect(messageTokens('twenty twenty')).toEqual(['2020']);
    expect(messageTokens('nitten femti')).toEqual(['1950']);
    expect(messageTokens('år tjuetjueto')).toEqual(['år', '2022']);
    expect(messageTokens('nittensyttifem')).toEqual(['1975']);
  });

  it('reads decades', () => {
    expect(messageTokens('in the eighties')).toEqual(['in', 'the', '1980s']);
    expect(messageTokens('på syttitallet')).toEqual(['på', '1970', 'tallet']);
  });

  it('reads counts as counts, not years (as digits: spoken-number.ts)', () => {
    expect(messageTokens('twenty four horses')).toEqual(['24', 'horses']);
    expect(messageTokens('nitten hester')).toEqual(['19', 'hester']);
  });
});

describe('Engine: a year said in words', () => {
  it('answers as if the digits were typed', () => {
    expect(seedEngine().ask('what happened in nineteen forty eight between moscow and pyongyang').intent).toBe('history-1948');
    expect(seedEngine().ask('stengte Nord-Korea brua i tjuetjue?').intent).toBe('friendship-bridge');
  });
});
