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
export class LanguageDetector {
  private readonly vocabulary = new Map<string, { nb: number; en: number }>();

  constructor(training: Iterable<{ lang: Lang; tokens: readonly string[] }>) {
    for (const { lang, tokens } of training) {
      for (const token of new Set(tokens.map(foldNordic))) {
        let counts = this.vocabulary.get(token);
        if (!counts) this.vocabulary.set(token, (counts = { nb: 0, en: 0 }));
        counts[lang] += 1;
      }
    }
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
