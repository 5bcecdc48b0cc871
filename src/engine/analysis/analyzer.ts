import type { Lang } from '../../kb/languages.js';
import { assembleNow, ITEMS_PER_SLICE, type Assembly } from '../assembly/assembly.js';
import { foldNordic } from './fold.js';
import { isSlipOf } from './keyboard.js';
import type { Lexicon } from './lexicon.js';
import { nordicForms } from './nordic.js';
import { dialectPluralForms, nynorskToBokmal } from './nynorsk.js';
import { shortTypoOf } from './short-typo.js';
import { DroppedVowels } from './dropped-vowels.js';
import { SpellingIndex } from './spelling-index.js';
import { stem } from './stem.js';
import { ENGLISH_ONLY_FILLER, STOPWORDS } from './stopwords.js';
import { soundedPhraseAt } from './sounded-phrase.js';
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

/**
 * One word of a question as analysis resolved it. It depends only on the word, its language and
 * what the analyzer has learnt, so it is remembered: questions repeat the same few thousand words.
 */
interface QuestionWord {
  /** The word as analysed (after Nynorsk mapping), reported when unknown. */
  token: string;
  /** Its word terms (its own, a correction's, or a compound's parts). */
  terms: readonly string[];
  /** The folded word it resolved to (the corrected spelling, the Bokmål plural). */
  surface: string;
  /** Its word term, when it has one. */
  term: string | undefined;
  /** Nothing knew it (before phrases are matched). */
  unknown: boolean;
  /** The lexicon concepts its term stands for, when any. */
  synonyms: string[] | undefined;
  /** A lexicon phrase starts with it. */
  startsPhrase: boolean;
  /** Its concept terms, by its surface or stem. */
  concepts: readonly string[];
}

type Phrases = ReturnType<Lexicon['phraseMatches']>;
const NO_PHRASES: Phrases = [];
// Up to this many tokens, terms are deduplicated by scanning the list.
const LONG_QUESTION = 16;

// Enough for every word a busy server types in a day; cleared when full.
const QUESTION_WORD_MEMO_LIMIT = 50_000;
const MIN_COMPOUND_PART = 3;
// A part of a long compound no text has as it is (see longCompoundParts) is read by its stem only when this long: shorter
// ones stem to anything ("ingen" to "ing").
const MIN_STEMMED_PART = 6;
// A word this long may be such a compound; a longer one is no word (the longest Norwegian compounds have about 40 letters).
const MIN_LONG_COMPOUND = 12;
const MAX_LONG_COMPOUND = 40;
// How many times such a compound's head may itself be split: up to four parts.
const MAX_COMPOUND_DEPTH = 2;
const NUMBER_WORD = /^\d+$/;
// Below this rarity a word is common in everyday language (rank up to about 2,000).
const EVERYDAY_WORD = 0.45;
// Beyond this rank in its language's list a word is rare enough that a slip is likelier ("hoe" for "how").
const RARELY_USED = 10_000;
// Up to this rank in its language's list a word is common enough to be what a misspelt word was meant to be.
const COMMON_WORD_RANK = 1_000;
const PLAIN_LETTERS = /^[a-z]+$/;
const MIN_EVERYDAY_TYPO = 6;
// Shorter, a misspelt word is taken only for a stop word two of whose letters it swaps ("hdade" for "hadde", "ellre" for
// "eller"): a word one letter from a stop word is as often another word ("sitat" is not "sitt").
const MIN_STOP_TYPO = 5;
// Longer "words" are pasted junk, not typos: their edits would cost the square of their length.
const MAX_TYPO = 24;
// A word typed apart is joined again only into a word this long (shorter joins are chance).
const MIN_JOINED = 7;
const MIN_JOINED_PART = 3;
const DIGITS = /\p{N}/u;
// A word typed without vowels is read so from four letters on (see DroppedVowels).
const MIN_VOWELLESS = 3;

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
  /** Per language, each word of the knowledge base's texts as written, analysed once. */
  private readonly documentWords = { nb: new Map<string, { folded: string; terms: string[] }>(), en: new Map<string, { folded: string; terms: string[] }>() };
  /** Per language, each word learnt as written: its folded surface and term (null: a stop word). */
  private readonly learntWords = {
    nb: new Map<string, { folded: string; term: string } | null>(),
    en: new Map<string, { folded: string; term: string } | null>(),
  };
  private readonly questionWords = { nb: new Map<string, QuestionWord>(), en: new Map<string, QuestionWord>() };
  private spelling: SpellingIndex | undefined;
  private droppedVowels: DroppedVowels | undefined;
  /** The words of the question being analysed (one at a time: no array per question). */
  private readonly wordsScratch: QuestionWord[] = [];

  constructor(
    private readonly lexicon: Lexicon,
    vocabulary?: AnalyzerVocabulary,
    private readonly rarity: WordRarity = new WordRarity(),
  ) {
    if (vocabulary) assembleNow(this.load(vocabulary));
  }

  /** An analyzer that knows a saved vocabulary, built in small pieces (see Assembly). */
  static *assemble(lexicon: Lexicon, vocabulary: AnalyzerVocabulary, rarity?: WordRarity): Assembly<Analyzer> {
    const analyzer = new Analyzer(lexicon, undefined, rarity);
    yield* analyzer.load(vocabulary);
    return analyzer;
  }

  /**
   * Builds the spelling index now, in small pieces, rather than on the first question that needs
   * it (a pause of its own, right after a bot swapped engines); and the words by their consonants (see DroppedVowels).
   */
  *prepareSpelling(): Assembly<void> {
    this.spelling ??= yield* SpellingIndex.assemble(this.surface.keys(), (w) => this.documentFrequency.get(w) ?? 0);
    this.droppedVowels ??= yield* DroppedVowels.assemble(this.surface.keys());
  }

  private *load(vocabulary: AnalyzerVocabulary): Assembly<void> {
    const { words, terms } = vocabulary;
    for (let i = 0; i < words.length; i++) {
      if (i % ITEMS_PER_SLICE === 0) yield;
      const [folded, term, frequency] = words[i]!;
      this.surface.set(folded, term);
      this.documentFrequency.set(folded, frequency);
    }
    for (let i = 0; i < terms.length; i++) {
      if (i % ITEMS_PER_SLICE === 0) yield;
      this.terms.add(terms[i]!);
    }
  }

  vocabulary(): AnalyzerVocabulary {
    return {
      words: [...this.surface].map(([folded, term]) => [folded, term, this.documentFrequency.get(folded) ?? 0]),
      terms: [...this.terms],
    };
  }

  /** Learns the vocabulary of one knowledge-base text; call for every text before analysing queries. */
  learn(text: string | readonly string[], lang: Lang): void {
    for (const raw of typeof text === 'string' ? tokenize(text) : text) this.countWord(raw, lang, 1);
    this.forgetDerived();
  }

  /**
   * Learns one word of the knowledge base's texts as `learn` does when it meets it `occurrences`
   * times: a whole knowledge base's words can be learnt once each, in the order the texts first use them.
   */
  learnWord(raw: string, lang: Lang, occurrences: number): void {
    this.countWord(raw, lang, occurrences);
    this.forgetDerived();
  }

  private countWord(raw: string, lang: Lang, occurrences: number): void {
    const learnt = this.learntWords[lang];
    let word = learnt.get(raw);
    if (word === undefined) {
      // First sight of this word in this language: its surface and term join the vocabulary.
      word = learntWord(raw, lang);
      learnt.set(raw, word);
      if (word !== null) {
        if (!this.surface.has(word.folded)) this.surface.set(word.folded, word.term);
        this.terms.add(word.term);
      }
    }
    if (word !== null) this.documentFrequency.set(word.folded, (this.documentFrequency.get(word.folded) ?? 0) + occurrences);
  }

  /** What was worked out from the vocabulary before it grew: the spelling index and the word memos. */
  private forgetDerived(): void {
    this.spelling = undefined;
    this.droppedVowels = undefined;
    // Only when filled: clear() allocates a new table even for an empty map (once per word learnt). No
    // array of the four to loop over: this runs for every word of a build.
    forget(this.documentWords.nb);
    forget(this.documentWords.en);
    forget(this.questionWords.nb);
    forget(this.questionWords.en);
  }

  /** One word of a knowledge-base text as `analyzeDocument` reads it: its folded form and terms (phrases aside). */
  documentWordOf(raw: string, lang: Lang): { readonly folded: string; readonly terms: readonly string[] } {
    return this.documentWord(raw, lang);
  }

  /**
   * Analysis of a knowledge-base text (its words are known by construction). An archive repeats
   * the same few thousand words a million times, so each word's terms are worked out once.
   */
  analyzeDocument(text: string | readonly string[], lang: Lang): Analysis {
    const terms = new Set<string>();
    const folded: string[] = [];
    for (const raw of typeof text === 'string' ? tokenize(text) : text) {
      const word = this.documentWord(raw, lang);
      folded.push(word.folded);
      for (const term of word.terms) terms.add(term);
    }
    for (const concept of this.lexicon.phraseConcepts(folded)) terms.add(concept);
    return { terms: [...terms], unknown: [], synonyms: new Map() };
  }

  private documentWord(raw: string, lang: Lang): { folded: string; terms: string[] } {
    let word = this.documentWords[lang].get(raw);
    if (word) return word;
    let folded: string;
    const terms: string[] = [];
    const learnt = this.learntWords[lang].get(raw);
    if (learnt) {
      // A word learnt from the knowledge base (every word of a build) was mapped, folded and stemmed
      // then, and learning made its stem a known term: not again.
      folded = learnt.folded;
      terms.push(learnt.term);
      pushAll(terms, this.compoundParts(folded));
    } else {
      const token = lang === 'nb' ? nynorskToBokmal(raw) : raw;
      folded = foldNordic(token);
      if (!STOPWORDS.has(token)) {
        const own = foldNordic(stem(token, lang));
        const known = this.knownTerm(folded, own, token, lang);
        if (known !== undefined) {
          terms.push(known);
          pushAll(terms, this.compoundParts(folded));
        } else terms.push(own);
      }
    }
    const conceptStem = this.surface.get(folded) ?? foldNordic(stem(folded, lang));
    pushAll(terms, this.lexicon.wordConcepts(folded, conceptStem, lang));
    word = { folded, terms };
    this.documentWords[lang].set(raw, word);
    return word;
  }

  /** The folded word a question's word resolves to: its corrected spelling ("stasjoen" -> "stasjon"), or itself folded. */
  spelledAs(token: string, lang: Lang): string {
    return this.questionWord(token, lang).surface;
  }

  /** Whether a knowledge-base text uses the word as written (folded; no spelling correction). */
  usesWord(word: string): boolean {
    return this.surface.has(foldNordic(word));
  }

  /** Analysis of a user's question: unknown words are corrected, split or reported. */
  analyzeQuestion(text: string, lang: Lang): Analysis {
    return this.analyzeTokens(tokenize(text), lang);
  }

  /**
   * The same from a question's tokens (the engine tokenises once). Each word's resolution is
   * remembered (see QuestionWord), so a question costs a few map lookups once its words were seen.
   * `asHeard`: the tokens already have a name heard put as written (see withSoundedPhrase).
   */
  analyzeTokens(tokens: readonly string[], lang: Lang, asHeard = false): Analysis {
    // Terms in order of first use (the order the matcher sums in), each once: a question has a
    // dozen, so a scan of the list is cheaper than a Set. Concept terms ("#…") never equal a word's.
    // Plain indexed loops and no closure: this runs on every message, also before the JIT has
    // optimised it (the first questions), when iterators and closures cost the most.
    // Written over, never shortened (`length = 0` would give up its storage, to grow again per question).
    const words = this.wordsScratch;
    const count = tokens.length;
    const terms: string[] = [];
    // A long message (fuzz, a pasted paragraph) has hundreds of terms: a Set then.
    const seen = tokens.length > LONG_QUESTION ? new Set<string>() : undefined;
    const synonyms = new Map<string, string[]>();
    let phraseStart = false;
    let unknownWords = false;
    for (let t = 0; t < tokens.length; t++) {
      const word = this.questionWord(tokens[t]!, lang);
      words[t] = word;
      for (let k = 0; k < word.terms.length; k++) addTerm(terms, seen, word.terms[k]!);
      if (word.synonyms) synonyms.set(word.term!, word.synonyms);
      phraseStart ||= word.startsPhrase;
      unknownWords ||= word.unknown;
    }
    // A name heard rather than read ("kim ill song"): the question as if the name had been written.
    const heard = phraseStart && !asHeard ? this.withSoundedPhrase(tokens, words, count) : undefined;
    if (heard !== undefined) return this.analyzeTokens(heard, lang, true);
    // Phrases and unknown words are rare: handled apart, so this (hot) function stays small for the JIT.
    if (unknownWords) {
      unknownWords = this.resolveInContext(tokens, words, count, lang, terms, seen);
      for (let w = 0; w < count && !phraseStart; w++) phraseStart = words[w]!.startsPhrase;
    }
    const phrases = phraseStart ? this.addPhrases(words, count, terms, seen, synonyms) : NO_PHRASES;
    for (let w = 0; w < count; w++) {
      const concepts = words[w]!.concepts;
      for (let k = 0; k < concepts.length; k++) addTerm(terms, seen, concepts[k]!);
    }
    const unknown = unknownWords ? unknownTokens(words, count, phrases) : [];
    return { terms, unknown, synonyms };
  }

  /**
   * Unknown words read with their neighbours: a piece of a word typed apart ("venn skaps broen")
   * joined into the known word, or a slip in a known name ("planet laps", "48 north") read as the
   * name's word. Returns whether an unknown word remains (phrases aside).
   */
  private resolveInContext(
    tokens: readonly string[],
    words: QuestionWord[],
    count: number,
    lang: Lang,
    terms: string[],
    seen: Set<string> | undefined,
  ): boolean {
    let remaining = false;
    const surfaces: string[] = [];
    for (let w = 0; w < count; w++) surfaces.push(words[w]!.surface);
    for (let i = 0; i < count; i++) {
      if (!words[i]!.unknown) continue;
      const resolved = (tokens[i]!.length >= MIN_JOINED_PART ? this.joinedWord(tokens, i, count, lang) : undefined) ?? this.phraseWord(surfaces, i, lang);
      if (resolved === undefined) {
        remaining = true;
        continue;
      }
      words[i] = resolved;
      remaining ||= resolved.unknown;
      for (let k = 0; k < resolved.terms.length; k++) addTerm(terms, seen, resolved.terms[k]!);
    }
    return remaining;
  }

  /** The word of a known name the word at `i` slipped from, resolved (see Lexicon.phraseWordNear). */
  private phraseWord(surfaces: readonly string[], i: number, lang: Lang): QuestionWord | undefined {
    const meant = this.lexicon.phraseWordNear(surfaces, i, isSlipOf, (w) => STOPWORDS.has(w));
    return meant === undefined ? undefined : this.questionWord(meant, lang);
  }

  /** The known word tokens around `i` make when typed together, the longest first. */
  private joinedWord(tokens: readonly string[], i: number, count: number, lang: Lang): QuestionWord | undefined {
    for (const [from, to] of [
      [i - 1, i + 1],
      [i - 1, i],
      [i, i + 1],
    ] as const) {
      if (from < 0 || to >= count) continue;
      let joined = '';
      for (let t = from; t <= to; t++) joined += tokens[t];
      if (joined.length < MIN_JOINED || joined.length > MAX_TYPO || DIGITS.test(joined)) continue;
      // One word the knowledge base knows (or a slip of one), not a compound of whatever was typed next
      // to each other ("har dødd" is not "hard" and "odd").
      const word = this.questionWord(joined, lang);
      if (!word.unknown && word.term !== undefined) return word;
    }
    return undefined;
  }

  /** The tokens with the first name heard rather than read put as written (see sounded-phrase.ts), or undefined. */
  private withSoundedPhrase(tokens: readonly string[], words: readonly QuestionWord[], count: number): string[] | undefined {
    for (let i = 0; i + 1 < count; i++) {
      const first = words[i]!.surface;
      const phrases = words[i]!.startsPhrase && !STOPWORDS.has(first) ? this.lexicon.phrasesStartingWith(first) : undefined;
      const heard = phrases && soundedPhraseAt(tokens, i, phrases, isStopWord, (word) => this.usesWord(word));
      if (heard) return [...tokens.slice(0, i + 1), ...heard.phrase.tokens.slice(1), ...tokens.slice(i + 1 + heard.typed)];
    }
    return undefined;
  }

  /**
   * The words of a known phrase ("off the hook") are understood through the phrase's concept: it
   * joins the terms and each of its words' synonyms. Returns the phrases found. `words`: the first `count`.
   */
  private addPhrases(words: readonly QuestionWord[], count: number, terms: string[], seen: Set<string> | undefined, synonyms: Map<string, string[]>): Phrases {
    const surfaces: string[] = [];
    for (let w = 0; w < count; w++) surfaces.push(words[w]!.surface);
    const phrases = this.lexicon.phraseMatches(surfaces);
    for (let p = 0; p < phrases.length; p++) {
      const match = phrases[p]!;
      for (let i = match.start; i < match.start + match.length; i++) {
        const term = words[i]!.term;
        if (term !== undefined) synonyms.set(term, [...(synonyms.get(term) ?? []), match.concept]);
      }
      addTerm(terms, seen, match.concept);
    }
    return phrases;
  }

  /** How one word of a question resolves in `lang`, worked out once and remembered. */
  private questionWord(raw: string, lang: Lang): QuestionWord {
    const memo = this.questionWords[lang];
    let word = memo.get(raw);
    if (word === undefined) {
      word = this.resolveQuestionWord(lang === 'nb' ? nynorskToBokmal(raw) : raw, lang);
      // "rnissiles", "kornrner": an OCR app reads an "m" as "rn"; an unknown word known with the "m" is that word.
      if (word.unknown && raw.includes('rn')) {
        const read = raw.replaceAll('rn', 'm');
        const asM = this.resolveQuestionWord(lang === 'nb' ? nynorskToBokmal(read) : read, lang);
        if (!asM.unknown) word = asM;
      }
      if (memo.size >= QUESTION_WORD_MEMO_LIMIT) memo.clear();
      memo.set(raw, word);
    }
    return word;
  }

  private resolveQuestionWord(token: string, lang: Lang): QuestionWord {
    const folded = foldNordic(token);
    // `withSynonyms`: whether the word's concepts count as synonyms of its term (not for a training typo's correction).
    // `reported`: the word weighed when unknown (an everyday word it misspells, or the word itself).
    const word = (surface: string, terms: readonly string[], term?: string, unknown = false, withSynonyms = true, reported = token): QuestionWord => {
      const stemmed = this.surface.get(surface) ?? foldNordic(stem(surface, lang));
      // Its synonyms: the concepts of the word or of its term (a lexicon phrase has several words).
      const synonyms = term !== undefined && withSynonyms ? [...this.lexicon.wordConcepts(surface, term, lang)] : [];
      // Every word has the same properties in the same order (one hidden class for the JIT).
      return {
        token: reported,
        terms,
        surface,
        term,
        unknown,
        synonyms: synonyms.length ? synonyms : undefined,
        concepts: this.lexicon.wordConcepts(surface, stemmed, lang),
        startsPhrase: this.lexicon.startsPhrase(surface),
      };
    };
    // A stop word typed without å ("paa" for "på") is one still. Not every folded word: "før" folds to "for".
    if (STOPWORDS.has(token) || (token.includes('aa') && STOPWORDS.has(folded))) return word(folded, []);
    // Not even its Norwegian concepts ("bro" is a bridge in Norwegian): no surface.
    if (lang === 'en' && ENGLISH_ONLY_FILLER.has(token)) return word('', []);
    const own = foldNordic(stem(token, lang));
    const known = this.knownTerm(folded, own, token, lang);
    if (known !== undefined) {
      // A word seen once may be a typo in the training questions ("frienship"): prefer the
      // common word it is one edit from. Not a word the lexicon lists, which the everyday lists may lack ("lengde" is not "lenge"),
      // nor one opening a phrase it lists ("endte" of "endte opp" is not "sendte").
      // Nor an English form of a word the lexicon lists ("spends" of "spend" is no "sends").
      const rare =
        (this.documentFrequency.get(folded) ?? 0) <= 1 &&
        this.rarity.of(token) >= EVERYDAY_WORD &&
        !this.lexicon.lists(folded) &&
        !(lang === 'en' && this.lexicon.lists(own)) &&
        !this.lexicon.startsPhrase(folded);
      const common = rare ? this.spellingIndex().correct(folded, folded) : undefined;
      // A word of the asker's language is another word, not a slip, unless it is one in shape (see mayMisspell) or a form
      // of the same word ("raketten", "raketter"; not "covers", "covert").
      const slip =
        common !== undefined &&
        (this.mayBeSlip(token, lang) || (mayMisspell(folded, common) && !this.otherLanguagesOnly(common, lang)) || stem(folded, lang) === stem(common, lang));
      if (slip && (this.documentFrequency.get(common) ?? 0) >= 3) {
        const term = this.surface.get(common)!;
        return word(common, [term], term, false, false);
      }
      return word(folded, [known, ...this.compoundParts(folded)], known);
    }
    // A synonym the lexicon knows is understood through its concept, even if no text uses it.
    if (this.lexicon.knows(folded, [own, otherStem(token, lang)])) return word(folded, this.abbreviatedWords(folded, own, lang));
    // An English word that splits into two known ones may be a typo of one ("suplying" is no "sup" + "lying"), not
    // a compound such as "whitehouse": the word it misspells, when there is one, comes first.
    const parts = this.compoundParts(folded);
    const misspelt = parts.length && lang === 'en' && this.rarity.of(token) >= EVERYDAY_WORD ? this.spellingIndex().correct(folded) : undefined;
    if (misspelt !== undefined) {
      const term = this.surface.get(misspelt)!;
      return word(misspelt, [term], term);
    }
    // "northkorea", "whitehouse": a phrase of the lexicon typed without its space is that phrase, whatever its parts are.
    const joined = this.joinedPhraseConcepts(folded);
    if (joined.length) {
      const split = word(folded, parts);
      return { ...split, concepts: [...split.concepts, ...joined] };
    }
    if (parts.length) return word(folded, parts);
    const plural = lang === 'nb' ? this.knownDialectPlural(folded) : undefined;
    if (plural !== undefined) return word(plural.folded, [plural.term], plural.term);
    // An everyday word is no typo ("lager" is not "later"), nor is a word of the language ("server" is not "sever"), unless
    // the known word is it with a shorter ending ("nært" is "nær"); folding can hide a typo's shape ("koera" folds to
    // "kora"), so the word as typed is tried too.
    const listed = !this.mayBeSlip(token, lang);
    const nearest =
      this.rarity.of(token) < EVERYDAY_WORD
        ? undefined
        : (this.spellingIndex().correct(folded) ?? (token !== folded ? this.spellingIndex().correct(token) : undefined));
    const corrected = listed && nearest !== undefined && !folded.startsWith(nearest) ? undefined : nearest;
    if (corrected !== undefined) {
      const term = this.surface.get(corrected)!;
      // A misspelt compound weighs as the compound does, with its parts ("satelittbildene": satellite and picture).
      return word(corrected, [term, ...this.compoundParts(corrected)], term);
    }
    // A word typed without its vowels ("bldn", "hstr", "lngth"): the known word it was taken from, when all it may be
    // are one term. Not a word of the asker's language ("dens" is no "denies"), nor three letters ("spm", "nks"), which
    // abbreviate too many words.
    const vowelless =
      token.length > MIN_VOWELLESS && this.rarity.of(token) >= EVERYDAY_WORD && this.mayBeSlip(token, lang) ? this.vowellessWord(folded) : undefined;
    if (vowelless !== undefined) {
      const term = this.surface.get(vowelless)!;
      return word(vowelless, [term, ...this.compoundParts(vowelless)], term);
    }
    // A short word no list knows is more likely a slip of the keys ("teh", "wat") than a name; so is
    // one the message's language does not use, or hardly ("sau" in English, "hoe" for "how").
    const slip = this.mayBeSlip(token, lang) ? this.shortSlip(token, folded, lang) : undefined;
    if (slip?.stop) return word(slip.word, []);
    if (slip) {
      const term = this.surface.get(slip.word)!;
      return word(slip.word, [term], term);
    }
    // A long compound of three or four parts, or of forms no text has ("våpenleveransepåstanden", "toglastinnholdet"): its
    // parts, when nothing else reads it.
    const long = lang === 'nb' && folded.length >= MIN_LONG_COMPOUND && folded.length <= MAX_LONG_COMPOUND ? this.longCompoundParts(folded, 0, new Map()) : [];
    if (long.length > 0) return word(folded, long);
    // A misspelt common word ("allerie", "egentli") weighs as that word would, not as a name. Only
    // a common word and a longer word: a name is often one letter from a rarer one ("kursk", "kerch").
    const closest =
      token.length >= MIN_STOP_TYPO && token.length <= MAX_TYPO && !this.rarity.isListed(token)
        ? this.rarity.closestListed(token, lang, COMMON_WORD_RANK)
        : undefined;
    const everyday = token.length >= MIN_EVERYDAY_TYPO ? closest : undefined;
    if (closest !== undefined && STOPWORDS.has(closest) && (everyday !== undefined || swapsTwoLetters(token, closest))) return word(foldNordic(closest), []);
    return word(folded, [], undefined, true, true, everyday ?? token);
  }

  /** A short word's slip (see shortTypoOf), as typed first: folding may hide its shape ("hoe" folds to "ho"). */
  private shortSlip(token: string, folded: string, lang: Lang): { word: string; stop: boolean } | undefined {
    const popularity = (w: string): number => this.documentFrequency.get(w) ?? 0;
    const rank = (w: string): number | undefined => this.rarity.rankIn(w, lang);
    const asTyped = token !== folded && PLAIN_LETTERS.test(token) ? shortTypoOf(token, (w) => popularity(foldNordic(w)), rank) : undefined;
    const slip = asTyped ?? shortTypoOf(folded, popularity, rank);
    // A rare word of the language ("hoe", "gov") is taken for a slip only of a very common one ("how").
    if (slip && this.rarity.rankIn(token, lang) !== undefined && (rank(slip.word) ?? Infinity) > COMMON_WORD_RANK) return undefined;
    return slip && !slip.stop ? { word: foldNordic(slip.word), stop: false } : slip;
  }

  /** Whether a word is one of the other language's and not of this one ("mange" is no slip of English "manage"). */
  private otherLanguagesOnly(word: string, lang: Lang): boolean {
    return this.rarity.rankIn(word, lang) === undefined && this.rarity.rankIn(word, lang === 'nb' ? 'en' : 'nb') !== undefined;
  }

  /** Whether an unknown word is no everyday word of the message's language (see shortTypoOf). */
  private mayBeSlip(token: string, lang: Lang): boolean {
    if (!this.rarity.isListed(token)) return true;
    return (this.rarity.rankIn(token, lang) ?? Infinity) > RARELY_USED;
  }

  /**
   * The knowledge base's term for a content word: its own stem, else the term of the word as
   * written, else its stem in the other language (a question mixing languages), stemmed only then.
   */
  private knownTerm(folded: string, own: string, token: string, lang: Lang): string | undefined {
    if (this.terms.has(own)) return own;
    const written = this.surface.get(folded);
    if (written !== undefined) return written;
    const other = otherStem(token, lang);
    return this.terms.has(other) ? other : undefined;
  }

  /** "bildan" -> "bildene", "billederne" -> "bildene", when the knowledge base uses the Bokmål form. */
  private knownDialectPlural(folded: string): { folded: string; term: string } | undefined {
    for (const form of [...dialectPluralForms(folded), ...nordicForms(folded)]) {
      // Folded again: "broa" -> "broen", which folds to "bron".
      const known = foldNordic(form);
      const term = this.surface.get(known);
      if (term !== undefined) return { folded: known, term };
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
      const linked = head.length > MIN_COMPOUND_PART && (head.endsWith('s') || head.endsWith('e'));
      const headTerm = this.surface.get(head) ?? (linked ? this.surface.get(head.slice(0, -1)) : undefined);
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

  /**
   * A word no text has, read as a compound of parts each of which is a word the texts use or another form of one (as
   * the Norwegian stemmer cuts them: "leveranse" of "leveranser"), its head a compound too when `depth` allows. The
   * longest head wins, as in compoundParts. `tried`: the word's starts already split, by depth.
   */
  private longCompoundParts(folded: string, depth: number, tried: Map<string, string[]>): string[] {
    // Every head is a start of the word: each is split once per depth ("qtogtogtog…" would otherwise be tried again at
    // every "tog" it ends in).
    const key = `${depth} ${folded.length}`;
    const known = tried.get(key);
    if (known !== undefined) return known;
    let found: string[] = [];
    for (let i = folded.length - MIN_COMPOUND_PART; i >= MIN_COMPOUND_PART && found.length === 0; i--) {
      const tail = this.partTerm(folded.slice(i));
      if (tail === undefined) continue;
      const head = folded.slice(0, i);
      // Norwegian joins compounds with a linking s or e ("vennskapsbro", "hesteinteresse").
      for (const h of head.endsWith('s') || head.endsWith('e') ? [head, head.slice(0, -1)] : [head]) {
        const term = this.partTerm(h);
        const parts = term !== undefined ? [term] : depth < MAX_COMPOUND_DEPTH ? this.longCompoundParts(h, depth + 1, tried) : [];
        if (parts.length > 0) {
          found = [...parts, tail];
          break;
        }
      }
    }
    tried.set(key, found);
    return found;
  }

  /** The term of a part of a long compound: a word the texts use, or another form of one (see longCompoundParts). */
  private partTerm(part: string): string | undefined {
    const known = this.surface.get(part);
    if (known !== undefined || part.length < MIN_STEMMED_PART) return known;
    const stemmed = stem(part, 'nb');
    return this.terms.has(stemmed) ? stemmed : undefined;
  }

  /**
   * The terms of the name an abbreviation the lexicon lists stands for ("38n": "38 north"; "wh": "white house"): a phrase
   * of its concept whose initials it is, every word of which the knowledge base uses. Weighed as the name is, not by its
   * concept alone.
   */
  private abbreviatedWords(folded: string, stemmed: string, lang: Lang): string[] {
    for (const concept of this.lexicon.wordConcepts(folded, stemmed, lang))
      for (const phrase of this.lexicon.phrasesOf(concept)) {
        if (phrase.map((w) => (NUMBER_WORD.test(w) ? w : w[0])).join('') !== folded) continue;
        const terms = phrase.map((w) => this.surface.get(w));
        if (terms.every((t): t is string => t !== undefined)) return terms;
      }
    return [];
  }

  /** The concepts of a two-word phrase of the lexicon the (folded) word is, its space left out ("northkorea"). */
  private joinedPhraseConcepts(folded: string): string[] {
    for (let i = MIN_COMPOUND_PART; i <= folded.length - MIN_COMPOUND_PART; i++) {
      const head = folded.slice(0, i);
      if (!this.lexicon.startsPhrase(head)) continue;
      const concepts = this.lexicon.phraseConcepts([head, folded.slice(i)]);
      if (concepts.length) return concepts;
    }
    return [];
  }

  /** The known word a word typed without vowels was taken from (see DroppedVowels), when every one it may be is one term. */
  private vowellessWord(folded: string): string | undefined {
    this.droppedVowels ??= new DroppedVowels(this.surface.keys());
    const words = this.droppedVowels.wordsOf(folded);
    if (words.length === 0) return undefined;
    const term = this.surface.get(words[0]!);
    return words.every((w) => this.surface.get(w) === term) ? words[0] : undefined;
  }

  private spellingIndex(): SpellingIndex {
    this.spelling ??= new SpellingIndex(this.surface.keys(), (w) => this.documentFrequency.get(w) ?? 0);
    return this.spelling;
  }
}

/** The words as typed that nothing knew, phrases aside. */
function unknownTokens(words: readonly QuestionWord[], count: number, phrases: Phrases): string[] {
  const unknown: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = words[i]!;
    if (w.unknown && !phrases.some((m) => i >= m.start && i < m.start + m.length)) unknown.push(w.token);
  }
  return unknown;
}

/** Clears a memo that has entries. */
function forget(memo: Map<string, unknown>): void {
  if (memo.size > 0) memo.clear();
}

/** Pushes every item (a loop, not a spread: no iterator on a word's few terms, before V8 optimises the build). */
function pushAll(list: string[], items: readonly string[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i]!);
}

/**
 * Adds a term to a question's terms unless it is there: a dozen terms are scanned, a long
 * message's are looked up in `seen`.
 */
function addTerm(terms: string[], seen: Set<string> | undefined, term: string): void {
  if (seen ? seen.has(term) : terms.includes(term)) return;
  seen?.add(term);
  terms.push(term);
}

/** Whether `part` may be one half of `word` split as a compound (see compoundParts): who must look again when `part`'s term changes. */
export function compoundMayUse(word: string, part: string): boolean {
  return word.length >= 2 * MIN_COMPOUND_PART + 1 && part.length >= MIN_COMPOUND_PART && word !== part && word.includes(part);
}

/** What a knowledge-base word adds to the vocabulary: its folded surface and term (null: a stop word). */
export function learntWord(raw: string, lang: Lang): { folded: string; term: string } | null {
  const token = lang === 'nb' ? nynorskToBokmal(raw) : raw;
  return STOPWORDS.has(token) ? null : { folded: foldNordic(token), term: foldNordic(stem(token, lang)) };
}

/** A word's folded stem in the language other than `lang`. */
function otherStem(token: string, lang: Lang): string {
  return foldNordic(stem(token, lang === 'nb' ? 'en' : 'nb'));
}

/** Whether a word is another with two neighbouring letters swapped ("hdade", "hadde"). */
function swapsTwoLetters(typed: string, meant: string): boolean {
  if (typed.length !== meant.length) return false;
  let i = 0;
  while (i < typed.length && typed[i] === meant[i]) i++;
  return i + 1 < typed.length && typed[i] === meant[i + 1] && typed[i + 1] === meant[i] && typed.slice(i + 2) === meant.slice(i + 2);
}

/**
 * Whether a word of the language may still be a slip of a known one in shape: one letter left out or added after the
 * first ("bilene" for "bildene"). Not one letter for another, nor the first: "loving" is not "moving", "tester" not
 * "hester", "rising" not "riding".
 */
function mayMisspell(word: string, known: string): boolean {
  let shared = 0;
  while (shared < word.length && shared < known.length && word[shared] === known[shared]) shared++;
  if (shared === 0 || Math.abs(word.length - known.length) !== 1) return false;
  const [short, long] = word.length < known.length ? [word, known] : [known, word];
  return short.slice(shared) === long.slice(shared + 1);
}

function isStopWord(word: string): boolean {
  return STOPWORDS.has(word);
}
