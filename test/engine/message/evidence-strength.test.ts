import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withoutEvidenceStrength } from '../../../src/engine/message/evidence-strength.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutEvidenceStrength: how strong the proof asked for is', () => {
  it('leaves out the adjective before a word for proof, and only there', () => {
    expect(withoutEvidenceStrength(tokenize('is there any hard proof'))).toEqual(tokenize('is there any proof'));
    expect(withoutEvidenceStrength(tokenize('finnes det håndfaste bevis'))).toEqual(tokenize('finnes det bevis'));
    expect(withoutEvidenceStrength(tokenize('why is it hard to enforce sanctions'))).toEqual(tokenize('why is it hard to enforce sanctions'));
  });
});

describe('Engine: hard proof asked for', () => {
  it.each([
    // Declined at 0.56: "hard" drew the sanctions' entry ("harder to stop").
    'Is there any hard proof that North Korea has supplied weapons to Russia?',
    'is there hard evidence north korea sent weapons',
  ])('%j is answered with the claim', (q) => expect(seedEngine().ask(q).intent).toBe('claim-arms-supply'));
});
