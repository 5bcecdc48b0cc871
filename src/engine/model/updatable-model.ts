import type { Entry, KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Lang } from '../../kb/languages.js';
import { Analyzer, compoundMayUse, learntWord } from '../analysis/analyzer.js';
import { foldNordic } from '../analysis/fold.js';
import { Lexicon, type CompiledLexicon, type LexiconFile } from '../analysis/lexicon.js';
import { nynorskToBokmal } from '../analysis/nynorsk.js';
import { STOPWORDS } from '../analysis/stopwords.js';
import { tokenize } from '../analysis/tokenize.js';
import { addFrameTerms, frameTerms } from '../matching/frame-terms.js';
import { OUT_OF_SCOPE, type AnalysedText } from '../matching/matcher.js';
import type { EngineModel } from './engine-model.js';
import { FirstUseOrder, type GroupKeys } from './first-use-order.js';

/** The group of the conversation and out-of-scope examples, after every entry (a key no entry id can have). */
export const EXAMPLES_GROUP = '#conversation';

interface SourceText {
  intent: string;
  lang: Lang;
  text: string;
  vocabularyOnly?: boolean;
}

/**
 * What one group of texts (an entry's, or the examples') adds to the model, in the order a whole
 * analysis meets it: the vocabulary it teaches (each folded word's first term and its count, each
 * term once) and the language counts depend on its own texts only; its analysed texts also depend
 * on the whole vocabulary (compound parts, a word's first term), so they are redone when that
 * changes under them.
 */
interface Group {
  sources: SourceText[];
  texts: AnalysedText[];
  words: Map<string, { term: string; count: number }>;
  terms: string[];
  languages: Map<string, { nb: number; en: number }>;
  /** Every folded word its texts use, stop words included (what a vocabulary change can reach). */
  folded: Set<string>;
}

/** Per language, what each word as written gives: what it teaches the vocabulary (null: a stop word), its folded form, its language-count key. */
type LearntWords = Record<Lang, Map<string, { word: { folded: string; term: string } | null; folded: string; token: string }>>;

/** The groups' shares summed, in the order a whole analysis meets them. */
interface Vocabulary {
  /** Folded words, with their counts. */
  words: FirstUseOrder;
  /** Each word's term: the one the first group using it gave it. */
  surface: Map<string, string>;
  terms: FirstUseOrder;
  /** Language-count tokens, with their counts in Norwegian and English texts. */
  languages: FirstUseOrder;
}

let stopForms: Set<string> | undefined;
/** Stop words as folded: a word the vocabulary gains may be written as one elsewhere (its concepts change). */
function foldedStopWords(): Set<string> {
  return (stopForms ??= new Set([...STOPWORDS].map(foldNordic)));
}

/**
 * The engine model of a knowledge base, kept per entry so that after an edit only the changed
 * entries are analysed again. `update` gives exactly the model `analyseKnowledgeBase` gives for the
 * new knowledge base (same texts, terms, vocabulary and counts, in the same order): the vocabulary
 * and counts are summed again over every entry's share (in the knowledge base's order, so each
 * word's first term is the whole analysis's), and an unchanged entry's texts are analysed again
 * when a word whose entry in the vocabulary changed is one of its words or part of one.
 */
export class UpdatableModel {
  private lexicon: Lexicon | undefined;

  private constructor(
    private readonly compiled: CompiledLexicon,
    private readonly learnt: LearntWords,
    private readonly groups: ReadonlyMap<string, Group>,
    private readonly keys: readonly string[],
    private readonly vocabulary: Vocabulary,
    readonly model: EngineModel,
    /** The intents whose texts were analysed again by the update that made this model (their texts may differ). */
    readonly changedIntents: ReadonlySet<string> = new Set(),
  ) {}

  /** The whole knowledge base analysed, group by group. */
  static of(kb: KnowledgeBase, lexiconFile: LexiconFile): UpdatableModel {
    const start = new UpdatableModel(Lexicon.compile(lexiconFile), { nb: new Map(), en: new Map() }, new Map(), [], sumVocabulary([]), {} as EngineModel);
    return start.update(kb, undefined);
  }

  /**
   * The model of `kb`, in which only the entries in `changed` (ids; EXAMPLES_GROUP for the
   * examples) differ from the knowledge base this model was made from. `undefined`: all changed.
   */
  update(kb: KnowledgeBase, changed: ReadonlySet<string> | undefined): UpdatableModel {
    const keys = kb.entries.map((e) => e.id);
    keys.push(EXAMPLES_GROUP);
    // Each group kept, or learnt again (with its texts' tokens, for the analysis below).
    const groups = new Array<Omit<Group, 'texts'> & { texts?: AnalysedText[] }>(keys.length);
    const tokens = new Array<string[][] | undefined>(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const old = changed?.has(keys[i]!) === false ? this.groups.get(keys[i]!) : undefined;
      if (old) {
        groups[i] = old;
        continue;
      }
      const fresh = this.learn(i < kb.entries.length ? entryTexts(kb.entries[i]!) : exampleTexts(kb));
      groups[i] = fresh.group;
      tokens[i] = fresh.tokens;
    }
    // A whole analysis (`changed` undefined) is one pass, not a change per group.
    const vocabulary = (changed && this.updatedVocabulary(keys, groups, tokens)) || sumVocabulary(groups);
    const reached = this.reachedWords(vocabulary);
    const data = vocabularyData(vocabulary);
    // The lexicon's lookup tables are made once, not at every update (they never change).
    const analyzer = new Analyzer((this.lexicon ??= new Lexicon(this.compiled)), data);
    const next = new Map<string, Group>();
    const changedIntents = new Set<string>();
    let textCount = 0;
    for (let i = 0; i < keys.length; i++) {
      let group = groups[i]!;
      if (tokens[i] !== undefined || group.texts === undefined || (reached.size > 0 && reachedBy(group, reached))) {
        const texts = analyse(analyzer, group.sources, tokens[i] ?? group.sources.map((s) => tokenize(s.text)));
        for (const t of texts) changedIntents.add(t.intent);
        group = { ...group, texts };
      }
      next.set(keys[i]!, group as Group);
      textCount += group.texts!.length;
    }
    const texts = new Array<AnalysedText>(textCount);
    let at = 0;
    for (const group of next.values()) for (const t of group.texts) texts[at++] = t;
    const model: EngineModel = {
      lexicon: this.compiled,
      languageCounts: [...vocabulary.languages.first.keys()].map((token) => {
        const [nb, en] = vocabulary.languages.totals.get(token)!;
        return [token, nb!, en!];
      }),
      vocabulary: data,
      texts,
    };
    const updated = new UpdatableModel(this.compiled, this.learnt, next, keys, vocabulary, model, changedIntents);
    updated.lexicon = this.lexicon;
    return updated;
  }

  /**
   * The vocabulary from this one and the groups learnt again alone (`learnt[i]` set): a group added
   * is one that changed from nothing, a group removed one that changed to nothing, the groups kept
   * being in the same order (an entry added or removed, as admins do, is not a pass over all).
   * Undefined when only a pass over all will do (groups reordered, or a removed group's word first
   * used by it is still used later).
   */
  private updatedVocabulary(keys: readonly string[], groups: ReadonlyArray<Omit<Group, 'texts'>>, learnt: ReadonlyArray<unknown>): Vocabulary | undefined {
    const steps = mergedGroups(this.keys, keys);
    if (!steps) return undefined;
    let { words, terms, languages } = this.vocabulary;
    const moved = steps.oldAt.some((at, i) => at !== i) || steps.newAt.some((at, i) => at !== i);
    if (moved) {
      // Positions in the merged order (every old and new group), so that each change below has its own place.
      const next = { words: words.renumbered(steps.oldAt), terms: terms.renumbered(steps.oldAt), languages: languages.renumbered(steps.oldAt) };
      ({ words, terms, languages } = next as { words: FirstUseOrder; terms: FirstUseOrder; languages: FirstUseOrder });
    }
    const none: Omit<Group, 'texts'> = { sources: [], words: new Map(), terms: [], languages: new Map(), folded: new Set() };
    for (let m = 0; m < steps.merged.length; m++) {
      const { oldIndex, newIndex } = steps.merged[m]!;
      if (newIndex >= 0 && oldIndex >= 0 && learnt[newIndex] === undefined) continue;
      const before = oldIndex >= 0 ? this.groups.get(this.keys[oldIndex]!)! : none;
      const after = newIndex >= 0 ? groups[newIndex]! : none;
      const next = {
        words: words.updated(m, wordKeys(before), wordKeys(after)),
        terms: terms.updated(m, termKeys(before), termKeys(after)),
        languages: languages.updated(m, languageKeys(before), languageKeys(after)),
      };
      if (!next.words || !next.terms || !next.languages) return undefined;
      ({ words, terms, languages } = next as { words: FirstUseOrder; terms: FirstUseOrder; languages: FirstUseOrder });
    }
    if (moved) {
      const next = { words: words.renumbered(steps.newOf), terms: terms.renumbered(steps.newOf), languages: languages.renumbered(steps.newOf) };
      if (!next.words || !next.terms || !next.languages) return undefined;
      ({ words, terms, languages } = next as { words: FirstUseOrder; terms: FirstUseOrder; languages: FirstUseOrder });
    }
    return { words, terms, languages, surface: surfaceOf(words, groups) };
  }

  /** One group's share of the vocabulary and language counts, and its texts' tokens. */
  private learn(sources: SourceText[]): { group: Omit<Group, 'texts'>; tokens: string[][] } {
    const words = new Map<string, { term: string; count: number }>();
    const terms = new Set<string>();
    // `text`: the last text counted for the word, so a word twice in one text counts once (no set per text).
    const languages = new Map<string, { nb: number; en: number; text: number }>();
    const folded = new Set<string>();
    const tokens = sources.map((s) => tokenize(s.text));
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i]!;
      const memo = this.learnt[source.lang];
      const list = tokens[i]!;
      for (let k = 0; k < list.length; k++) {
        const raw = list[k]!;
        // What a word as written gives, worked out once per language (an archive repeats a few thousand words a million times).
        let known = memo.get(raw);
        if (known === undefined) {
          const word = learntWord(raw, source.lang);
          known = { word, folded: word?.folded ?? foldNordic(source.lang === 'nb' ? nynorskToBokmal(raw) : raw), token: foldNordic(raw) };
          memo.set(raw, known);
        }
        const { word } = known;
        folded.add(known.folded);
        if (word !== null) {
          const counted = words.get(word.folded);
          if (counted) counted.count++;
          else words.set(word.folded, { term: word.term, count: 1 });
          terms.add(word.term);
        }
        if (source.vocabularyOnly) continue;
        // Language counts: every word as written (folded), once per text.
        let counts = languages.get(known.token);
        if (!counts) languages.set(known.token, (counts = { nb: 0, en: 0, text: -1 }));
        if (counts.text === i) continue;
        counts.text = i;
        counts[source.lang]++;
      }
    }
    return { group: { sources, words, terms: [...terms], languages, folded }, tokens };
  }

  /**
   * The words whose analysis in an unchanged text may differ now: those whose vocabulary entry
   * changed (a stop word's concepts read it too), and every known word that contains one (its
   * compound parts may).
   */
  private reachedWords(next: Vocabulary): Set<string> {
    const before = this.vocabulary.surface;
    const changed: string[] = [];
    for (const [word, term] of next.surface) if (before.get(word) !== term) changed.push(word);
    for (const word of before.keys()) if (!next.surface.has(word)) changed.push(word);
    const reached = new Set<string>();
    if (changed.length === 0) return reached;
    const stop = foldedStopWords();
    for (const word of changed) if (before.has(word) || stop.has(word)) reached.add(word);
    for (const known of [before.keys(), stop.values()]) for (const word of known) if (changed.some((c) => compoundMayUse(word, c))) reached.add(word);
    return reached;
  }
}

/**
 * The old and new groups in one order (`merged`: each an old group, a new one, or the same group in
 * both), with each old and new group's place in it and each merged place's new group (-1: removed);
 * undefined when the groups kept are not in the same order.
 */
function mergedGroups(
  before: readonly string[],
  after: readonly string[],
): { merged: Array<{ oldIndex: number; newIndex: number }>; oldAt: Int32Array; newAt: Int32Array; newOf: Int32Array } | undefined {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const merged: Array<{ oldIndex: number; newIndex: number }> = [];
  const oldAt = new Int32Array(before.length);
  const newAt = new Int32Array(after.length);
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && !inAfter.has(before[i]!)) {
      oldAt[i] = merged.length;
      merged.push({ oldIndex: i++, newIndex: -1 });
    } else if (j < after.length && !inBefore.has(after[j]!)) {
      newAt[j] = merged.length;
      merged.push({ oldIndex: -1, newIndex: j++ });
    } else if (i < before.length && j < after.length && before[i] === after[j]) {
      oldAt[i] = newAt[j] = merged.length;
      merged.push({ oldIndex: i++, newIndex: j++ });
    } else return undefined;
  }
  const newOf = new Int32Array(merged.length);
  for (let m = 0; m < merged.length; m++) newOf[m] = merged[m]!.newIndex;
  return { merged, oldAt, newAt, newOf };
}

function reachedBy(group: Omit<Group, 'texts'>, reached: ReadonlySet<string>): boolean {
  for (const word of group.folded) if (reached.has(word)) return true;
  return false;
}

function entryTexts(e: Entry): SourceText[] {
  const texts: SourceText[] = [];
  if (e.retired) return texts;
  for (const lang of ['nb', 'en'] as const) {
    texts.push({ intent: e.id, lang, text: e.title[lang] });
    texts.push({ intent: e.id, lang, text: e.answer[lang], vocabularyOnly: true });
    for (const q of e.questions[lang]) texts.push({ intent: e.id, lang, text: q });
  }
  return texts;
}

function exampleTexts(kb: KnowledgeBase): SourceText[] {
  const texts: SourceText[] = [];
  for (const c of kb.conversation) for (const lang of ['nb', 'en'] as const) for (const q of c.questions[lang]) texts.push({ intent: c.id, lang, text: q });
  for (const lang of ['nb', 'en'] as const) for (const q of kb.outOfScope[lang]) texts.push({ intent: OUT_OF_SCOPE, lang, text: q });
  return texts;
}

function wordKeys(g: Omit<Group, 'texts'>): GroupKeys {
  return [...g.words].map(([folded, { count }]) => [folded, [count]] as const);
}

function termKeys(g: Omit<Group, 'texts'>): GroupKeys {
  return g.terms.map((term) => [term, [1]] as const);
}

function languageKeys(g: Omit<Group, 'texts'>): GroupKeys {
  return [...g.languages].map(([token, c]) => [token, [c.nb, c.en]] as const);
}

/** Each word's term, as the first group using it has it. */
function surfaceOf(words: FirstUseOrder, groups: ReadonlyArray<Omit<Group, 'texts'>>): Map<string, string> {
  const surface = new Map<string, string>();
  for (const [word, position] of words.first) surface.set(word, groups[position]!.words.get(word)!.term);
  return surface;
}

/** The groups' shares summed in order: each word's term is the one its first group gave it. */
function sumVocabulary(groups: ReadonlyArray<Omit<Group, 'texts'>>): Vocabulary {
  const words = FirstUseOrder.of(groups.map(wordKeys));
  return { words, terms: FirstUseOrder.of(groups.map(termKeys)), languages: FirstUseOrder.of(groups.map(languageKeys)), surface: surfaceOf(words, groups) };
}

function vocabularyData(v: Vocabulary): EngineModel['vocabulary'] {
  return { words: [...v.surface].map(([folded, term]) => [folded, term, v.words.totals.get(folded)![0]!]), terms: [...v.terms.first.keys()] };
}

function analyse(analyzer: Analyzer, sources: readonly SourceText[], tokens: readonly string[][]): AnalysedText[] {
  return sources.map((t, i) => {
    const terms = analyzer.analyzeDocument(tokens[i]!, t.lang).terms;
    addFrameTerms(terms, frameTerms(tokens[i]!));
    return { intent: t.intent, terms, ...(t.vocabularyOnly ? { vocabularyOnly: true } : {}) };
  });
}
