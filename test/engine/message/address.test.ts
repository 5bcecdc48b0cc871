import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withoutAddress } from '../../../src/engine/message/address.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutAddress', () => {
  it.each([
    ['bro who took the pictures', 'who took the pictures'],
    ['halla bro', 'halla'],
    ['hvor lang er bro', 'hvor lang er bro'],
    ['bro over grensa', 'bro over grensa'],
    ['bro the train had what in it', 'the train had what in it'],
    ['what was in the train bro', 'what was in the train'],
    ['hvor langt fra bro', 'hvor langt fra bro'],
  ])('%j reads as %j', (q, expected) => expect(withoutAddress(tokenize(q)).join(' ')).toBe(expected));

  it('lets "bro" (brother) ask about the train, not the bridge', () => {
    expect(seedEngine().ask('bro hvem tok satellittbildene?').intent).toBe('image-analysis');
  });

  it('reads "bro" before English or closing a question as the address, not the bridge', () => {
    expect(seedEngine().ask('bro the train had what in it').intent).toBe('cargo-unknown');
    expect(seedEngine().ask('hva lol ok whatever bro').intent).not.toBe('friendship-bridge');
  });
});
