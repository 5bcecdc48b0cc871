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
const MINE_BEFORE = new Set(['my', 'our', 'min', 'mitt', 'mi', 'mine', 'vår', 'vårt', 'våre']);
const MINE_AFTER = new Set(['min', 'mitt', 'mi', 'mine', 'vår', 'vårt', 'våre']);

/** Whether a word may name someone's kin (see withoutAskersKin): a message with none is left as it is. */
export function mayNameKin(word: string): boolean {
  return KIN.has(word);
}

/** The tokens without the asker's own kin and the possessive claiming them (the same array when there are none). */
export function withoutAskersKin(tokens: readonly string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!KIN.has(t)) {
      out?.push(t);
      continue;
    }
    const before = MINE_BEFORE.has(tokens[i - 1] ?? '');
    const after = MINE_AFTER.has(tokens[i + 1] ?? '');
    if (!before && !after) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    if (before) out.pop();
    if (after) i++;
  }
  return out ?? (tokens as string[]);
}
