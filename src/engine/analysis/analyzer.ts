import type { Lang } from '../../kb/languages.js';
import { foldNordic } from './fold.js';
import type { Lexicon } from './lexicon.js';
import { dialectPluralForms, nynorskToBokmal } from './nynorsk.js';
import { SpellingIndex } from './spelling-index.js';
import { stem } from './stem.js';
import { STOPWORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';
import { WordRarity } from './word-rarity.js';

/** What matching sees of a text: weighted terms, and the words nothing in the knowledge base knows. */
export interface Analysis {
  terms: string[];
  /** Content words not found in the knowledge base's vocabulary, even after spelling correction. */
  unknown: string[];
  /** For a word term, the lexicon concepts it stands for: a text using the concept speaks to it. */
  synonyms: Map<string, string[]>;
}

/** The vocabulary an Analyzer has learnt, as plain data (part of a saved engine model). */
export interface AnalyzerVocabulary {
  /** [folded word, its term, in how many texts it occurs] */
  words: Array<[string, string, number]>;
  /** Every term, including those a word only has in its other language. */
  terms: string[];
}

const MIN_COMPOUND_PART = 3;
// Below this rarity a word is common in everyday language (rank up to about 2,000).
const EVERYDAY_WORD = 0.45;

/**
 * Turns text into terms: tokens, Nynorsk mapped to Bokmål, stop words dropped, stems (natural's
 * Porter stemmers) folded for æ/ø/å, compounds split against the knowledge base's own words,
 * spelling corrected against them, and the lexicon's concepts added.
 */
export class Analyzer {
  /** Folded surface word -> its term (as the knowledge base's texts have it). */
  private readonly surface = new Map<string, string>();
  private readonly terms = new Set<string>();
  private readonly documentFrequency = new Map<string, number>();
  private readonly compoundCache = new Map<string, string[] | null>();
  private readonly documentWords = new Map<string, { folded: string; terms: string[] }>();
  private spelling: SpellingIndex | undefined;

  constructor(
    private readonly lexicon: Lexicon,
    vocabulary?: AnalyzerVocabulary,
    private readonly rarity: WordRarity = new WordRarity(),
  ) {
    if (!vocabulary) return;
    for (const [folded, term, frequency] of vocabulary.words) {
      this.surface.set(folded, term);
      this.documentFrequency.set(folded, frequency);
    }
    for (const term of vocabulary.terms) this.terms.add(term);
  }

  vocabulary(): AnalyzerVocabulary {
    return {
      words: [...this.surface].map(([folded, term]) => [folded, term, this.documentFrequency.get(folded) ?? 0]),
      terms: [...this.terms],
    };
  }

  /** Learns the vocabulary of one knowledge-base text; call for every text before analysing queries. */
  learn(text: string, lang: Lang): void {
    for (const token of this.contentTokens(tokenize(text), lang)) {
      const folded = foldNordic(token);
      const term = foldNordic(stem(token, lang));
      if (!this.surface.has(folded)) this.surface.set(folded, term);
      this.terms.add(term);
      this.documentFrequency.set(folded, (this.documentFrequency.get(folded) ?? 0) + 1);
    }
    this.spelling = undefined;
    this.documentWords.clear();
  }

  /**
   * Analysis of a knowledge-base text (its words are known by construction). An archive repeats
   * the same few thousand words a million times, so each word's terms are worked out once.
   */
  analyzeDocument(text: string, lang: Lang): Analysis {
    const terms = new Set<string>();
    const folded: string[] = [];
    for (const raw of tokenize(text)) {
      const token = lang === 'nb' ? nynorskToBokmal(raw) : raw;
      const word = this.documentWord(token, lang);
      folded.push(word.folded);
      for (const term of word.terms) terms.add(term);
    }
    for (const concept of this.lexicon.phraseConcepts(folded)) terms.add(concept);
    return { terms: [...terms], unknown: [], synonyms: new Map() };
  }

  private documentWord(token: string, lang: Lang): { folded: string; terms: string[] } {
    const key = `${lang}\u0000${token}`;
    let word = this.documentWords.get(key);
    if (word) return word;
    const folded = foldNordic(token);
    const terms: string[] = [];
    if (!STOPWORDS.has(token)) {
      const own = foldNordic(stem(token, lang));
      const other = foldNordic(stem(token, lang === 'nb' ? 'en' : 'nb'));
      const known = this.terms.has(own) ? own : this.surface.get(folded) ?? (this.terms.has(other) ? other : undefined);
      if (known !== undefined) terms.push(known, ...this.compoundParts(folded));
      else terms.push(own);
    }
    const conceptStem = this.surface.get(folded) ?? foldNordic(stem(folded, lang));
    terms.push(...this.lexicon.wordConcepts(folded, conceptStem, lang));
    word = { folded, terms };
    this.documentWords.set(key, word);
    return word;
  }

  /** Analysis of a user's question: unknown words are corrected, split or reported. */
  analyzeQuestion(text: string, lang: Lang): Analysis {
    return this.analyze(text, lang);
  }

  private analyze(text: string, lang: Lang): Analysis {
    const tokens = tokenize(text).map((t) => (lang === 'nb' ? nynorskToBokmal(t) : t));
    const terms: string[] = [];
    const synonyms = new Map<string, string[]>();
    // Per position: the folded word as resolved, its word term, and whether nothing knew it.
    const resolvedSurface: string[] = [];
    const wordTerms: Array<string | undefined> = [];
    const unknownAt: boolean[] = [];
    const resolve = (surface: string, term?: string, isUnknown = false): void => {
      resolvedSurface.push(surface);
      wordTerms.push(term);
      unknownAt.push(isUnknown);
    };
    for (const token of tokens) {
      const folded = foldNordic(token);
      if (STOPWORDS.has(token)) {
        resolve(folded);
        continue;
      }
      const own = foldNordic(stem(token, lang));
      const other = foldNordic(stem(token, lang === 'nb' ? 'en' : 'nb'));
      const known = this.terms.has(own) ? own : this.surface.get(folded) ?? (this.terms.has(other) ? other : undefined);
      if (known !== undefined) {
        // A word seen once may be a typo in the training questions ("frienship"): prefer the
        // common word it is one edit from.
        const rare = (this.documentFrequency.get(folded) ?? 0) <= 1 && this.rarity.of(token) >= EVERYDAY_WORD;
        const common = rare ? this.spellingIndex().correct(folded, folded) : undefined;
        if (common !== undefined && (this.documentFrequency.get(common) ?? 0) >= 3) {
          const term = this.surface.get(common)!;
          terms.push(term);
          resolve(common, term);
          continue;
        }
        terms.push(known, ...this.compoundParts(folded));
        resolve(folded, known);
        this.noteSynonyms(synonyms, known, folded, lang);
        continue;
      }
      // A synonym the lexicon knows is understood through its concept, even if no text uses it.
      if (this.lexicon.knows(folded, [own, other])) {
        resolve(folded);
        continue;
      }
      const parts = this.compoundParts(folded);
      if (parts.length) {
        terms.push(...parts);
        resolve(folded);
        continue;
      }
      const plural = lang === 'nb' ? this.knownDialectPlural(folded) : undefined;
      if (plural !== undefined) {
        terms.push(plural.term);
        resolve(plural.folded, plural.term);
        this.noteSynonyms(synonyms, plural.term, plural.folded, lang);
        continue;
      }
      // An everyday word is no typo ("lager" is not "later"); folding can hide a typo's shape
      // ("koera" folds to "kora"), so the word as typed is tried too.
      const corrected =
        this.rarity.of(token) < EVERYDAY_WORD
          ? undefined
          : this.spellingIndex().correct(folded) ?? (token !== folded ? this.spellingIndex().correct(token) : undefined);
      if (corrected !== undefined) {
        const term = this.surface.get(corrected)!;
        terms.push(term);
        resolve(corrected, term);
        this.noteSynonyms(synonyms, term, corrected, lang);
        continue;
      }
      resolve(folded, undefined, true);
    }
    // The words of a known phrase ("off the hook") are understood through the phrase's concept.
    for (const match of this.lexicon.phraseMatches(resolvedSurface)) {
      for (let i = match.start; i < match.start + match.length; i++) {
        unknownAt[i] = false;
        const term = wordTerms[i];
        if (term !== undefined) synonyms.set(term, [...(synonyms.get(term) ?? []), match.concept]);
      }
    }
    const stems = resolvedSurface.map((s) => this.surface.get(s) ?? foldNordic(stem(s, lang)));
    terms.push(...this.lexicon.conceptsOf(resolvedSurface, stems, lang));
    const unknown = tokens.filter((_, i) => unknownAt[i]);
    return { terms: [...new Set(terms)], unknown, synonyms };
  }

  private noteSynonyms(synonyms: Map<string, string[]>, term: string, folded: string, lang: Lang): void {
    const concepts = this.lexicon.conceptsOf([folded], [term], lang);
    if (concepts.length) synonyms.set(term, concepts);
  }

  /** "bildan" -> "bildene", when the knowledge base uses the Bokmål form. */
  private knownDialectPlural(folded: string): { folded: string; term: string } | undefined {
    for (const form of dialectPluralForms(folded)) {
      const term = this.surface.get(form);
      if (term !== undefined) return { folded: form, term };
    }
    return undefined;
  }

  /** "togtrafikk" -> terms of "tog" and "trafikk", when both halves are words the knowledge base uses. */
  private compoundParts(folded: string): string[] {
    if (folded.length < 2 * MIN_COMPOUND_PART + 1) return [];
    const cached = this.compoundCache.get(folded);
    if (cached !== undefined) return cached ?? [];
    let best: string[] | null = null;
    let bestHeadLength = 0;
    for (let i = MIN_COMPOUND_PART; i <= folded.length - MIN_COMPOUND_PART; i++) {
      const tail = this.surface.get(folded.slice(i));
      if (tail === undefined) continue;
      const head = folded.slice(0, i);
      // Norwegian joins compounds with a linking s or e ("vennskapsbro", "hesteinteresse").
      const headTerm =
        this.surface.get(head) ??
        (/[se]$/.test(head) && head.length > MIN_COMPOUND_PART ? this.surface.get(head.slice(0, -1)) : undefined);
      if (headTerm === undefined) continue;
      // Prefer the longest head: "satellitt|bildene" over "sat|ellittbildene".
      if (i > bestHeadLength) {
        best = [headTerm, tail];
        bestHeadLength = i;
      }
    }
    if (this.compoundCache.size > 100_000) this.compoundCache.clear();
    this.compoundCache.set(folded, best);
    return best ?? [];
  }

  private spellingIndex(): SpellingIndex {
    this.spelling ??= new SpellingIndex(this.surface.keys(), (w) => this.documentFrequency.get(w) ?? 0);
    return this.spelling;
  }

  private contentTokens(tokens: string[], lang: Lang): string[] {
    return tokens.map((t) => (lang === 'nb' ? nynorskToBokmal(t) : t)).filter((t) => !STOPWORDS.has(t));
  }
}
