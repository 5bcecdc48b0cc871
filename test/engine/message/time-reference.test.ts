import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { timeReference } from '../../../src/engine/message/time-reference.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('timeReference: a time asked against another event', () => {
  it.each([
    ['when did the ferry leave compared to when the storm began', 'when did the ferry leave', 'when the storm began'],
    ['når gikk ferja i forhold til stormen', 'når gikk ferja', 'stormen'],
    ['so when was the pier closed relative to the strike', 'so when was the pier closed', 'the strike'],
  ])('%j asks the time of %j against %j', (q, asked, against) =>
    expect(timeReference(tokenize(q))).toEqual({ asked: tokenize(asked), against: tokenize(against) }),
  );

  it.each(['how does the ferry compare to the old one', 'when did the ferry leave', 'what was the ferry compared to'])('%j asks none', (q) =>
    expect(timeReference(tokenize(q))).toBeUndefined(),
  );
});

describe('Engine: a time asked against another event', () => {
  const engine = seedEngine();

  it('answers with the entry of the event asked about, which tells its time from the other, not with the other’s entry', () => {
    expect(engine.ask('when were the satellite photos taken compared to when the americans made the accusation').intent).toBe('train-crossing');
  });
});
