import { describe, expect, it } from 'vitest';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { pushesBack } from '../../../src/engine/message/pushback.js';

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
