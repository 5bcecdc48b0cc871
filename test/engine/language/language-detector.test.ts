import { describe, expect, it } from 'vitest';
import { everydayVote } from '../../../src/engine/language/language-detector.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('language detection', () => {
  const engine = seedEngine();

  it.each([
    ['Hvem tok bildene?', 'nb'],
    ['Kven tok bileta?', 'nb'],
    ['korleis veit dei at det var same toget', 'nb'],
    ['hva skjedde pa grensen', 'nb'],
    ['hestene', 'nb'],
    ['heihei', 'nb'],
    // "Halla" greets in Norwegian whatever English word names the bot beside it.
    ['halla desk-bot', 'nb'],
    // Spoken forms beside English names: "38 North" and "Planet Labs" are words of both.
    ['kem ejer 38 north', 'nb'],
    ['ka e north korea', 'nb'],
    ['Who took the pictures?', 'en'],
    ['horses', 'en'],
    ['what about the bridge', 'en'],
    ['is it true', 'en'],
  ])('%j is %s', (text, lang) => {
    expect(engine.detectLanguage(text)).toBe(lang);
    expect(engine.ask(text).lang).toBe(lang);
  });

  it('answers a Swede or a Dane in Norwegian: by "ä" and "ö", and by a Swedish or Danish word neither word list has', () => {
    for (const text of ['gillar han hästar', 'vilket datum togs bilderna', 'hvad er venskabsbroen']) expect(engine.detectLanguage(text), text).toBe('nb');
  });

  it('reads a word that names a property of every JavaScript object as an ordinary word', () => {
    // "constructor" once found Object.prototype's in the marker table and made every such question English.
    expect(engine.detectLanguage('hvem er constructor av broen?')).toBe('nb');
    // Alone, it reads as any word no list knows: by its letters, English whatever the fallback.
    expect(engine.detectLanguage('constructor', 'nb')).toBe('en');
  });

  it('reads words the training texts never use by the everyday word lists', () => {
    // Each was answered or declined in English before the lists had a say.
    for (const text of ['pris per granat', 'for en ubrukelig bot', 'ring mamma', 'Kim helse?']) expect(engine.ask(text).lang, text).toBe('nb');
    expect(engine.detectLanguage('any cheap sofa for sale')).toBe('en');
  });

  it('weighs a word listed in one language only, or commoner in one, at most 1 either way', () => {
    const lists = (nb: number | undefined, en: number | undefined) => ({ rankIn: (_: string, lang: 'nb' | 'en') => (lang === 'nb' ? nb : en) });
    expect(everydayVote('x', lists(undefined, undefined))).toBe(0);
    expect(everydayVote('x', lists(500, undefined))).toBe(1);
    expect(everydayVote('x', lists(undefined, 500))).toBe(-1);
    // Missing from the shorter Norwegian list only because it is rare: a weaker vote.
    expect(everydayVote('x', lists(undefined, 20_000))).toBe(-0.5);
    expect(everydayVote('x', lists(600, 8_000))).toBeGreaterThan(0.9);
    expect(everydayVote('x', lists(1_000, 1_000))).toBe(0);
    expect(everydayVote('x', lists(10, 100_000))).toBe(1);
  });

  it('reads a word no text and no list knows by how its letters run', () => {
    for (const text of ['brevveksling', 'grafikk?', 'sanksjonsbrudd?']) expect(engine.detectLanguage(text, 'en'), text).toBe('nb');
    for (const text of ['obfuscation?', 'transloaders']) expect(engine.detectLanguage(text, 'nb'), text).toBe('en');
  });

  it('uses the fallback when nothing points either way', () => {
    expect(engine.detectLanguage('Kirby?', 'nb')).toBe('nb');
    expect(engine.detectLanguage('Kirby?', 'en')).toBe('en');
  });
});
