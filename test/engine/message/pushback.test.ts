import { describe, expect, it } from 'vitest';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { contrastedPair, pushesBack } from '../../../src/engine/message/pushback.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('pushesBack', () => {
  it.each([
    "you're wrong, the bridge closed in 2021",
    'Du tar feil, broa ble stengt i 2021',
    'nah the bridge is 1 km',
    'nei, det var i 2021',
    'it was in 2021, not 2020',
    'i 2021 og ikkje i 2020',
    'sent in august, not july',
    'that is not right, it was 2019',
  ])('%j says what was said is wrong', (text) => expect(pushesBack(messageTokens(text))).toBe(true));

  it.each(['the bridge closed in 2020', 'was it not closed in 2020?', 'why not', 'the train is not visible'])('%j does not', (text) =>
    expect(pushesBack(messageTokens(text))).toBe(false),
  );
});

describe('contrastedPair', () => {
  it.each([
    ['Artikkelen er fra NRK, ikke TV 2', ['nrk', 'tv']],
    ['the graphics were made by Planet Labs, not by TV 2', ['labs', 'tv']],
    ['it was China, not Russia', ['china', 'russia']],
  ])('%j sets %j against each other', (text, pair) => expect(contrastedPair(messageTokens(text))).toEqual(pair));

  it.each(['the train crossed the bridge', 'not now'])('%j sets nothing against anything', (text) =>
    expect(contrastedPair(messageTokens(text))).toBeUndefined(),
  );
});

describe('Engine: a name the article does not know, set against one it does', () => {
  it('is corrected by the entry naming the other', () => {
    expect(seedEngine().ask('Artikkelen er fra NRK, ikke TV 2 vel?').intent).toBe('article-about');
  });

  it('is not, when the entry does not name the other', () => {
    expect(seedEngine().ask('nei hestene var arabiske fullblods, ikke orlovtravere').intent).toBeNull();
  });
});
