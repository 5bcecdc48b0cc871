import { describe, expect, it } from 'vitest';
import { readWordRanks } from '../../../src/app/read-word-ranks.js';
import { WordRarity } from '../../../src/engine/analysis/word-rarity.js';

describe('WordRarity over the shipped word-frequency lists', () => {
  const rarity = new WordRarity(readWordRanks());

  it('loads both languages', () => {
    expect(rarity.size).toBeGreaterThan(35_000);
  });

  it('rates everyday words low and names, numbers and rare words high', () => {
    for (const everyday of ['uncle', 'saying', 'tror', 'onkel', 'the', 'og']) expect(rarity.of(everyday), everyday).toBeLessThan(0.5);
    for (const telling of ['wagner', 'iran', '2024', 'equestrian', 'xyzzyq']) expect(rarity.of(telling), telling).toBeGreaterThan(0.7);
  });

  it('folds æ/ø/å as the engine does', () => {
    expect(rarity.of('forstår')).toBe(rarity.of('forstar'));
  });
});

describe('WordRarity: the everyday word a misspelt one was typed for', () => {
  const rarity = new WordRarity({ nb: ['jeg', 'egentlig', 'kurs', 'allerede'], en: ['you', 'hoe', 'door', 'actually'] });

  it('ranks a word in each language on its own, English as written', () => {
    expect(rarity.rankIn('egentlig', 'nb')).toBe(2);
    expect(rarity.rankIn('egentlig', 'en')).toBeUndefined();
    expect(rarity.rankIn('hoe', 'en')).toBe(2);
  });

  it('finds the commonest word of the language one edit away, up to a rank', () => {
    expect(rarity.closestListed('egentli', 'nb')).toBe('egentlig');
    expect(rarity.closestListed('actualy', 'en')).toBe('actually');
    expect(rarity.closestListed('egentli', 'en')).toBeUndefined();
    expect(rarity.closestListed('allerede', 'nb', 3)).toBeUndefined();
  });
});
