/**
 * A name heard rather than read: a phone's dictation or an asker spelling by ear ("kim young oon", "kim ill song", "john
 * curby", "kim jongun") writes the words of a known name as words that sound alike. A phrase of the lexicon whose first
 * word stands as written, followed by words that sound like the rest of it, is that phrase.
 *
 * How alike: the consonants in order, each once ("young oon" and "jong un" are both j-n-g-n; "ill song" and "il sung"
 * l-s-n-g), with y read as j, c and q as k, w as v, and h and the vowels left out.
 */
import type { LexiconPhrase } from './lexicon.js';

// At most this many typed words stand for the rest of a phrase ("young oon" for "jong un").
const MAX_TYPED = 3;
// A shorter sound is too little to tell ("kim is" is not "kim il").
const MIN_SOUND = 3;
// Typed words longer than this are words of their own, not a name's syllables misheard.
const MAX_TYPED_LENGTH = 7;
const DIGIT = /\d/;

const VOWELS_AND_H = new Set(['a', 'e', 'i', 'o', 'u', 'æ', 'ø', 'å', 'ä', 'ö', 'h', 'é', 'è']);
const READ_AS: Readonly<Record<string, string>> = { y: 'j', c: 'k', q: 'k', w: 'v' };

/** The consonants of words put together, in order, each once where doubled (see above). */
export function soundOf(words: readonly string[], from = 0, to = words.length): string {
  let sound = '';
  for (let w = from; w < to; w++) {
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      const letter = READ_AS[word[i]!] ?? word[i]!;
      if (VOWELS_AND_H.has(letter) || letter < 'a' || letter > 'z') continue;
      if (sound.endsWith(letter)) continue;
      sound += letter;
    }
  }
  return sound;
}

// Each word's sound, worked out once: a question is analysed several times, its phrases' neighbours each time.
const WORD_SOUNDS = new Map<string, string>();
const MAX_WORD_SOUNDS = 10_000;

function wordSound(word: string): string {
  let sound = WORD_SOUNDS.get(word);
  if (sound === undefined) {
    if (WORD_SOUNDS.size >= MAX_WORD_SOUNDS) WORD_SOUNDS.clear();
    WORD_SOUNDS.set(word, (sound = soundOf([word])));
  }
  return sound;
}

/** Two words' sounds as soundOf gives the words together: a consonant ending the one and opening the other counts once. */
function joined(first: string, second: string): string {
  return first !== '' && second !== '' && first[first.length - 1] === second[0] ? first + second.slice(1) : first + second;
}

const REST_SOUNDS = new WeakMap<LexiconPhrase, string>();

/** The sound of a phrase's words after its first, worked out once per phrase. */
function restSound(phrase: LexiconPhrase): string {
  let sound = REST_SOUNDS.get(phrase);
  if (sound === undefined) REST_SOUNDS.set(phrase, (sound = soundOf(phrase.tokens, 1)));
  return sound;
}

/**
 * Where a phrase stands heard in `folded` at `i`: its first word as written, then 1 to MAX_TYPED words (no stop word)
 * that sound like the rest. Only a phrase whose words the knowledge base writes (`isKnown`). The phrase and how many
 * words after `i` it takes, or undefined.
 */
export function soundedPhraseAt(
  folded: readonly string[],
  i: number,
  phrases: readonly LexiconPhrase[],
  isStop: (word: string) => boolean,
  isKnown: (word: string) => boolean,
): { phrase: LexiconPhrase; typed: number } | undefined {
  // The sounds of the next one, two and three words, worked out once for every phrase (most questions have none to hear:
  // a stop word follows the phrase's first word).
  const sounds: string[] = [];
  for (let typed = 1; typed <= MAX_TYPED && i + typed < folded.length; typed++) {
    const word = folded[i + typed]!;
    // A number has no sound to mishear ("the think tank 38 South" is no "think tank" heard).
    if (isStop(word) || word.length > MAX_TYPED_LENGTH || DIGIT.test(word)) break;
    sounds.push(joined(sounds[typed - 2] ?? '', wordSound(word)));
  }
  if (sounds.length === 0) return undefined;
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p]!;
    const meant = restSound(phrase);
    if (meant.length < MIN_SOUND) continue;
    for (let typed = 1; typed <= sounds.length; typed++) {
      if (sounds[typed - 1] !== meant || writtenAs(folded, i + 1, typed, phrase.tokens)) continue;
      // Only to words the knowledge base writes: "missile program" is not misheard for a "missile programme" it never writes.
      if (phrase.tokens.every(isKnown) && !spelledOtherwise(folded, i + 1, typed, phrase.tokens, isKnown)) return { phrase, typed };
    }
  }
  return undefined;
}

/** Whether the typed words are the phrase's rest as written (the phrase itself, found the ordinary way). */
function writtenAs(folded: readonly string[], from: number, typed: number, tokens: readonly string[]): boolean {
  if (typed !== tokens.length - 1) return false;
  for (let t = 0; t < typed; t++) if (folded[from + t] !== tokens[t + 1]) return false;
  return true;
}

/**
 * Whether one typed word is the phrase's one other word spelt another way that the knowledge base writes too, one the
 * start of the other ("missile program", "missile programme"): a word of its own, not misheard ("38 nort" is a slip).
 */
function spelledOtherwise(folded: readonly string[], from: number, typed: number, tokens: readonly string[], isKnown: (word: string) => boolean): boolean {
  if (typed !== 1 || tokens.length !== 2 || !isKnown(folded[from]!)) return false;
  const word = folded[from]!;
  const meant = tokens[1]!;
  return word.startsWith(meant) || meant.startsWith(word);
}
