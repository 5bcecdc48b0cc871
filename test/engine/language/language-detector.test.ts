import { describe, expect, it } from 'vitest';
import { seedEngine } from '../../support/seed-engine.js';

describe('language detection', () => {
  const engine = seedEngine();

  it.each([
    ['Hvem tok bildene?', 'nb'],
    ['Kven tok bileta?', 'nb'],
    ['korleis veit dei at det var same toget', 'nb'],
    ['hva skjedde pa grensen', 'nb'],
    ['hestene', 'nb'],
    ['Who took the pictures?', 'en'],
    ['horses', 'en'],
    ['what about the bridge', 'en'],
    ['is it true', 'en'],
  ])('%j is %s', (text, lang) => {
    expect(engine.detectLanguage(text)).toBe(lang);
    expect(engine.ask(text).lang).toBe(lang);
  });

  it('reads a word that names a property of every JavaScript object as an ordinary word', () => {
    // "constructor" once found Object.prototype's in the marker table and made every such question English.
    expect(engine.detectLanguage('hvem er constructor av broen?')).toBe('nb');
    expect(engine.detectLanguage('constructor', 'nb')).toBe('nb');
  });

  it('uses the fallback when nothing points either way', () => {
    expect(engine.detectLanguage('Kirby?', 'nb')).toBe('nb');
    expect(engine.detectLanguage('Kirby?', 'en')).toBe('en');
  });
});
