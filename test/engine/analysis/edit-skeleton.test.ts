import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWordRanks } from '../../../src/app/read-word-ranks.js';
import { EditSkeletons, skeletonOf } from '../../../src/engine/analysis/edit-skeleton.js';
import { foldNordic } from '../../../src/engine/analysis/fold.js';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { WordRarity } from '../../../src/engine/analysis/word-rarity.js';
import type { Lang } from '../../../src/kb/languages.js';
import { PROJECT_ROOT } from '../../support/run-cli.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';

/** Every spelling one edit from `word`, in the order closestListed has always tried them. */
function oneEdit(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i++) for (const c of LETTERS) if (c !== word[i]) out.push(word.slice(0, i) + c + word.slice(i + 1));
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) out.push(word.slice(0, i) + c + word.slice(i));
  return out;
}

/** closestListed as it was written before the skeletons: every spelling looked up. */
function closestByTryingAll(rarity: WordRarity, word: string, lang: Lang, maxRank: number): string | undefined {
  let best: string | undefined;
  let bestRank = maxRank + 1;
  for (const candidate of oneEdit(word)) {
    const rank = rarity.rankIn(candidate, lang);
    if (rank !== undefined && rank < bestRank) [best, bestRank] = [candidate, rank];
  }
  return best;
}

/** A fixed-seed generator of strings from `alphabet`. */
function randomStrings(count: number, alphabet: string, maxLength: number, seed = 12345): string[] {
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * maxLength) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

/** The lower-cased words of every evaluation set long enough for closestListed (as the analyzer asks it). */
function evaluationWords(): string[] {
  const dir = path.join(PROJECT_ROOT, 'test', 'eval');
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl'));
  const words = new Set<string>();
  for (const file of files)
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n'))
      if (line.trim()) for (const token of tokenize((JSON.parse(line) as { q: string }).q)) if (token.length >= 6 && token.length <= 24) words.add(token);
  return [...words];
}

describe('word skeletons', () => {
  it('are the folded word without a, o and e, for every pair of letters up to U+02FF', { timeout: 60_000 }, () => {
    const differing: string[] = [];
    for (let a = 0; a < 0x300; a++)
      for (let b = 0; b < 0x300; b++) {
        const pair = String.fromCharCode(a, b);
        if (skeletonOf(pair) !== foldNordic(pair).replace(/[aoe]/g, '')) differing.push(pair);
      }
    expect(differing).toEqual([]);
  });

  it('are the folded word without a, o and e for longer words, where aa and oe fold across letters', () => {
    const words = randomStrings(20_000, "aoeæøåäöéèüAOEÆØÅçßbnrst'-1", 10);
    expect(words.filter((w) => skeletonOf(w) !== foldNordic(w).replace(/[aoe]/g, ''))).toEqual([]);
  });

  it('say which letters stand between two parts of a listed skeleton', () => {
    const skeletons = new EditSkeletons(['ktt', 'kst', 'bn']);
    expect(skeletons.has('kst')).toBe(true);
    expect(skeletons.has('ks')).toBe(false);
    expect(skeletons.lettersBetween('k', 't')).toBe('ts');
    expect(skeletons.lettersBetween('', 'n')).toBe('b');
    expect(skeletons.lettersBetween('b', 't')).toBe('');
  });
});

describe('closestListed with skeletons finds what trying every spelling finds', () => {
  const rarity = new WordRarity(readWordRanks());
  const words = evaluationWords();
  // Misspellings of listed words too, so that many words have a listed neighbour.
  const listed = [...readWordRanks().nb.slice(0, 1500), ...readWordRanks().en.slice(0, 1500)].filter((w) => w.length >= 6);
  const slips = listed.flatMap((w, i) => {
    const edits = oneEdit(w);
    return [edits[(i * 7) % edits.length]!];
  });

  // Trying every spelling takes seconds over these words, more on a busy machine: a generous bound, not a speed test.
  it('on every word of the evaluation sets and slips of the commonest words, in both languages, at the analyzer rank', { timeout: 180_000 }, () => {
    expect(words.length).toBeGreaterThan(2000);
    const differing: string[][] = [];
    let found = 0;
    for (const word of [...words, ...slips])
      for (const lang of ['nb', 'en'] as const) {
        const fast = rarity.closestListed(word, lang, 1000);
        if (fast !== undefined) found++;
        if (fast !== closestByTryingAll(rarity, word, lang, 1000)) differing.push([word, lang, String(fast)]);
      }
    expect(differing).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  });

  it('at any rank, on random words and on words with letters past U+02FF (tried one by one)', { timeout: 180_000 }, () => {
    const random = [...randomStrings(800, 'abdeiklmnorstuvgæøåéü', 9, 7), 'kafe\u0301x', 'egentlig\u0301', 'ﬁnally'];
    const differing: string[][] = [];
    for (const word of [...random, ...words.slice(0, 150)])
      for (const lang of ['nb', 'en'] as const)
        for (const maxRank of [3, 1000, Infinity])
          if (rarity.closestListed(word, lang, maxRank) !== closestByTryingAll(rarity, word, lang, maxRank)) differing.push([word, lang, String(maxRank)]);
    expect(differing).toEqual([]);
  });

  it('keeps the first of two spellings that fold to the same listed word', () => {
    const small = new WordRarity({ nb: ['bar', 'kafé'], en: [] });
    // "bqr": "bar" and "bår" both fold to "bar"; "bar" is tried first.
    expect(small.closestListed('bqr', 'nb')).toBe('bar');
    expect(small.closestListed('kafe\u0301x', 'nb')).toBe('kafe\u0301');
  });
});
