import type { Lang } from '../../kb/languages.js';
import { foldNordic } from './fold.js';
import { stem } from './stem.js';
import { tokenize } from './tokenize.js';

import type { WordRanks } from './word-rarity.js';

export interface LexiconFile {
  concepts: Record<string, string[]>;
  /** How common everyday words are (data/word-frequency): weighs the words no entry knows. */
  wordRanks?: WordRanks;
}

/** A lexicon with its words already folded and stemmed, as plain data (part of a saved model). */
export interface CompiledLexicon {
  bySurface: Array<[string, string[]]>;
  byStemNb: Array<[string, string[]]>;
  byStemEn: Array<[string, string[]]>;
  phrases: Array<[string, Array<{ tokens: string[]; concept: string }>]>;
}

/** A multi-word phrase of the lexicon: its folded words and the concept it stands for. */
export interface LexiconPhrase {
  tokens: string[];
  concept: string;
}

/**
 * Concepts that several words (in either language) stand for. A word adds its concept as an extra
 * term, so "ammo", "ammunisjon" and "munitions" meet in the same place.
 */
export class Lexicon {
  private readonly bySurface = new Map<string, string[]>();
  private readonly byStem = { nb: new Map<string, string[]>(), en: new Map<string, string[]>() };
  /** Multi-word phrases by their first word. */
  private readonly phrases = new Map<string, LexiconPhrase[]>();
  private byWord: Map<string, Array<readonly string[]>> | undefined;
  private byConcept: Map<string, Array<readonly string[]>> | undefined;

  constructor(compiled: CompiledLexicon = Lexicon.compile({ concepts: {} })) {
    fill(this.bySurface, compiled.bySurface);
    fill(this.byStem.nb, compiled.byStemNb);
    fill(this.byStem.en, compiled.byStemEn);
    fill(this.phrases, compiled.phrases);
  }

  /** Folds and stems every word of the lexicon file (natural's stemmers are the slow part). */
  static compile(file: LexiconFile): CompiledLexicon {
    const bySurface = new Map<string, string[]>();
    const byStem = { nb: new Map<string, string[]>(), en: new Map<string, string[]>() };
    const phrases = new Map<string, Array<{ tokens: string[]; concept: string }>>();
    // Indexed loops, no destructuring: this runs once per build over a couple of thousand words, before V8 optimises it.
    const names = Object.keys(file.concepts);
    for (let c = 0; c < names.length; c++) {
      const concept = `#${names[c]!}`;
      const words = file.concepts[names[c]!]!;
      for (let w = 0; w < words.length; w++) {
        const tokens = tokenize(words[w]!);
        if (tokens.length > 1) {
          const folded = tokens.map(foldNordic);
          const list = phrases.get(folded[0]!) ?? [];
          list.push({ tokens: folded, concept });
          phrases.set(folded[0]!, list);
          continue;
        }
        if (tokens.length === 0) continue;
        const token = tokens[0]!;
        add(bySurface, foldNordic(token), concept);
        add(byStem.nb, foldNordic(stem(token, 'nb')), concept);
        add(byStem.en, foldNordic(stem(token, 'en')), concept);
      }
    }
    return { bySurface: [...bySurface], byStemNb: [...byStem.nb], byStemEn: [...byStem.en], phrases: [...phrases] };
  }

  /** Whether a single word (folded, with its folded stems) stands for a concept. */
  knows(folded: string, stems: readonly string[]): boolean {
    return this.bySurface.has(folded) || stems.some((s) => this.byStem.nb.has(s) || this.byStem.en.has(s));
  }

  /** Whether the lexicon lists this very word (folded), not only a word of its stem: a word someone wrote down, no typo. */
  lists(folded: string): boolean {
    return this.bySurface.has(folded);
  }

  /** Concepts of one word, by its folded form or else its folded stem. */
  wordConcepts(folded: string, stem: string, lang: Lang): readonly string[] {
    const concepts = this.bySurface.get(folded) ?? this.byStem[lang].get(stem);
    if (concepts !== undefined) return concepts;
    // A Norwegian genitive ("USAs påstand", "Nord-Koreas svar"): the name's concepts.
    return lang === 'nb' && folded.length > MIN_GENITIVE && folded.endsWith('s') ? (this.bySurface.get(folded.slice(0, -1)) ?? []) : [];
  }

  /** The multi-word phrases of a concept ("#white-house": "hvite hus", "white house", …), in the lexicon's order. */
  phrasesOf(concept: string): ReadonlyArray<readonly string[]> {
    if (this.byConcept === undefined) {
      this.byConcept = new Map();
      for (const list of this.phrases.values())
        for (const phrase of list) {
          const known = this.byConcept.get(phrase.concept);
          if (known) known.push(phrase.tokens);
          else this.byConcept.set(phrase.concept, [phrase.tokens]);
        }
    }
    return this.byConcept.get(concept) ?? [];
  }

  /** Whether a multi-word phrase starts with this folded word. */
  startsPhrase(folded: string): boolean {
    return this.phrases.has(folded);
  }

  /** The multi-word phrases that start with this folded word, in the order phraseMatches tries them. */
  phrasesStartingWith(folded: string): readonly LexiconPhrase[] | undefined {
    return this.phrases.get(folded);
  }

  /** Concepts of the multi-word phrases in a sequence of folded tokens. */
  phraseConcepts(folded: readonly string[]): string[] {
    return this.phraseMatches(folded).map((m) => m.concept);
  }

  /** Where multi-word phrases ("off the hook", "det hvite hus") stand in a sequence of folded tokens. */
  phraseMatches(folded: readonly string[]): Array<{ start: number; length: number; concept: string }> {
    const found: Array<{ start: number; length: number; concept: string }> = [];
    // Plain loops, no closure: most questions have a word some phrase starts with, from their first one on.
    for (let i = 0; i < folded.length; i++) {
      const phrases = this.phrases.get(folded[i]!);
      if (phrases === undefined) continue;
      for (let k = 0; k < phrases.length; k++) {
        const phrase = phrases[k]!;
        if (startsRun(folded, i, phrase.tokens)) found.push({ start: i, length: phrase.tokens.length, concept: phrase.concept });
      }
    }
    return found;
  }

  /**
   * The word of a known phrase that the word at `i` was meant to be, when the phrase's other words
   * stand around it as written and `isSlip` takes the word for a slip of the phrase's ("planet laps",
   * "48 north"). The phrase must name something: one of its other words is no stop word.
   */
  phraseWordNear(
    folded: readonly string[],
    i: number,
    isSlip: (typed: string, meant: string) => boolean,
    isStop: (word: string) => boolean,
  ): string | undefined {
    const byWord = this.phrasesByWord();
    // A phrase that holds the word at `i` holds its neighbour too: only phrases with either are tried.
    for (const neighbour of [i - 1, i + 1]) {
      const phrases = neighbour >= 0 && neighbour < folded.length ? byWord.get(folded[neighbour]!) : undefined;
      if (phrases === undefined) continue;
      for (let k = 0; k < phrases.length; k++) {
        const tokens = phrases[k]!;
        for (let j = 0; j < tokens.length; j++) {
          const start = i - j;
          if (start < 0 || start + tokens.length > folded.length) continue;
          let others = true;
          let telling = false;
          for (let t = 0; t < tokens.length && others; t++) {
            if (t === j) continue;
            others = folded[start + t] === tokens[t];
            telling ||= !isStop(tokens[t]!);
          }
          if (others && telling && isSlip(folded[i]!, tokens[j]!)) return tokens[j];
        }
      }
    }
    return undefined;
  }

  /** Every phrase's words, by each word it has (built on first use: few questions need it). */
  private phrasesByWord(): Map<string, Array<readonly string[]>> {
    if (this.byWord) return this.byWord;
    const byWord = new Map<string, Array<readonly string[]>>();
    for (const phrases of this.phrases.values())
      for (const { tokens } of phrases)
        for (const token of new Set(tokens)) {
          const list = byWord.get(token);
          if (list) list.push(tokens);
          else byWord.set(token, [tokens]);
        }
    return (this.byWord = byWord);
  }
}

// The shortest word read as a name with a genitive "s" ("USAs"): shorter ones are other words ("oss", "hus").
const MIN_GENITIVE = 3;

/** Puts a compiled list's pairs in a map (indexed, not destructured: once per build, before V8 optimises anything). */
function fill<V>(map: Map<string, V>, pairs: ReadonlyArray<[string, V]>): void {
  for (let i = 0; i < pairs.length; i++) map.set(pairs[i]![0], pairs[i]![1]);
}

function add(map: Map<string, string[]>, key: string, concept: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

function startsRun(haystack: readonly string[], at: number, needle: readonly string[]): boolean {
  if (at + needle.length > haystack.length) return false;
  for (let j = 0; j < needle.length; j++) if (!isPhraseWord(haystack[at + j]!, needle[j]!, j === needle.length - 1)) return false;
  return true;
}

/**
 * Whether a folded word is a phrase's word: that word, or for its last word that word with a genitive "s" ("Nord-Koreas
 * svar"). Every reader of phrases (questions, a build's texts) must match them alike.
 */
export function isPhraseWord(word: string, meant: string, last: boolean): boolean {
  return word === meant || (last && word.length === meant.length + 1 && word.endsWith('s') && word.startsWith(meant));
}
