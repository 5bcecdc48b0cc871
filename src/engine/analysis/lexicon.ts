import type { Lang } from '../../kb/languages.js';
import { foldNordic } from './fold.js';
import { stem } from './stem.js';
import { tokenize } from './tokenize.js';

export interface LexiconFile {
  concepts: Record<string, string[]>;
}

/**
 * Concepts that several words (in either language) stand for. A word adds its concept as an extra
 * term, so "ammo", "ammunisjon" and "munitions" meet in the same place.
 */
export class Lexicon {
  private readonly bySurface = new Map<string, string[]>();
  private readonly byStem = { nb: new Map<string, string[]>(), en: new Map<string, string[]>() };
  private readonly phrases: Array<{ tokens: string[]; concept: string }> = [];

  constructor(file: LexiconFile = { concepts: {} }) {
    for (const [concept, words] of Object.entries(file.concepts)) {
      for (const word of words) {
        const tokens = tokenize(word).map(foldNordic);
        if (tokens.length > 1) {
          this.phrases.push({ tokens, concept: `#${concept}` });
          continue;
        }
        const [token] = tokenize(word);
        if (!token) continue;
        add(this.bySurface, foldNordic(token), `#${concept}`);
        for (const lang of ['nb', 'en'] as const) add(this.byStem[lang], foldNordic(stem(token, lang)), `#${concept}`);
      }
    }
  }

  /** Concept terms for a sequence of (folded) tokens and their (folded) stems in `lang`. */
  conceptsOf(folded: readonly string[], stems: readonly string[], lang: Lang): string[] {
    const found = new Set<string>();
    folded.forEach((token, i) => {
      for (const c of this.bySurface.get(token) ?? this.byStem[lang].get(stems[i] ?? '') ?? []) found.add(c);
    });
    for (const phrase of this.phrases) if (containsRun(folded, phrase.tokens)) found.add(phrase.concept);
    return [...found];
  }
}

function add(map: Map<string, string[]>, key: string, concept: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
