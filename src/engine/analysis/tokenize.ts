import { normalizeText } from './normalize.js';

// Letters of every script (natural's word tokenizers split on æ/ø/å), combining marks and digits.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// English contractions, with the apostrophe or typed without it in chat (a lone "i" goes, as ever): "didn't" and "didnt" are
// "did not", not the word "didn"; "they'll" is "they will" (a question for the future).
const IRREGULAR_NOT = new Map(Object.entries({ won: 'will', wo: 'will', can: 'can', ca: 'can', sha: 'shall', ai: 'is' }));
const CONTRACTION = /(?<=\p{L})'(re|ve|ll|d|m)(?!\p{L})/gu;
const CONTRACTED = { re: 'are', ve: 'have', ll: 'will', d: 'would', m: 'am' } as const;
const NOT = /(\p{L}+)n't(?!\p{L})/gu;
const POSSESSIVE_S = /(?<=\p{L})'s(?!\p{L})/gu;
// Words chat types for others, looked up once per token: contractions typed without the apostrophe ("whats" is "what
// is"), ordinals written with digits ("1st pic": the words every text uses, not a figure no entry gives), shorthand.
// prettier-ignore
const WRITTEN_FOR = new Map<string, readonly string[]>(Object.entries({
  whats: ['what', 'is'], thats: ['that', 'is'], isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'],
  werent: ['were', 'not'], dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], cant: ['can', 'not'],
  wont: ['will', 'not'], couldnt: ['could', 'not'], wouldnt: ['would', 'not'], shouldnt: ['should', 'not'],
  havent: ['have', 'not'], hasnt: ['has', 'not'], hadnt: ['had', 'not'], im: ['am'], ive: ['have'],
  youre: ['you', 'are'], theyre: ['they', 'are'], theyve: ['they', 'have'], weve: ['we', 'have'], hes: ['he', 'is'],
  shes: ['she', 'is'], whos: ['who', 'is'], wheres: ['where', 'is'], hows: ['how', 'is'], theres: ['there', 'is'],
  '1st': ['first'], '2nd': ['second'], '3rd': ['third'],
  // Chat's shorthand for a question word or a preposition: "wtf is 38 north" asks what it is, "abt" is "about".
  wtf: ['what'], wth: ['what'], abt: ['about'],
  // "How many ICBMs": the intercontinental missiles the texts name in words (they count ballistic missiles at large).
  icbm: ['intercontinental', 'missile'], icbms: ['intercontinental', 'missiles'],
  // "wat can u do": "what" as chat spells it; "sry" is "sorry", no slip of a word the knowledge base knows ("dry").
  wat: ['what'], wut: ['what'], wot: ['what'], sry: ['sorry'], srry: ['sorry'], soz: ['sorry'],
  // Norwegian note-taking: "ant. hester" is the number of horses.
  ant: ['antall'],
  // "You" and "are" as chat and dialects write them: "do u like horses" asks the bot's liking, as "do you like" does.
  u: ['you'], ur: ['your'], ye: ['you'], r: ['are'],
  // Texting without vowels: "wht ws on the train", "whn wz pic 3", "hvm tok bldn", "hvrfr e broen viktig" (not "tk", also "takk").
  wht: ['what'], wt: ['what'], whn: ['when'], whr: ['where'], wz: ['was'], ws: ['was'], twd: ['toward'], twds: ['towards'],
  hvm: ['hvem'], hvrfr: ['hvorfor'], hvfr: ['hvorfor'], hvrdn: ['hvordan'], bldn: ['bildene'],
  // Shorthand for years and months: "first train in yrs?" (three letters are too few for the vowelless reading).
  yr: ['year'], yrs: ['years'], mths: ['months'], mos: ['months'],
}));
const DIGIT = /\p{N}/u;
const WHEN_NB = ['når'];
// A letter typed three times or more is stretched for emphasis ("whooo", "heyyy", "hallooo", "HÆÆÆ", "sååå"): it stands
// once, or twice where English doubles it before a consonant ("tooook", "goood"; "pleeease" is "please").
const STRETCHED = /(\p{L})\1\1+/gu;
const DOUBLED_INSIDE = new Set(['e', 'o']);
const CONSONANT = /[b-df-hj-np-tv-z]/u;

function unstretched(text: string): string {
  if (!mayBeStretched(text)) return text;
  return text.replace(STRETCHED, (run: string, letter: string, at: number) =>
    DOUBLED_INSIDE.has(letter) && CONSONANT.test(text.charAt(at + run.length)) ? letter + letter : letter,
  );
}

const HIGH_SURROGATE = 0xd800;
const LOW_SURROGATE_END = 0xdfff;

/**
 * Whether STRETCHED may match: the same character three times in a row, or a character outside the basic plane (a
 * surrogate pair, which a scan by UTF-16 units does not see repeated). A scan by character code: every text of a build
 * goes through here, and the pattern's back-reference over \p{L} costs far more.
 */
function mayBeStretched(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= HIGH_SURROGATE && c <= LOW_SURROGATE_END) return true;
    if (i >= 2 && c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** Whether a token holds a figure (DIGIT): ASCII digits found by code, any other script's numerals by the pattern. */
function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= ZERO && c <= NINE) return true;
    if (c >= FIRST_NON_ASCII_NUMBER) return DIGIT.test(token);
  }
  return false;
}
const ZERO = 48;
const NINE = 57;
// "²" (U+00B2): the first character past ASCII that \p{N} matches.
const FIRST_NON_ASCII_NUMBER = 0xb2;

/** Normalised word tokens. Hyphenated names ("Nord-Korea", "Jong-un") become their parts. */
export function tokenize(text: string): string[] {
  // Most messages stretch no letter: a scan by character code tells, and the pattern does not run.
  let normal = unstretched(normalizeText(text));
  // Most messages have no apostrophe: the contraction patterns only run when one is there.
  if (normal.includes("'")) {
    normal = normal
      .replace(NOT, (_, stem: string) => `${IRREGULAR_NOT.get(stem) ?? stem} not`)
      .replace(CONTRACTION, (_, ending: keyof typeof CONTRACTED) => ` ${CONTRACTED[ending]}`)
      // "'s" (is, has or a genitive) carries nothing, and is no letter spelling a name with the next ("what's a" is no "sa").
      .replace(POSSESSIVE_S, '');
  }
  // "Nord-Afr|ka", "th|ng": a bar between letters is an "i" an OCR app misread (Discord's spoiler bars stand in pairs).
  if (normal.includes('|')) normal = normal.replace(BAR_IN_WORD, 'i');
  const tokens: string[] = [];
  const words = normal.match(WORD);
  // No `?? []` to loop over: an empty literal has another array shape than match's, and the first
  // empty message would throw V8's optimised tokenize away (it then runs slow for hundreds of questions).
  if (words === null) return tokens;
  const joined = spelledOut(words);
  for (let w = 0; w < joined.length; w++) {
    const token = joined[w]!;
    // "What is a satellite", "what's a think tank": the article kept (as "an"), so the question reads as asking what such a
    // thing is in general, not what "satellite" names (see asked-detail.ts).
    if (token === 'a' && opensWhatIs(tokens)) {
      tokens.push('an');
      continue;
    }
    // "nr sendte de brevene": "når" texted, opening a question; "bilde nr 2" is a number.
    const meant =
      token === 'nr' && tokens.length === 0 && !hasDigit(joined[w + 1] ?? '0')
        ? WHEN_NB
        : (WRITTEN_FOR.get(token) ?? (hasDigit(token) ? misreadDigits(token) : undefined));
    // A lone letter ("s" of "Korea's") carries nothing; a lone digit may ("3 vogner"); "I" stays dropped.
    if (token.length === 1 && meant === undefined && !hasDigit(token)) continue;
    if (meant === undefined) tokens.push(token);
    else for (let m = 0; m < meant.length; m++) tokens.push(meant[m]!);
  }
  return tokens;
}

// A word of letters with a "0" or a "1" among them, as an OCR app reads a screenshot or a troll types ("N0rth", "b0t",
// "hemme1ighet", "pr00f"): the letters "o" and "l" misread. Not a name with a number ("f16", "mig29", "kn23"), nor one
// letter and a digit ("f1", "e1"), nor a number with its unit ("1pm", "10km", "1st").
const BAR_IN_WORD = /(?<=\p{L})\|(?=\p{L})/gu;
const MISREAD_DIGITS = /^\p{L}[\p{L}01]*$/u;
const MIN_MISREAD_LETTERS = 2;

function misreadDigits(token: string): string[] | undefined {
  if (!MISREAD_DIGITS.test(token)) return undefined;
  let letters = 0;
  for (let i = 0; i < token.length; i++) if (token[i] !== '0' && token[i] !== '1') letters++;
  return letters >= MIN_MISREAD_LETTERS ? [token.replace(/0/g, 'o').replace(/1/g, 'l')] : undefined;
}

/** Whether the tokens so far open "what is" ("what's" is tokenized "what"): nothing else before it. */
function opensWhatIs(tokens: readonly string[]): boolean {
  return (tokens.length === 2 && tokens[0] === 'what' && tokens[1] === 'is') || (tokens.length === 1 && tokens[0] === 'what');
}

const a = 97;
const z = 122;

/**
 * A letter that may start a spelled-out name ("u n", "n k", "f n"): not one that is a word itself
 * ("a", "i", "å", "e" and "æ" in dialect). By character code: it is asked of every word of every text.
 */
function spells(word: string): boolean {
  if (word.length !== 1) return false;
  const c = word.charCodeAt(0);
  return c > a && c <= z && c !== 101 && c !== 105;
}

/** A letter that may go on spelling it ("u s a"): not "i", "e", "å", "æ" ("ifølge f n å selge"). */
function continuesSpelling(word: string | undefined): boolean {
  if (word === undefined || word.length !== 1) return false;
  const c = word.charCodeAt(0);
  return c >= a && c <= z && c !== 101 && c !== 105;
}

/** Whether some letter that spells a name is followed by one that goes on spelling it. */
function hasSpelling(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if ((spells(words[i]!) && continuesSpelling(words[i + 1])) || spacedOutAt(words, i) > i) return true;
  return false;
}

// A word spaced out letter by letter for emphasis ("in  s e c r e t", "W H O"): this many single letters or more in a row,
// "e" and "i" among them, are one word.
const SPACED_OUT = 4;

/** The last of the single letters from i on when there are SPACED_OUT or more of them (a-z), else i. */
function spacedOutAt(words: readonly string[], i: number): number {
  let j = i;
  while (j < words.length && isLetter(words[j]!)) j++;
  return j - i >= SPACED_OUT ? j - 1 : i;
}

/** Whether a word is one letter, a to z. */
function isLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length === 1 && c >= a && c <= z;
}

/** Letters spelled out one by one, as dictation types "U.N." or "USA" ("u n", "u s a"), joined into the word. */
function spelledOut(words: string[]): string[] {
  if (!hasSpelling(words)) return words;
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let j = spacedOutAt(words, i);
    if (j === i && spells(words[i]!)) while (j + 1 < words.length && continuesSpelling(words[j + 1])) j++;
    if (j > i && inAlphabeticalOrder(words, i, j)) joined.push(words[i]!);
    else {
      joined.push(words.slice(i, j + 1).join(''));
      i = j;
    }
  }
  return joined;
}

/** Whether letters i..j follow one another in the alphabet: the options of a quiz ("a b c", "b c d"), no name spelled. */
function inAlphabeticalOrder(words: readonly string[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (words[k + 1]!.charCodeAt(0) !== words[k]!.charCodeAt(0) + 1) return false;
  return true;
}
