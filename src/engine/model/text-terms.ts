import type { Lang } from '../../kb/languages.js';
import type { Analyzer } from '../analysis/analyzer.js';
import { isPhraseWord, type Lexicon, type LexiconPhrase } from '../analysis/lexicon.js';
import { FLOW_TERMS } from '../matching/flow.js';
import { CONTENTS_TERM } from '../matching/frame-terms.js';
import type { AnalysedText } from '../matching/matcher.js';
import type { TextTermIds } from '../matching/text-term-ids.js';
import type { TextReading } from './text-reading.js';

/**
 * The terms of the texts a TextReading read: each text's terms in order of first use, each once
 * (as analyzeDocument gives them), then its direction; as strings for the model and as ids for the
 * index. A word's terms are worked out once per word and language (a "pair" of the reading), so
 * per token only integer arrays are read. One text per `add` call (see TextReading on why).
 */
export class TextTerms {
  private readonly termIds = new Map<string, number>();
  private readonly termOf: string[] = [];
  /** Per pair, its term ids: pairTerms[pairTermStart[p]..pairTermStart[p + 1]). */
  private readonly pairTermStart: Int32Array;
  private readonly pairTerms: number[] = [];
  private readonly pairFolded: string[] = [];
  /** Per pair, the lexicon phrases that start with it (undefined: none). */
  private readonly pairPhrases: Array<readonly LexiconPhrase[] | undefined> = [];
  /** Per term id, the last text that used it: a text's terms each once. */
  private readonly usedIn: number[] = [];
  /** Per indexed text (not an answer), where its term ids are in `ids`; and how many there are. */
  private readonly start: Int32Array;
  private indexed = 0;
  // Grown by doubling, as the reading's word ids.
  private ids: Int32Array;
  private count = 0;
  // One array for every text, each text's terms then copied out at their exact length: an array grown by push keeps
  // room to grow (17 slots for 8 terms), about 95 MB over the 1.2 million texts of 100,000 entries.
  private readonly terms: string[] = [];

  /** `analyzer` has learnt every word of the reading. */
  constructor(
    private readonly reading: TextReading,
    private readonly lexicon: Lexicon,
    analyzer: Analyzer,
  ) {
    const { words, pairWord, pairLang } = reading;
    this.pairTermStart = new Int32Array(pairWord.length + 1);
    for (let pair = 0; pair < pairWord.length; pair++) {
      const word = analyzer.documentWordOf(words[pairWord[pair]!]!, pairLang[pair]!);
      this.pairTermStart[pair] = this.pairTerms.length;
      for (let k = 0; k < word.terms.length; k++) this.pairTerms.push(this.termId(word.terms[k]!));
      this.pairFolded.push(word.folded);
      this.pairPhrases.push(lexicon.phrasesStartingWith(word.folded));
    }
    this.pairTermStart[pairWord.length] = this.pairTerms.length;
    const textCount = reading.wordStart.length - 1;
    this.start = new Int32Array(textCount + 1);
    this.ids = new Int32Array(reading.wordStart[textCount]! + textCount);
  }

  /** The terms of text number `n` (texts in order, each once), of intent `intent` in language `lang`. */
  add(n: number, intent: string, lang: Lang, vocabularyOnly: boolean): AnalysedText {
    const { wordStart, textWords, flows } = this.reading;
    const pairs = this.reading.pairOf[lang];
    const { pairTermStart, pairTerms, usedIn, terms } = this;
    terms.length = 0;
    let phrase = false;
    for (let j = wordStart[n]!; j < wordStart[n + 1]!; j++) {
      const pair = pairs[textWords[j]!]!;
      phrase ||= this.pairPhrases[pair] !== undefined;
      for (let k = pairTermStart[pair]!; k < pairTermStart[pair + 1]!; k++) {
        const id = pairTerms[k]!;
        if (usedIn[id] === n) continue;
        usedIn[id] = n;
        this.push(id);
      }
    }
    if (phrase) this.addPhrases(n, pairs);
    // Its frame's terms (frame-terms.ts), each once: its direction, and whether it asks what something held.
    const flow = flows[n];
    if (flow) this.push(this.termId(FLOW_TERMS[flow]));
    if (this.reading.contentsAsked[n] === 1) {
      const id = this.termId(CONTENTS_TERM);
      if (usedIn[id] !== n) {
        usedIn[id] = n;
        this.push(id);
      }
    }
    // An answer is not indexed (vocabulary only): its ids are dropped.
    if (vocabularyOnly) this.count = this.start[this.indexed]!;
    else this.start[++this.indexed] = this.count;
    const exact = terms.slice();
    return vocabularyOnly ? { intent, terms: exact, vocabularyOnly: true } : { intent, terms: exact };
  }

  /** The term ids of the indexed texts (every text but answers, in order), once every text was added. */
  termIdsOfIndexed(): TextTermIds {
    return { terms: this.termOf, start: this.start.subarray(0, this.indexed + 1), ids: this.ids };
  }

  /**
   * The concepts of the lexicon phrases text `n` has, in the order Lexicon.phraseConcepts finds
   * them: its words compared by pair, with no list of its folded words or of the matches made.
   */
  private addPhrases(n: number, pairs: readonly number[]): void {
    const { wordStart, textWords } = this.reading;
    const end = wordStart[n + 1]!;
    for (let j = wordStart[n]!; j < end; j++) {
      const phrases = this.pairPhrases[pairs[textWords[j]!]!];
      if (phrases === undefined) continue;
      for (let k = 0; k < phrases.length; k++) {
        const { tokens, concept } = phrases[k]!;
        if (j + tokens.length > end) continue;
        let t = 1;
        while (t < tokens.length && isPhraseWord(this.pairFolded[pairs[textWords[j + t]!]!]!, tokens[t]!, t === tokens.length - 1)) t++;
        if (t < tokens.length) continue;
        const id = this.termId(concept);
        if (this.usedIn[id] === n) continue;
        this.usedIn[id] = n;
        this.push(id);
      }
    }
  }

  private push(id: number): void {
    if (this.count === this.ids.length) {
      const grown = new Int32Array(2 * this.count);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = id;
    this.terms.push(this.termOf[id]!);
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      this.termIds.set(term, (id = this.termOf.length));
      this.termOf.push(term);
    }
    return id;
  }
}
