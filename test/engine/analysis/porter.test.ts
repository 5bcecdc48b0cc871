import fs from 'node:fs';
import path from 'node:path';
import stemmerNo from 'natural/lib/natural/stemmers/porter_stemmer_no.js';
import stemmerEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { porterStemEnglish } from '../../../src/engine/analysis/porter-english.js';
import { porterStemNorwegian } from '../../../src/engine/analysis/porter-norwegian.js';
import { stem } from '../../../src/engine/analysis/stem.js';
import { PROJECT_ROOT } from '../../support/run-cli.js';
import { seedEngine } from '../../support/seed-engine.js';

/** Every file under a folder with one of the endings. */
function filesUnder(dir: string, endings: readonly string[]): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((f) => (endings.some((e) => f.endsWith(e)) ? [path.join(dir, f)] : []));
}

/**
 * Every word we have: the everyday word lists, the knowledge base, the lexicon, the locales, the
 * article and every evaluation set, as written (cases and hyphens kept, and as the tokenizer
 * splits them), each also with the endings the stemmers cut, so every step meets words it changes.
 */
function everyWord(): string[] {
  const texts = [
    ...filesUnder(path.join(PROJECT_ROOT, 'data'), ['.txt', '.json']),
    ...filesUnder(path.join(PROJECT_ROOT, 'test', 'eval'), ['.jsonl']),
    ...filesUnder(path.join(PROJECT_ROOT, 'locales'), ['.json']),
    '/work/shared/seed/000_330db35c9ca268bb.txt',
  ]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, 'utf8'));
  const words = new Set<string>();
  for (const text of texts) {
    for (const w of text.match(/[\p{L}\p{M}\p{N}'’_-]+/gu) ?? []) words.add(w);
    for (const w of text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) words.add(w).add(w.toLowerCase());
  }
  const endings = ['s', 'es', 'ed', 'ing', 'y', 'ly', 'er', 'ert', 'erte', 'ene', 'het', 'lig', 'ness', 'ation', 'ational', 'ement', 'll', 'e', 'dt', 'ks'];
  const all = new Set(words);
  for (const w of words) if (w.length <= 12 && w === w.toLowerCase()) for (const e of endings) all.add(w + e);
  return [...all];
}

/** Strings no language has, from a small alphabet that makes every rule fire (a fixed seed). */
function randomWords(count: number): string[] {
  const letters = 'aeiouybcdfgklmnprstvwxzæøåéüYSE-_1\n';
  let seed = 12345;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => letters[Math.floor(next() * letters.length)]).join(''));
}

describe('own Porter stemmers', () => {
  const words = [...everyWord(), ...randomWords(50_000)];

  // natural's stemmers take seconds over these words, more on a busy machine: a generous bound, not a speed test.
  it("give exactly natural's English stems on every word we have", { timeout: 180_000 }, () => {
    expect(words.length).toBeGreaterThan(100_000);
    const differing = words.filter((w) => porterStemEnglish(w) !== stemmerEn.stem(w));
    expect(differing.map((w) => [w, porterStemEnglish(w), stemmerEn.stem(w)])).toEqual([]);
  });

  it("give exactly natural's Norwegian stems on every word we have", { timeout: 180_000 }, () => {
    const differing = words.filter((w) => porterStemNorwegian(w) !== stemmerNo.stem(w));
    expect(differing.map((w) => [w, porterStemNorwegian(w), stemmerNo.stem(w)])).toEqual([]);
  });

  it('cut what Porter cuts, in both languages', () => {
    expect(stem('connections', 'en')).toBe('connect');
    expect(stem('generalizations', 'en')).toBe('gener');
    expect(stem('satellittbildene', 'nb')).toBe('satellittbild');
    expect(stem('vennskapsbroen', 'nb')).toBe('vennskapsbro');
    // Short words and words with digits are not cut.
    expect(stem('bus', 'en')).toBe('bus');
    expect(stem('ak47s', 'en')).toBe('ak47s');
  });

  it('stem a short word ending in a vowel and y as its longer forms, which Porter gives an i', () => {
    expect(stem('buy', 'en')).toBe(stem('buying', 'en'));
    expect(stem('buy', 'en')).toBe(stem('buys', 'en'));
    expect(stem('day', 'en')).toBe(stem('days', 'en'));
    // "say" as it is (see stem.ts); a y after a consonant is no such y.
    expect(stem('say', 'en')).toBe('say');
    expect(stem('why', 'en')).toBe('why');
    expect(seedEngine().ask('is north korea buying horses from russia?').intent).toBe('kim-horses');
  });

  it('keep "important" apart from "import", which Porter cuts it to', () => {
    expect(stem('important', 'en')).toBe(stem('importance', 'en'));
    expect(stem('important', 'en')).not.toBe(stem('imports', 'en'));
    expect(seedEngine().ask('why is Russia so important to North Korea').intent).not.toBe('kim-horses');
  });
});
