import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { namesOnlyAnOrdinal } from '../../../src/engine/message/bare-ordinal.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('namesOnlyAnOrdinal', () => {
  it.each(['and the third one?', 'what about the last one', 'og den første da?', 'hva med den siste'])('%j names nothing but a place in a row', (q) =>
    expect(namesOnlyAnOrdinal(tokenize(q))).toBe(true),
  );

  it.each(['the second ferry', 'what about the last harbour', 'og den første kapteinen?', 'what about it'])('%j names something', (q) =>
    expect(namesOnlyAnOrdinal(tokenize(q))).toBe(false),
  );
});

describe('Engine: a thing named only by its place in a row', () => {
  it('is not taken for the picture of that place (answered with it at 0.98), nor is anything offered', () => {
    const answer = seedEngine().ask('ok and the second one?');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions).toEqual([]);
    expect(seedEngine().ask('ok and the second picture?').intent).toBe('image-1310');
  });
});
