import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { askedDetail } from '../../../src/engine/message/asked-detail.js';
import { withoutStatedNames } from '../../../src/engine/message/stated-name.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutStatedNames', () => {
  it.each([
    ['et selskap som heter Planet Labs', 'et selskap som labs'],
    ['a company called Maxar took them', 'company took them'],
    // Asked, not stated.
    ['hva heter selskapet', 'hva heter selskapet'],
    ['what was the horse kim rides called', 'what was the horse kim rides called'],
    ['why is the think tank called 38 north', 'why is the think tank called 38 north'],
  ])('%j reads as %j', (q, expected) => expect(withoutStatedNames(tokenize(q)).join(' ')).toBe(expected));
});

describe('askedDetail: a name stated in a quiz option asks no name', () => {
  it.each([
    ['ble bildene tatt av Maxar eller et selskap som heter Planet-noe?', undefined],
    ['hva heter selskapet som tok bildene', 'name'],
    ['what was the station called', 'name'],
  ])('%j asks %s', (q, detail) => expect(askedDetail(tokenize(q))).toBe(detail));

  it('answers who took the pictures with the options given', () => {
    // Declined as a name the article does not give ("som heter").
    const quiz = 'satellittbildene ble tatt av: a) Airbus b) et kommersielt firma som heter Planet-et-eller-annet?';
    expect(seedEngine().ask(quiz).intent).toBe('image-analysis');
  });
});
