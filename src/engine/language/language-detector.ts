import type { Lang } from '../../kb/languages.js';
import { ITEMS_PER_SLICE, type Assembly } from '../assembly/assembly.js';
import { foldNordic } from '../analysis/fold.js';
import { nordicToBokmal } from '../analysis/nordic.js';
import type { WordRarity } from '../analysis/word-rarity.js';
import { LetterRuns } from './letter-runs.js';
import { ENGLISH_MARKERS, NORWEGIAN_MARKERS } from './markers.js';

export interface DetectedLanguage {
  lang: Lang;
  /** False when nothing in the text pointed either way and the fallback was used. */
  certain: boolean;
}

/**
 * Decides between Norwegian and English from function words, the letters æ/ø/å, and how often
 * each word appears in the knowledge base's Norwegian and English training questions — so even a
 * one-word question ("hestene", "bridge") gets its language. A word the training texts never use
 * votes by the everyday word lists (data/word-frequency): "nk nekter?", "Kim helse?" are Norwegian; one neither list
 * has, by how its letters run (LetterRuns): "brevveksling?", "grafikk?".
 */
/** [folded word, texts in Norwegian that use it, texts in English that use it] */
export type LanguageCounts = Array<[string, number, number]>;

/** [æ/ø/å, Norwegian marker, English marker, training-text vote] for one word. */
type Evidence = readonly [number, number, number, number];

// Words are looked at once and remembered; cleared when this many were seen.
const EVIDENCE_MEMO_LIMIT = 50_000;

// As Maps: a word looked up in a plain object is a slow property lookup for every word it does not
// have (most of them), and would find what Object.prototype has ("constructor").
const NORWEGIAN = new Map(Object.entries(NORWEGIAN_MARKERS));
const ENGLISH = new Map(Object.entries(ENGLISH_MARKERS));

export class LanguageDetector {
  private readonly vocabulary = new Map<string, { nb: number; en: number }>();
  private readonly seen = new Map<string, Evidence>();
  private readonly letters = new LetterRuns();

  /** `everyday`: the everyday word lists, for the words the training texts do not use. */
  constructor(
    counts: LanguageCounts = [],
    private readonly everyday?: WordRarity,
  ) {
    for (const [token, nb, en] of counts) this.learn(token, nb, en);
  }

  private learn(token: string, nb: number, en: number): void {
    this.vocabulary.set(token, { nb, en });
    this.letters.add(token, nb, en);
  }

  /** The same, built in small pieces (see Assembly). */
  static *assemble(counts: LanguageCounts, everyday?: WordRarity): Assembly<LanguageDetector> {
    const detector = new LanguageDetector([], everyday);
    for (let i = 0; i < counts.length; i++) {
      if (i % ITEMS_PER_SLICE === 0) yield;
      // Indexed, not destructured: a generator's loop is never optimised, and destructuring runs the iterator protocol.
      const count = counts[i]!;
      detector.learn(count[0], count[1], count[2]);
    }
    return detector;
  }

  /** Counts how often each word is used in each language's training texts. */
  static count(training: Iterable<{ lang: Lang; tokens: readonly string[] }>): LanguageCounts {
    const counter = new LanguageCounter();
    for (const { lang, tokens } of training) counter.add(lang, tokens);
    return counter.counts();
  }

  detect(tokens: readonly string[], fallback: Lang = 'en'): DetectedLanguage {
    let score = 0; // > 0 Norwegian, < 0 English
    // Indexed, not destructured: this runs on every message, also before the JIT has optimised it.
    for (let i = 0; i < tokens.length; i++) {
      // The same additions in the same order as ever (a float sum's order is part of the decision):
      // letters, Norwegian marker, English marker, training-text vote.
      const evidence = this.evidence(tokens[i]!);
      score += evidence[0];
      score += evidence[1];
      score -= evidence[2];
      score += evidence[3];
    }
    if (Math.abs(score) < 0.5) return { lang: fallback, certain: false };
    return { lang: score > 0 ? 'nb' : 'en', certain: true };
  }

  /** What one word says for Norwegian: its letters, its marker weights, its use in the training texts. */
  private evidence(token: string): Evidence {
    let evidence = this.seen.get(token);
    if (evidence !== undefined) return evidence;
    const counts = this.vocabulary.get(foldNordic(token));
    evidence = [
      // Swedish "ä", "ö" too: a Swede or a Dane is answered in Norwegian.
      /[æøåäö]/.test(token) ? 3 : 0,
      NORWEGIAN.get(token) ?? 0,
      ENGLISH.get(token) ?? 0,
      counts ? Math.max(-1.5, Math.min(1.5, Math.log((counts.nb + 0.5) / (counts.en + 0.5)))) : this.everydayVote(token),
    ];
    if (this.seen.size >= EVIDENCE_MEMO_LIMIT) this.seen.clear();
    this.seen.set(token, evidence);
    return evidence;
  }

  private everydayVote(token: string): number {
    // Digits and lone letters are in no list worth asking ("13", "s").
    if (this.everyday === undefined || token.length < 2 || /\d/.test(token)) return 0;
    const vote = everydayVote(token, this.everyday);
    if (vote !== 0) return vote;
    // A Swedish or Danish word neither list has ("vilket", "satellitbilderna") is Scandinavian: answered in Norwegian.
    return nordicToBokmal(token) !== undefined ? ONLY_NORWEGIAN : this.letters.vote(foldNordic(token));
  }
}

// The English list is three times the Norwegian one (30,000 words against 10,000): a word missing from it says more.
const ONLY_NORWEGIAN = 1;
const ONLY_ENGLISH_COMMON = 1;
const ONLY_ENGLISH_RARE = 0.5;
const NORWEGIAN_LIST_LENGTH = 10_000;
// Listed in both: the log of how much commoner it is in one, scaled down ("dum", "mamma" lean Norwegian; "ok" barely).
const BOTH_SCALE = 0.4;

export interface EverydayRanks {
  rankIn(word: string, lang: Lang): number | undefined;
}

/** A word's vote from the everyday lists (> 0 Norwegian), at most 1 either way: 0 when neither lists it. */
export function everydayVote(word: string, lists: EverydayRanks): number {
  const nb = lists.rankIn(word, 'nb');
  const en = lists.rankIn(word, 'en');
  if (nb === undefined && en === undefined) return 0;
  if (en === undefined) return ONLY_NORWEGIAN;
  if (nb === undefined) return -(en <= NORWEGIAN_LIST_LENGTH ? ONLY_ENGLISH_COMMON : ONLY_ENGLISH_RARE);
  return Math.max(-1, Math.min(1, BOTH_SCALE * Math.log(en / nb)));
}

/** LanguageDetector.count one text at a time (for a build that reads each text once). */
export class LanguageCounter {
  // `text`: the last text counted for the word, so a word twice in one text counts once.
  private readonly vocabulary = new Map<string, { nb: number; en: number; text: number }>();
  private text = 0;

  add(lang: Lang, tokens: readonly string[]): void {
    const text = ++this.text;
    for (const raw of tokens) {
      const token = foldNordic(raw);
      let counts = this.vocabulary.get(token);
      if (!counts) this.vocabulary.set(token, (counts = { nb: 0, en: 0, text: 0 }));
      if (counts.text === text) continue;
      counts.text = text;
      counts[lang] += 1;
    }
  }

  counts(): LanguageCounts {
    return [...this.vocabulary].map(([token, c]) => [token, c.nb, c.en]);
  }
}
