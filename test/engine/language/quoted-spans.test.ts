import { describe, expect, it } from 'vitest';
import { withoutQuotedSpans } from '../../../src/engine/language/quoted-spans.js';

describe('withoutQuotedSpans', () => {
  it.each([
    ['explain "Nord-Korea stengte broen" please', 'explain   please'],
    ['hva betyr «we are monitoring this»?', 'hva betyr  ?'],
    ['what does “kollaps” mean', 'what does   mean'],
    ["translate: 'Russisk bistand var avgjørende' thanks", 'translate:   thanks'],
    ["'tilfeldig' means what?", '  means what?'],
  ])('takes the quoted words out of %j', (text, expected) => {
    expect(withoutQuotedSpans(text)).toBe(expected);
  });

  it.each([
    ["what's Kim's horse called", "what's Kim's horse called"],
    ['no quotes at all', 'no quotes at all'],
    ['an "unclosed quote', 'an "unclosed quote'],
  ])('leaves apostrophes and unpaired marks alone: %j', (text, expected) => {
    expect(withoutQuotedSpans(text)).toBe(expected);
  });
});
