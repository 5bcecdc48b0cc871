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
    const before = MINE_BEFORE.has(tokens[i - 1] ?? '');
    const after = MINE_AFTER.has(tokens[i + 1] ?? '');
    const asking = askingAt(tokens, after ? i + 2 : i + 1);
    // Other people only when they ask: what "my uncle says" is hearsay to be checked (see request-frame.ts).
    if ((!before && !after) || (!KIN.has(t) && asking === 0)) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    if (before) out.pop();
    i += (after ? 1 : 0) + asking;
  }
  return out ?? (tokens as string[]);
}

/** How many tokens from `at` say what someone asks ("wants to know", "lurer på"); 0 when they do not. */
function askingAt(tokens: readonly string[], at: number): number {
  for (const phrase of ASKING) if (phrase.every((word, k) => tokens[at + k] === word)) return phrase.length;
  return 0;
}
