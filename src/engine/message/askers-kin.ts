/**
 * The asker's own family ("my grandson set this up", "barnebarnet mitt spør", "min bestefar sier"): who asks, not what.
 * The article's people have kin too (Kim Il-sung, grandfather of today's Kim), so these words are topic words unless
 * the asker claims them as theirs.
 */
// prettier-ignore
const KIN = new Set([
  'grandson', 'granddaughter', 'grandchild', 'grandchildren', 'grandkid', 'grandkids', 'grandfather', 'grandpa', 'granddad', 'grandad',
  'grandmother', 'family', 'relative', 'relatives', 'son', 'daughter', 'kids', 'children',
  'barnebarn', 'barnebarnet', 'barnebarna', 'barnebarnene', 'bestefar', 'bestefaren', 'farfar', 'morfar', 'familie', 'familien', 'familja',
  'slektning', 'slektningen', 'sønn', 'sønnen', 'datter', 'dattera', 'datteren', 'ungen', 'ungene', 'barna', 'barnet',
]);
// The asker's other people ("my wife", "kompisen min", "our teacher") asking through them: words for no one the article
// names, which would weigh against every entry as words it does not know.
// prettier-ignore
const PEOPLE = new Set([
  'grandma', 'granny', 'nan', 'nana', 'mom', 'mum', 'mother', 'dad', 'father', 'parents', 'wife', 'husband', 'partner', 'girlfriend', 'boyfriend',
  'uncle', 'aunt', 'sister', 'brother', 'cousin', 'friend', 'friends', 'buddy', 'mate', 'teacher', 'boss', 'colleague', 'neighbour', 'neighbor',
  'bestemor', 'bestemora', 'bestemoren', 'mormor', 'farmor', 'mamma', 'pappa', 'mor', 'far', 'moren', 'faren', 'mora', 'foreldre', 'foreldrene',
  'kona', 'kone', 'mannen', 'samboer', 'samboeren', 'kjæresten', 'onkel', 'onkelen', 'tante', 'tanta', 'tanten', 'søster', 'søstera', 'søsteren',
  'bror', 'broren', 'fetter', 'fetteren', 'kusine', 'kusina', 'venn', 'vennen', 'venninne', 'venninna', 'venninnen', 'kompis', 'kompisen',
  'lærer', 'læreren', 'læraren', 'sjef', 'sjefen', 'kollega', 'kollegaen', 'nabo', 'naboen', 'svoger', 'svogeren', 'svigerfar', 'svigermor',
  'coworker', 'coworkers', 'colleagues', 'classmate', 'classmates', 'roommate', 'flatmate', 'housemate', 'lillebror', 'lillebroren', 'storebror',
  'storebroren', 'lillesøster', 'lillesøstera', 'lillesøsteren', 'storesøster', 'storesøstera', 'storesøsteren', 'kollegaene', 'klassekamerat',
  'klassekameraten', 'medstudent', 'medstudenten', 'studiekamerat', 'studiekameraten', 'svigerinne', 'svigerinna', 'sambo', 'samboeren',
]);
// What they are said to ask, right after them: "my wife wonders …", "kona mi lurer på om …", "my son keeps asking me …".
// prettier-ignore
const ASKING: ReadonlyArray<readonly string[]> = [
  ['wants', 'to', 'know'], ['wanted', 'to', 'know'], ['would', 'like', 'to', 'know'], ['wonders'], ['wondered'], ['is', 'wondering'],
  ['was', 'wondering'], ['keeps', 'asking', 'me'], ['keeps', 'asking'], ['kept', 'asking'], ['is', 'asking'], ['asks'], ['asked', 'me'],
  ['asked'], ['lurer', 'på'], ['lurte', 'på'], ['vil', 'vite'], ['ville', 'vite'], ['spør', 'meg'], ['spør'], ['spurte', 'meg'], ['spurte'],
];
// The asker's possessive before what is theirs ("my wife", "our piece") or, in Norwegian, after it ("kona mi").
export const MINE_BEFORE: ReadonlySet<string> = new Set(['my', 'our', 'min', 'mitt', 'mi', 'mine', 'vår', 'vårt', 'våre']);
export const MINE_AFTER: ReadonlySet<string> = new Set(['min', 'mitt', 'mi', 'mine', 'vår', 'vårt', 'våre']);

/** Whether a word may name someone's kin (see withoutAskersKin): a message with none is left as it is. */
export function mayNameKin(word: string): boolean {
  return KIN.has(word) || PEOPLE.has(word);
}

/**
 * The tokens without the asker's own kin and people, the possessive claiming them and what they are said to ask
 * ("my wife wonders"), the same array when there are none.
 */
export function withoutAskersKin(tokens: readonly string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!KIN.has(t) && !PEOPLE.has(t)) {
      out?.push(t);
      continue;
    }
    const after = MINE_AFTER.has(tokens[i + 1] ?? '') ? 1 : ownersPerson(tokens, i + 1);
    const asking = askingAt(tokens, i + 1 + after);
    // "My little brother wants to know", "my history teacher asked": words between the possessive and a person who asks.
    const before = MINE_BEFORE.has(tokens[i - 1] ?? '') ? 1 : asking > 0 ? possessiveBefore(tokens, i) : 0;
    // Other people only when they ask: what "my uncle says" is hearsay to be checked (see request-frame.ts).
    if ((before === 0 && after === 0) || (!KIN.has(t) && asking === 0)) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.length -= Math.min(before, out.length);
    i += after + asking;
  }
  return out ?? (tokens as string[]);
}

// At most this many words between the possessive and the person who asks ("my 12 year old son wants to know").
const MAX_BETWEEN = 3;
// Words that end a question's opening: a possessive further back is no part of who asks ("what did my … ").
// prettier-ignore
const ASKS = new Set(['what', 'who', 'when', 'where', 'why', 'how', 'which', 'hva', 'hvem', 'når', 'hvor', 'hvorfor', 'hvordan', 'kva', 'kven', 'kvar']);

/** How many tokens before `at` reach back to the asker's possessive over a few describing words ("my little"); 0 when none. */
function possessiveBefore(tokens: readonly string[], at: number): number {
  for (let k = 2; k <= MAX_BETWEEN + 1 && at - k >= 0; k++) {
    const word = tokens[at - k]!;
    if (ASKS.has(tokens[at - k + 1]!)) return 0;
    if (MINE_BEFORE.has(word)) return k;
  }
  return 0;
}

/** How many tokens from `at` name whose person it is, in Norwegian ("faren til kjæresten min"); 0 when they do not. */
function ownersPerson(tokens: readonly string[], at: number): number {
  const owner = tokens[at + 1] ?? '';
  return tokens[at] === 'til' && (KIN.has(owner) || PEOPLE.has(owner)) && MINE_AFTER.has(tokens[at + 2] ?? '') ? 3 : 0;
}

/** How many tokens from `at` say what someone asks ("wants to know", "lurer på"); 0 when they do not. */
function askingAt(tokens: readonly string[], at: number): number {
  for (const phrase of ASKING) if (phrase.every((word, k) => tokens[at + k] === word)) return phrase.length;
  return 0;
}
