import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withCountrySide } from '../../../src/engine/message/country-side.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withCountrySide', () => {
  it.each([
    ['the train on the russia side', 'the train on the russian side'],
    ['the north korea side of the border', 'the north korean side of the border'],
    ['nk side', 'north korean side'],
    ['toget på Nord-Korea-sida', 'toget på nordkoreansk sida'],
    ['på russland siden', 'på russisk siden'],
    // A side named otherwise, or no side at all.
    ['the russian side', 'the russian side'],
    ['russia and north korea', 'russia and north korea'],
  ])('%j reads as %j', (q, expected) => expect(withCountrySide(tokenize(q)).join(' ')).toBe(expected));
});

describe('Engine: a side of the border named by its country', () => {
  it('answers with the picture of the train on that side', () => {
    // "russia" drew the 10:24 picture (the train on the North Korean side), whose texts name Russia as where it went.
    expect(seedEngine().ask('what time was the train on the russia side').intent).toBe('image-1310');
    expect(seedEngine().ask('how many wagons were there on the NK side').intent).toBe('image-1024');
  });
});
