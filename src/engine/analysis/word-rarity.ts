import { assembleNow, ITEMS_PER_SLICE, type Assembly } from '../assembly/assembly.js';
import type { Lang } from '../../kb/languages.js';
import { EditSkeletons, hasSkeleton, letterSkeleton, skeletonOf } from './edit-skeleton.js';
import { foldNordic } from './fold.js';

/** Everyday words of each language, most common first (data/word-frequency). */
export interface WordRanks {
  nb: readonly string[];
  en: readonly string[];
}

/** a-z only, without "aa" or "oe" (which folding changes): a loop, cheaper than a regular expression 40,000 times. */
function isPlain(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return !word.includes('aa') && !word.includes('oe');
}

// Ranks at and below COMMON are everyday words; from RARE on, a word is as telling as a name.
const COMMON = 300;
const RARE = 20_000;

/**
 * How much a word the knowledge base does not know changes what a question asks, from 0 (an
 * everyday word such as "uncle" or "lurer") to 1 (a name, a place, a number, a rare word): its
 * rank in everyday language on a log scale, as in Zipf's law. The lower rank of the two languages
 * counts, so a word common in either is no sign of an unknown topic.
 */
export class WordRarity {
  private static readonly built = new WeakMap<WordRanks, WordRarity>();
  /** Folded word -> its best rank; filled on first use (most single questions never need it). */
  private rank: Map<string, number> | undefined;
  /** Per language, folded word -> its rank in that language's list; filled when first asked. */
  private rankByLang: { nb: Map<string, number>; en: Map<string, number> } | undefined;
  /** Per language and maximum rank, the listed words' skeletons (see closestListed). */
  private readonly skeletonsByRank = new Map<string, EditSkeletons>();

  /** The rarity for these lists, built once however many engines are built on them (each rebuild). */
  static of(ranks: WordRanks | undefined): WordRarity {
    if (!ranks) return new WordRarity();
    let rarity = WordRarity.built.get(ranks);
    if (!rarity) WordRarity.built.set(ranks, (rarity = new WordRarity(ranks)));
    return rarity;
  }

  constructor(private readonly ranks: WordRanks = { nb: [], en: [] }) {}

  /** Fills the tables now, in small pieces (see Assembly), rather than on the first word that needs them. */
  *prepare(): Assembly<void> {
    if (this.rank) return;
    yield* this.prepareByLang();
    const rank = new Map<string, number>();
    for (const list of [this.ranks.nb, this.ranks.en])
      for (let i = 0; i < list.length; i++) {
        if (i % (ITEMS_PER_SLICE * 8) === 0) yield;
        const word = list[i]!;
        // Most words are plain ASCII that folding leaves alone: skip the fold (40,000 words per start).
        const key = isPlain(word) ? word : foldNordic(word);
        const known = rank.get(key);
        if (known === undefined || i + 1 < known) rank.set(key, i + 1);
      }
    this.rank = rank;
  }

  /**
   * Each language's own table, without the table of both (see `of`): the language detector asks only these, and a
   * start that answers one question should not fold 40,000 words for it.
   */
  private *prepareByLang(): Assembly<{ nb: Map<string, number>; en: Map<string, number> }> {
    if (this.rankByLang) return this.rankByLang;
    // English words are kept as written: folding is for Norwegian ("hoe" is not "ho").
    const nb = yield* ranksOf(this.ranks.nb, true);
    const en = yield* ranksOf(this.ranks.en, false);
    return (this.rankByLang = { nb, en });
  }

  private table(): Map<string, number> {
    if (!this.rank) assembleNow(this.prepare());
    return this.rank!;
  }

  get size(): number {
    return this.table().size;
  }

  /** Whether a word is in either everyday list. */
  isListed(word: string): boolean {
    return this.table().has(foldNordic(word));
  }

  /**
   * The word's best rank in either list (1: the commonest), or undefined when neither has it: from each language's own
   * table, so that a start answering one question does not build the table of both (see prepareByLang).
   */
  rankOf(word: string): number | undefined {
    const nb = this.rankIn(word, 'nb');
    const en = this.rankIn(word, 'en');
    return nb === undefined ? en : en === undefined ? nb : Math.min(nb, en);
  }

  /**
   * The word's rank in one language's list (1: the commonest), or undefined when that list lacks
   * it: "sau" (a sheep) is Norwegian, not English, and in an English message more likely "say".
   */
  rankIn(word: string, lang: Lang): number | undefined {
    const byLang = this.rankByLang ?? assembleNow(this.prepareByLang());
    return byLang[lang].get(lang === 'nb' ? foldNordic(word) : word);
  }

  /**
   * The everyday word of `lang` one edit from `word` (a letter left out, added, changed, or two
   * swapped), the commonest if several and ranked at most `maxRank`: what a misspelt word no list
   * knows was typed for.
   */
  closestListed(word: string, lang: Lang, maxRank = Infinity): string | undefined {
    let best: string | undefined;
    let bestRank = maxRank + 1;
    const consider = (candidate: string): void => {
      const rank = this.rankIn(candidate, lang);
      if (rank !== undefined && rank < bestRank) {
        best = candidate;
        bestRank = rank;
      }
    };
    // The spellings in the order oneEdit writes them (the first of equal rank wins), those whose
    // skeleton no listed word has left out (see EditSkeletons).
    const skeletons = hasSkeleton(word) ? this.skeletons(lang, maxRank) : undefined;
    if (!skeletons) {
      for (const candidate of oneEdit(word)) consider(candidate);
      return best;
    }
    const n = word.length;
    // before[i]: the skeleton of word's first i letters; after[i]: of the letters from i on.
    const before: string[] = [''];
    for (let i = 0; i < n; i++) before.push(before[i]! + letterSkeleton(word[i]!));
    const after: string[] = [];
    after[n] = '';
    for (let i = n - 1; i >= 0; i--) after[i] = letterSkeleton(word[i]!) + after[i + 1]!;
    for (let i = 0; i < n; i++) if (skeletons.has(before[i]! + after[i + 1]!)) consider(word.slice(0, i) + word.slice(i + 1));
    for (let i = 0; i + 1 < n; i++)
      if (skeletons.has(before[i]! + letterSkeleton(word[i + 1]!) + letterSkeleton(word[i]!) + after[i + 2]!))
        consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (let i = 0; i < n; i++) {
      const quiet = skeletons.has(before[i]! + after[i + 1]!);
      const letters = skeletons.lettersBetween(before[i]!, after[i + 1]!);
      if (!quiet && letters === '') continue;
      for (const c of LETTERS)
        if (c !== word[i] && (letterSkeleton(c) === '' ? quiet : letters.includes(c))) consider(word.slice(0, i) + c + word.slice(i + 1));
    }
    for (let i = 0; i <= n; i++) {
      const quiet = skeletons.has(before[i]! + after[i]!);
      const letters = skeletons.lettersBetween(before[i]!, after[i]!);
      if (!quiet && letters === '') continue;
      for (const c of LETTERS) if (letterSkeleton(c) === '' ? quiet : letters.includes(c)) consider(word.slice(0, i) + c + word.slice(i));
    }
    return best;
  }

  /** The skeletons of `lang`'s words ranked at most `maxRank`, made on first use (a few values of maxRank are asked). */
  private skeletons(lang: Lang, maxRank: number): EditSkeletons {
    const key = `${lang} ${maxRank}`;
    let skeletons = this.skeletonsByRank.get(key);
    if (skeletons) return skeletons;
    this.table();
    const listed: string[] = [];
    for (const [word, rank] of this.rankByLang![lang]) {
      if (rank > maxRank) continue;
      // Norwegian words are listed folded, so their skeleton is the word without a, o, e; English
      // words are looked up as written, so only a word of skeleton letters can be one.
      if (lang === 'nb') listed.push(word.replace(/[aoe]/g, ''));
      else if (hasSkeleton(word)) listed.push(skeletonOf(word));
    }
    skeletons = new EditSkeletons(listed);
    this.skeletonsByRank.set(key, skeletons);
    return skeletons;
  }

  /** 0..1; numbers and words outside the lists are 1. */
  of(word: string): number {
    if (/\p{N}/u.test(word)) return 1;
    const rank = this.table().get(foldNordic(word));
    if (rank === undefined) return 1;
    const scaled = (Math.log(rank) - Math.log(COMMON)) / (Math.log(RARE) - Math.log(COMMON));
    return Math.min(1, Math.max(0, scaled));
  }
}

/** Word (folded if `fold`) -> its first rank in one list. */
function* ranksOf(list: readonly string[], fold: boolean): Assembly<Map<string, number>> {
  const rank = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    if (i % (ITEMS_PER_SLICE * 8) === 0) yield;
    const word = list[i]!;
    const key = fold && !isPlain(word) ? foldNordic(word) : word;
    if (!rank.has(key)) rank.set(key, i + 1);
  }
  return rank;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';

/** Every word one edit from `word`. */
function* oneEdit(word: string): Generator<string> {
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i + 1 < word.length; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i < word.length; i++) for (const c of LETTERS) if (c !== word[i]) yield word.slice(0, i) + c + word.slice(i + 1);
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) yield word.slice(0, i) + c + word.slice(i);
}
