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
  ])('%j reads as %j', (q, expected) => expect(withoutAddress(tokenize(q)).join(' ')).toBe(expected));

  it('lets "bro" (brother) ask about the train, not the bridge', () => {
    expect(seedEngine().ask('bro hvem tok satellittbildene?').intent).toBe('image-analysis');
  });
});
