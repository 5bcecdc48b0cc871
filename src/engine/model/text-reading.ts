import type { Lang } from '../../kb/languages.js';
import { foldNordic } from '../analysis/fold.js';
import { tokenize } from '../analysis/tokenize.js';
import type { LanguageCounts } from '../language/language-detector.js';
import { flowOf, mayNameCountry, type Flow } from '../matching/flow.js';
import { asksContents, mayOpenContentsQuestion } from '../message/asked-contents.js';

// A word's flags (see TextReading.wordFlags).
const NAMES_COUNTRY = 1;
const OPENS_CONTENTS = 2;

/**
 * A build's texts read once each, for the language counts, the vocabulary and the analysis alike:
 * each text's words kept as ids of the distinct words (an archive repeats a few thousand words a
 * million times), so the tokens of every text do not stay alive until the analysis. Whatever
 * depends on a word alone is worked out once per word and language; per token only integer arrays
 * are read. One text per `read` call: a small function V8 optimises as a whole once it is hot,
 * rather than one long loop it compiles again and again on stack replacement.
 */
export class TextReading {
  /** The distinct words as written, by id. */
  readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  /**
   * Per word id, whether it may name a country (NAMES_COUNTRY) and whether it may open a question for what something
   * held (OPENS_CONTENTS): only a text with such a word is read for a flow or for that question (frame-terms.ts).
   * Worked out once per word, not per token: most texts have neither.
   */
  private readonly wordFlags: number[] = [];
  /** Per text, where its word ids are in `textWords`: [wordStart[n], wordStart[n + 1]). */
  readonly wordStart: Int32Array;
  // Grown by doubling: pushing a million numbers onto an array re-allocates it in large-object space again and again.
  private wordIdsOfTexts = new Int32Array(1 << 16);
  private wordCount = 0;
  /** Per text, the direction it states between North Korea and Russia. */
  readonly flows: Array<Flow | undefined> = [];
  /** Per text, 1 when it asks what something held (see frame-terms.ts). */
  readonly contentsAsked: Uint8Array;
  // A word as written in one language (a "pair"), numbered in the order the texts first use it, and how often it occurs.
  readonly pairOf: Record<Lang, number[]> = { nb: [], en: [] };
  readonly pairWord: number[] = [];
  readonly pairLang: Lang[] = [];
  readonly pairCount: number[] = [];
  // Language counts (as LanguageCounter keeps them): per folded word, in the order first counted,
  // how many Norwegian and English texts use it (each text once).
  private readonly countKeyOf: number[] = [];
  private readonly countKeys: string[] = [];
  private readonly countKeyIds = new Map<string, number>();
  private readonly countNb: number[] = [];
  private readonly countEn: number[] = [];
  private readonly countedIn: number[] = [];

  constructor(textCount: number) {
    this.wordStart = new Int32Array(textCount + 1);
    this.contentsAsked = new Uint8Array(textCount);
  }

  /** Every text's word ids, one text after another (see wordStart). */
  get textWords(): Int32Array {
    return this.wordIdsOfTexts;
  }

  /** Reads text number `n` (texts in order, each once); `counted`: its words count for the languages (not an answer's). */
  read(n: number, text: string, lang: Lang, counted: boolean): void {
    const tokens = tokenize(text);
    this.wordStart[n] = this.wordCount;
    if (this.wordCount + tokens.length > this.wordIdsOfTexts.length) {
      const grown = new Int32Array(2 * (this.wordCount + tokens.length));
      grown.set(this.wordIdsOfTexts);
      this.wordIdsOfTexts = grown;
    }
    const pairs = this.pairOf[lang];
    let flags = 0;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      let id = this.wordIds.get(token);
      if (id === undefined) {
        this.wordIds.set(token, (id = this.words.length));
        this.words.push(token);
        this.wordFlags.push((mayNameCountry(token) ? NAMES_COUNTRY : 0) | (mayOpenContentsQuestion(token) ? OPENS_CONTENTS : 0));
      }
      flags |= this.wordFlags[id]!;
      this.wordIdsOfTexts[this.wordCount++] = id;
      let pair = pairs[id];
      if (pair === undefined) {
        pairs[id] = pair = this.pairWord.length;
        this.pairWord.push(id);
        this.pairLang.push(lang);
        this.pairCount.push(0);
      }
      this.pairCount[pair]!++;
      if (counted) this.count(n, id, token, lang);
    }
    this.wordStart[n + 1] = this.wordCount;
    this.flows.push(flags & NAMES_COUNTRY ? flowOf(tokens) : undefined);
    if (flags & OPENS_CONTENTS && asksContents(tokens)) this.contentsAsked[n] = 1;
  }

  /** The language counts of the texts read, as LanguageCounter keeps them. */
  languageCounts(): LanguageCounts {
    return this.countKeys.map((key, i) => [key, this.countNb[i]!, this.countEn[i]!]);
  }

  /** Counts word `id` (`token`) once for text `n` in its language. */
  private count(n: number, id: number, token: string, lang: Lang): void {
    let key = this.countKeyOf[id];
    if (key === undefined) {
      const folded = foldNordic(token);
      key = this.countKeyIds.get(folded);
      if (key === undefined) {
        this.countKeyIds.set(folded, (key = this.countKeys.length));
        this.countKeys.push(folded);
        this.countNb.push(0);
        this.countEn.push(0);
        this.countedIn.push(-1);
      }
      this.countKeyOf[id] = key;
    }
    if (this.countedIn[key] === n) return;
    this.countedIn[key] = n;
    if (lang === 'nb') this.countNb[key]!++;
    else this.countEn[key]!++;
  }
}
