/**
 * People type Norwegian without æ/ø/å ("pa", "naar", "broen" for "på", "når", "brøen"), so every
 * term is compared in a folded form: æ -> ae, ø and oe -> o, å and aa -> a (also ä, ö, é …).
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;
/** Any character outside ASCII (U+0080 and up). */
const NON_ASCII = /[\u0080-\uffff]/;

export function foldNordic(token: string): string {
  let folded = memo.get(token);
  if (folded !== undefined) return folded;
  folded = token.replace(/aa/g, 'a').replace(/oe/g, 'o');
  // Only non-ASCII words need the letter mapping and accent stripping (the slow part).
  if (NON_ASCII.test(folded)) {
    folded = folded
      .replace(/æ/g, 'ae')
      .replace(/[øö]/g, 'o')
      .replace(/[åä]/g, 'a')
      .replace(/aa/g, 'a')
      .replace(/oe/g, 'o')
      .normalize('NFD')
      .replace(/\p{M}/gu, '');
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, folded);
  return folded;
}
