import { describe, expect, it } from 'vitest';
import { withCyrillicNamesInLatin } from '../../../src/engine/message/cyrillic-names.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withCyrillicNamesInLatin', () => {
  it.each([
    ['who owns the ferry at Хасан?', 'who owns the ferry at khasan?'],
    ['hva sa Путин om ferja?', 'hva sa putin om ferja?'],
    ['Щукин and Юрьев', 'shchukin and yurev'],
  ])('%j is read as %j', (text, read) => expect(withCyrillicNamesInLatin(text)).toBe(read));

  it('leaves a message wholly in Cyrillic as it is', () => {
    expect(withCyrillicNamesInLatin('Кто владеет паромом?')).toBe('Кто владеет паромом?');
  });
});

describe('Engine: a name written in Russian letters', () => {
  it('is read as the name the article gives', () => {
    expect(seedEngine().ask('what did Путин write to Kim?').intent).toBe('putin-kim-letters');
    expect(seedEngine().ask('hva skrev Путин til Kim?').intent).toBe('putin-kim-letters');
  });
});
