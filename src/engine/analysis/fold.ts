/**
 * People type Norwegian without æ/ø/å ("pa", "naar", "broen" for "på", "når", "brøen"), so every
 * term is compared in a folded form: æ -> ae, ø and oe -> o, å and aa -> a (also ä, ö, é …).
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;
/** Any character outside ASCII (U+0080 and up). */
const NON_ASCII = /[\u0080-\uffff]/;
// Module constants: a regular expression literal in the function would be a new object per word.
const AE = /æ/g;
const O_SLASH = /[øö]/g;
const A_RING = /[åä]/g;
const MARKS = /\p{M}/gu;

export function foldNordic(token: string): string {
  let folded = memo.get(token);
  if (folded !== undefined) return folded;
  // Plain string replacement, the same left-to-right, non-overlapping one as /aa/g (no regular expression per word).
  folded = token.replaceAll('aa', 'a').replaceAll('oe', 'o');
  // Only non-ASCII words need the letter mapping and accent stripping (the slow part).
  if (NON_ASCII.test(folded)) {
    folded = folded
      .replace(AE, 'ae')
      .replace(O_SLASH, 'o')
      .replace(A_RING, 'a')
      .replaceAll('aa', 'a')
      .replaceAll('oe', 'o')
      .normalize('NFD')
      .replace(MARKS, '');
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, folded);
  return folded;
}
