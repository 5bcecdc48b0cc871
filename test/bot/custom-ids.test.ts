import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from '../../src/bot/custom-ids.js';

describe('button custom ids', () => {
  it('round-trips and stays within 100 characters', () => {
    const sources = { kind: 'sources', lang: 'nb', entryId: 'a'.repeat(64) } as const;
    const vote = { kind: 'vote', questionId: 123456789012345, useful: false } as const;
    const pick = { kind: 'pick', lang: 'en', entryId: 'b'.repeat(64), questionId: 123456789012345 } as const;
    for (const action of [sources, vote, pick]) {
      const id = encodeButton(action);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeButton(id)).toEqual(action);
    }
  });

  it('refuses ids it did not make', () => {
    for (const id of [
      '',
      'factbot',
      'other:vote:1:1',
      'factbot:vote:x:1',
      'factbot:vote:1:2',
      'factbot:sources:de:x',
      'factbot:sources:en:Bad_Id',
      'factbot:vote:1:1:extra',
      'factbot:pick:en:x',
      'factbot:pick:xx:x:1',
      'factbot:pick:en:x:y',
      'factbot:pick:en:x:1:2',
    ])
      expect(decodeButton(id), id).toBeUndefined();
  });
});
