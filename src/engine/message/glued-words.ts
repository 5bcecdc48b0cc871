import { STOPWORDS } from '../analysis/stopwords.js';
import { QUESTION_WORDS } from './question-words.js';

/**
 * Words typed without the spaces between them ("whotookthepictures", "hvorlangerbroen", "nårvar") or with one in the
 * middle of a word ("wha t is this", "wa s"): the message as it was meant, so that every reading of it (question words,
 * frames, matching) sees the words. What words are, the caller says (`WordBook`): everyday words and the knowledge
 * base's own.
 */
export interface WordBook {
  /** The word's rank in everyday language (1: the commonest), or undefined when no list has it. */
  rank(word: string): number | undefined;
  /** Whether the knowledge base's texts use the word. */
  uses(word: string): boolean;
  /** Whether the knowledge base understands the word in some language: a form, spelling or synonym of a word it knows. */
  understands(word: string): boolean;
}

// Longer runs are not typed as words (a link's remains, a key held down).
const MAX_GLUED = 32;
const MAX_PARTS = 5;
// A part must be a word people use often (or one the article uses): rarer ones fit by chance.
const MAX_PART_RANK = 5_000;
// A word split in two by a stray space is put back only when it is an everyday word.
const MAX_JOINED_RANK = 5_000;
const MIN_JOINED = 3;
const LETTERS = /\p{L}+/gu;
// Runs long enough to be words glued together: a shorter one is a word of its own, typed or misspelt.
const LONG_RUNS = /\p{L}{6,}/gu;
// Words of one letter: "a way" is not "away", nor "i toget" one word.
const ONE_LETTER_WORDS = new Set(['a', 'i', 'å', 'o', 'e', 'æ']);
// A letter standing alone after a word, other than those words.
const STRAY_LETTER = /\p{L} (?![aiåoeæ](?![\p{L}\p{N}]))\p{L}(?![\p{L}\p{N}'])/iu;

/** The text with glued words apart and split words whole, or the text itself when it holds none. */
export function withWordsAsMeant(text: string, book: WordBook): string {
  return withSplitWordsWhole(withGluedWordsApart(text, book), book);
}

// The cheap checks first: the everyday lists' tables are built on first use, which a start answering one ordinary
// question (its words the knowledge base's and function words) should not pay for.
function isWord(word: string, book: WordBook): boolean {
  return isKnownCheaply(word, book) || book.rank(word) !== undefined;
}

function isKnownCheaply(word: string, book: WordBook): boolean {
  return STOPWORDS.has(word) || QUESTION_WORDS.has(word) || book.uses(word);
}

function withGluedWordsApart(text: string, book: WordBook): string {
  return text.replace(LONG_RUNS, (run) => {
    if (run.length > MAX_GLUED) return run;
    const lower = run.toLowerCase();
    // Only a run opening with a question word is split (see gluedParts): that is looked at before asking whether the
    // knowledge base understands the run, which analyses it.
    if (!opensWithQuestionWord(lower) || isWord(lower, book) || book.understands(lower)) return run;
    return gluedParts(lower, book)?.join(' ') ?? run;
  });
}

function opensWithQuestionWord(run: string): boolean {
  for (const word of QUESTION_WORDS) if (run.length > word.length && run.startsWith(word)) return true;
  return false;
}

/**
 * The likeliest words a run is made of, when they open with a question word ("hvorlangerbroen", "nårvar"): otherwise
 * a run of common words is more often a compound ("atombombe", not "at om bombe"), an inflected word ("oppklarende")
 * or a dialect form ("sparka", not "spar ka"); and of no more than one two-letter word. Each word costs what a word
 * of its rank costs in a language model of word counts (Zipf's law: the logarithm of its rank) and a little more, so
 * that "hvor lang er broen" is read rather than "hvor langer broen".
 */
function gluedParts(run: string, book: WordBook): string[] | undefined {
  // best[i]: the likeliest split of run[0, i) and its cost.
  const best: ({ parts: string[]; cost: number } | undefined)[] = [{ parts: [], cost: 0 }];
  for (let end = 1; end <= run.length; end++) {
    let chosen: { parts: string[]; cost: number } | undefined;
    for (let start = Math.max(0, end - MAX_GLUED); start < end - 1; start++) {
      const before = best[start];
      if (before === undefined || before.parts.length >= MAX_PARTS) continue;
      const part = run.slice(start, end);
      const cost = partCost(part, book);
      if (cost === undefined) continue;
      const total = before.cost + cost;
      if (chosen === undefined || total < chosen.cost) chosen = { parts: [...before.parts, part], cost: total };
    }
    best.push(chosen);
  }
  const split = best[run.length];
  if (split === undefined || split.parts.length < 2) return undefined;
  const short = split.parts.filter((p) => p.length <= SHORT_PART).length;
  return QUESTION_WORDS.has(split.parts[0]!) && short <= MAX_SHORT_PARTS ? split.parts : undefined;
}

const PART_COST = 0.5;
// Short words fit anywhere by chance: "ka pa sit et en" is "kapasiteten".
const SHORT_PART = 2;
const MAX_SHORT_PARTS = 1;
// A word only the knowledge base uses costs as a rare everyday word does.
const KNOWLEDGE_BASE_WORD_COST = PART_COST + Math.log10(MAX_PART_RANK);

// A question word costs as a common word, however a list ranks its chat spelling ("whats").
const QUESTION_WORD_COST = PART_COST + 1;

function partCost(part: string, book: WordBook): number | undefined {
  if (QUESTION_WORDS.has(part)) return QUESTION_WORD_COST;
  const rank = book.rank(part);
  if (rank !== undefined && rank <= MAX_PART_RANK) return PART_COST + Math.log10(rank);
  return book.uses(part) ? KNOWLEDGE_BASE_WORD_COST : undefined;
}

// A run and a stray letter after it that make a commoner everyday word ("wha t", "wa s", "nort h"; not "on d"). A letter
// before a word stays ("u like": "u" is "you"). A run joined to the one before is not joined to the next ("wa s on").
function withSplitWordsWhole(text: string, book: WordBook): string {
  // Most messages have no stray letter: nothing to look up.
  if (!STRAY_LETTER.test(text)) return text;
  const runs = [...text.matchAll(LETTERS)];
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < runs.length; i++) {
    const first = runs[i]!;
    const second = runs[i + 1]!;
    const end = first.index + first[0].length;
    if (second.index !== end + 1 || text[end] !== ' ' || !isRunStart(text, first.index) || !isRunEnd(text, second.index + second[0].length)) continue;
    const b = second[0].toLowerCase();
    if (b.length !== 1 || ONE_LETTER_WORDS.has(b)) continue;
    const a = first[0].toLowerCase();
    const rank = a.length + b.length < MIN_JOINED ? undefined : book.rank(a + b);
    if (rank === undefined || rank > MAX_JOINED_RANK || rank >= (book.rank(a) ?? Infinity)) continue;
    out += text.slice(from, end);
    from = end + 1;
    i++;
  }
  return from === 0 ? text : out + text.slice(from);
}

// A run of letters is a word of its own after a space ("what's on" holds no word "s") and before a space or a stop.
function isRunStart(text: string, at: number): boolean {
  return at === 0 || /\s/u.test(text[at - 1]!);
}

function isRunEnd(text: string, at: number): boolean {
  return at === text.length || /[\s?!.,;:]/u.test(text[at]!);
}
