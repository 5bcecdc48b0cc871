import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { askedDetail } from '../../../src/engine/message/asked-detail.js';
import { namesAsked } from '../../../src/engine/message/named-in.js';

describe('askedDetail: a name', () => {
  it.each([
    ["what's the ferry called", 'name'],
    ['what are the names of the ships', 'name'],
    ['hva heter fergen', 'name'],
    ['kva heiter skipet', 'name'],
    ['which journalist covered the story', 'name'],
    ['hvem skrev saken', 'name'],
    ['who took the pictures', undefined],
  ])('%j asks for %s', (q, detail) => expect(askedDetail(tokenize(q))).toBe(detail));
});

describe('namesAsked', () => {
  const text = 'The ferry “Northern Star” left Bergen harbour; the harbour was full. Norwegian officials met Ola Nordmann. The report names no journalist.';
  const asks = (q: string): boolean => namesAsked(text, tokenize(q), 'en');

  it('finds the name beside the thing asked about', () => {
    expect(asks("what's the name of the harbour")).toBe(true);
    expect(namesAsked('The train stood at Khasan station; the station was busy.', tokenize('what is the station called'), 'en')).toBe(true);
  });

  it('does not take a word the question already says, or a name beside another name, for the name asked', () => {
    expect(asks('what were the names of the norwegian officials')).toBe(false);
    expect(asks('what is the name of the ship ola nordmann met')).toBe(false);
  });

  it('finds no name where the text says none or never uses the word', () => {
    expect(asks('which journalist wrote the report')).toBe(false);
    expect(asks('what is the captain called')).toBe(false);
  });
});
