import { describe, expect, it } from 'vitest';
import { assembleNow } from '../../../src/engine/assembly/assembly.js';
import { SpellingIndex } from '../../../src/engine/analysis/spelling-index.js';

const WORDS = ['hestene', 'hesten', 'satellittbildene', 'vennskapsbroen', 'granatene', 'granaten', 'artilleri', 'sanksjoner', 'sanksjonen', 'grønnsaker'];
const popularity = (word: string): number => (word === 'sanksjoner' ? 5 : 1);

describe('SpellingIndex', () => {
  it('corrects a swapped pair of letters as one edit', () => {
    const index = new SpellingIndex(WORDS, popularity);
    expect(index.correct('hetsene')).toBe('hestene');
    expect(index.correct('artilelri')).toBe('artilleri');
  });

  it('allows two edits in a long word, one in a shorter word', () => {
    const index = new SpellingIndex(WORDS, popularity);
    expect(index.correct('venskapsbroene')).toBe('vennskapsbroen');
    expect(index.correct('ranatenex')).toBe('granatene');
    expect(index.correct('granaene')).toBe('granatene');
    // Seven letters or more may be two edits off ("artical" for "article"); six not.
    expect(index.correct('hestnea')).toBe('hestene');
    expect(index.correct('estenh')).toBeUndefined();
  });

  it('prefers the closer word, and between equally close words the more used one', () => {
    const index = new SpellingIndex(WORDS, popularity);
    expect(index.correct('granatenn')).toBe('granatene');
    expect(index.correct('sanksjonex')).toBe('sanksjoner');
  });

  it('corrects letters outside ASCII, and leaves numbers and short words alone', () => {
    const index = new SpellingIndex([...WORDS, '2022', 'took'], popularity);
    expect(index.correct('grønsaker')).toBe('grønnsaker');
    expect(index.correct('2023')).toBeUndefined();
    expect(index.correct('cook')).toBeUndefined();
  });

  it('reads a word with the wrong letter doubled, or letters doubled and merged as swipe typing does, as the word', () => {
    const index = new SpellingIndex([...WORDS, 'satellitt'], popularity);
    expect(index.correct('sattelit')).toBe('satellitt');
    expect(index.correct('vvennskappsbrroen')).toBe('vennskapsbroen');
    expect(index.correct('satelit')).toBe('satellitt');
  });

  it('never proposes the excluded word itself', () => {
    const index = new SpellingIndex(WORDS, popularity);
    expect(index.correct('hesten', 'hesten')).toBe('hestene');
    expect(index.correct('hesten')).toBe('hesten');
  });

  it('corrects the same when built in slices', () => {
    const direct = new SpellingIndex(WORDS, popularity);
    const sliced = assembleNow(SpellingIndex.assemble(WORDS, popularity));
    for (const typo of ['hetsene', 'venskapsbroene', 'sanksjonex', 'grønsaker', 'xyzxyz']) expect(sliced.correct(typo)).toBe(direct.correct(typo));
  });
});
