import type { Lang } from '../../kb/languages.js';
import { ITEMS_PER_SLICE, type Assembly } from '../assembly/assembly.js';
import { foldNordic } from '../analysis/fold.js';
import { ENGLISH_MARKERS, NORWEGIAN_MARKERS } from './markers.js';

export interface DetectedLanguage {
  lang: Lang;
  /** False when nothing in the text pointed either way and the fallback was used. */
  certain: boolean;
}

/**
 * Decides between Norwegian and English from function words, the letters æ/ø/å, and how often
 * each word appears in the knowledge base's Norwegian and English training questions — so even a
 * one-word question ("hestene", "bridge") gets its language.
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

  constructor(counts: LanguageCounts = []) {
    for (const [token, nb, en] of counts) this.vocabulary.set(token, { nb, en });
  }

  /** The same, built in small pieces (see Assembly). */
  static *assemble(counts: LanguageCounts): Assembly<LanguageDetector> {
    const detector = new LanguageDetector();
    for (let i = 0; i < counts.length; i++) {
      if (i % ITEMS_PER_SLICE === 0) yield;
      const [token, nb, en] = counts[i]!;
      detector.vocabulary.set(token, { nb, en });
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
      /[æøå]/.test(token) ? 3 : 0,
      NORWEGIAN.get(token) ?? 0,
      ENGLISH.get(token) ?? 0,
      counts ? Math.max(-1.5, Math.min(1.5, Math.log((counts.nb + 0.5) / (counts.en + 0.5)))) : 0,
    ];
    if (this.seen.size >= EVIDENCE_MEMO_LIMIT) this.seen.clear();
    this.seen.set(token, evidence);
    return evidence;
  }
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
