/**
 * People type Norwegian without æ/ø/å ("pa", "naar", "broen" for "på", "når", "brøen"), so every
 * term is compared in a folded form: æ -> ae, ø and oe -> o, å and aa -> a (also ä, ö, é …).
 */
export function foldNordic(token: string): string {
  return token
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
