import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { countingWordsOf, leavesUncounted } from '../../../src/engine/message/counted-detail.js';
import { BoundedMemo } from '../../../src/engine/message/bounded-memo.js';
import { namesAsked, namingWordsOf } from '../../../src/engine/message/named-in.js';

describe('BoundedMemo', () => {
  it('gives back what was set for a text, and never holds more than its limit', () => {
    const memo = new BoundedMemo<number>(3);
    expect(memo.set('a', 1)).toBe(1);
    memo.set('b', 2);
    expect(memo.get('a')).toBe(1);
    expect(memo.get('c')).toBeUndefined();
    memo.set('c', 3);
    expect(memo.size).toBe(3);
    // Full: emptied before the next, which is then kept.
    memo.set('d', 4);
    expect(memo.size).toBe(1);
    expect(memo.get('a')).toBeUndefined();
    expect(memo.get('d')).toBe(4);
    for (let i = 0; i < 100; i++) memo.set(`t${i}`, i);
    expect(memo.size).toBeLessThanOrEqual(3);
  });
});

describe('the detail checks read an answer text once', () => {
  it('name: the same words each time a text is asked about, and an edited text is read anew', () => {
    const text = 'The train stood at Khasan station; the station was busy.';
    expect(namingWordsOf(text, 'en')).toBe(namingWordsOf(text, 'en'));
    expect(namingWordsOf(text, 'nb')).not.toBe(namingWordsOf(text, 'en'));
    const asked = tokenize('what is the station called');
    expect(namesAsked(text, asked, 'en')).toBe(true);
    expect(namesAsked('The train stood at a station; the station was busy.', asked, 'en')).toBe(false);
    expect(namesAsked(text, asked, 'en')).toBe(true);
  });

  it('count: the same words each time, and a text edited to give the number is read anew', () => {
    const text = 'They spent millions of euros on ships.';
    expect(countingWordsOf(text)).toBe(countingWordsOf(text));
    expect(leavesUncounted([text], 'ships')).toBe(true);
    expect(leavesUncounted(['Two of the ships sank.'], 'ships')).toBe(false);
    expect(leavesUncounted([text], 'ships')).toBe(true);
  });

  it("past the memo's limit the answers stay the same", () => {
    const texts = Array.from({ length: 5_000 }, (_, i) => `Train ${i} stood at Khasan station; the station was busy.`);
    const asked = tokenize('what is the station called');
    const first = texts.map((t) => namesAsked(t, asked, 'en'));
    expect(texts.map((t) => namesAsked(t, asked, 'en'))).toEqual(first);
    expect(first.every((named) => named)).toBe(true);
  });
});
