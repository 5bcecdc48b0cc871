import { describe, expect, it } from 'vitest';
import { DroppedVowels, consonantsOf } from '../../../src/engine/analysis/dropped-vowels.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('words typed without their vowels', () => {
  const known = new DroppedVowels(['bildene', 'hester', 'stemmer', 'satellittbildene', 'length', 'bridge', 'broder']);

  it('are the known word their letters were taken from, doubled letters typed once', () => {
    expect(consonantsOf('satellittbildene')).toBe('stltbldn');
    expect(known.wordsOf('bldn')).toEqual(['bildene']);
    expect(known.wordsOf('hstr')).toEqual(['hester']);
    expect(known.wordsOf('stmmr')).toEqual(['stemmer']);
    expect(known.wordsOf('satlttbldne')).toEqual(['satellittbildene']);
    expect(known.wordsOf('lngth')).toEqual(['length']);
  });

  it('are no word whose consonants they change or reorder, nor one of fewer than three consonants', () => {
    expect(known.wordsOf('brdr')).toEqual(['broder']);
    expect(known.wordsOf('bdrg')).toEqual([]);
    expect(known.wordsOf('hs')).toEqual([]);
  });

  it('are read as that word by the engine (the question was declined)', () => {
    const engine = seedEngine();
    expect(engine.ask('who analysd d imgs').intent).toBe('image-analysis');
    expect(engine.ask('frndshp brdg lngth?').intent).toBe('friendship-bridge');
  });
});
