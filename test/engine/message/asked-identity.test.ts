import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { askedIdentity, onlyNames } from '../../../src/engine/message/asked-identity.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('askedIdentity and onlyNames: what something named is', () => {
  it.each([
    ['what is NTB?', ['ntb']],
    ['hva er egentlig NTB for noe?', ['ntb']],
    ['what is an export ban?', undefined],
    ['who is Kari Nordmann?', undefined],
  ])('%j asks what %j is', (q, name) => expect(askedIdentity(tokenize(q))).toEqual(name));

  it('tells a text that only names it from one that describes it', () => {
    expect(onlyNames('Photos from NTB via Reuters.', ['ntb'])).toBe(true);
    expect(onlyNames('The news agency NTB reported it.', ['ntb'])).toBe(false);
    expect(onlyNames('NTB, the Norwegian news agency, reported it.', ['ntb'])).toBe(false);
    // Not named as asked (another form, a typo): no judging.
    expect(onlyNames('The news agency NTB reported it.', ['ntbb'])).toBe(false);
  });

  it('declines what an agency the article only credits is, offering the entry that credits it', () => {
    const answer = seedEngine().ask('what is AFP exactly?');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions.map((s) => s.id)).toContain('article-about');
    expect(seedEngine().ask('hva er 38 North?').intent).toBe('image-analysis');
  });
});
