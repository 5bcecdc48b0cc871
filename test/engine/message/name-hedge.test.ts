import { describe, expect, it } from 'vitest';
import { withoutNameHedge } from '../../../src/engine/message/name-hedge.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutNameHedge: the asker unsure of a name they give', () => {
  it.each([
    ['hvem tok bildene, Planet Labs eller hva de heter?', 'hvem tok bildene, Planet Labs?'],
    ['kven analyserte dei, 38 North eller kva dei heiter', 'kven analyserte dei, 38 North'],
    ["who checked the pics, 38 north or whatever they're called", 'who checked the pics, 38 north'],
    ["what did the vets report, the Russian agency or what's its name.", 'what did the vets report, the Russian agency.'],
  ])('%j -> %j', (text, expected) => expect(withoutNameHedge(text)).toBe(expected));

  it('leaves a name asked for, and a hedge within a sentence', () => {
    for (const text of ['hva heter tenketanken?', 'what is the bridge called', 'på Twitter, eller X, eller hva det heter nå, der noen sa det'])
      expect(withoutNameHedge(text)).toBe(text);
  });
});

describe('Engine: a question closed by a name the asker is unsure of', () => {
  it('answers what is asked, not a name (declined as a name the article lacks before)', () => {
    expect(seedEngine().ask('hvem gikk gjennom satellittbildene, 38 North eller hva de heter').intent).toBe('image-analysis');
    expect(seedEngine().ask("who went through the satellite pictures, 38 north or whatever they're called").intent).toBe('image-analysis');
  });
});
