import type { Lang } from '../../kb/languages.js';
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

export class LanguageDetector {
  private readonly vocabulary = new Map<string, { nb: number; en: number }>();

  constructor(counts: LanguageCounts) {
    for (const [token, nb, en] of counts) this.vocabulary.set(token, { nb, en });
  }

  /** Counts how often each word is used in each language's training texts. */
  static count(training: Iterable<{ lang: Lang; tokens: readonly string[] }>): LanguageCounts {
    const vocabulary = new Map<string, { nb: number; en: number }>();
    for (const { lang, tokens } of training) {
      for (const token of new Set(tokens.map(foldNordic))) {
        let counts = vocabulary.get(token);
        if (!counts) vocabulary.set(token, (counts = { nb: 0, en: 0 }));
        counts[lang] += 1;
      }
    }
    return [...vocabulary].map(([token, c]) => [token, c.nb, c.en]);
  }

  detect(tokens: readonly string[], fallback: Lang = 'en'): DetectedLanguage {
    let score = 0; // > 0 Norwegian, < 0 English
    for (const token of tokens) {
      if (/[æøå]/.test(token)) score += 3;
      score += NORWEGIAN_MARKERS[token] ?? 0;
      score -= ENGLISH_MARKERS[token] ?? 0;
      const counts = this.vocabulary.get(foldNordic(token));
      if (counts) score += Math.max(-1.5, Math.min(1.5, Math.log((counts.nb + 0.5) / (counts.en + 0.5))));
    }
    if (Math.abs(score) < 0.5) return { lang: fallback, certain: false };
    return { lang: score > 0 ? 'nb' : 'en', certain: true };
  }
}
