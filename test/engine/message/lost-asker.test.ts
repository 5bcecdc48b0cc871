import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { saysOnlyItIsLost } from '../../../src/engine/message/lost-asker.js';

describe('saysOnlyItIsLost', () => {
  // Every word counts as everyday here but "bridge" and "deny", topics; "haha" is laughter.
  const lost = (text: string): boolean =>
    saysOnlyItIsLost(
      tokenize(text),
      (w) => w !== 'bridge' && w !== 'deny',
      (w) => w === 'haha',
    );

  it.each(["i don't get it", 'not sure', 'haha skjønner ikke', 'nope no idea'])('%j says the asker is lost', (text) => {
    expect(lost(text)).toBe(true);
  });

  it.each(['is it not true?', "didn't they deny it", 'not the bridge?', 'ok', 'i do not know what 38 north is, can you tell me more'])('%j does not', (text) =>
    expect(lost(text)).toBe(false),
  );
});
