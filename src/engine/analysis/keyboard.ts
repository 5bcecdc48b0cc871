/**
 * Which letters sit next to each other on a Norwegian (and, without æ/ø/å, an English) QWERTY
 * keyboard: a finger or thumb that slips hits a neighbour ("thw" for "the", "whem" for "when",
 * "mrd" for "med"), so a neighbour is a likely slip where any other letter is a different word.
 */
// Each row's letters, and how far the row is shifted right of the one above (in keys).
const ROWS: ReadonlyArray<[string, number]> = [
  ['1234567890', -0.5],
  ['qwertyuiopå', 0],
  ['asdfghjkløæ', 0.25],
  ['zxcvbnm', 0.75],
];

const NEIGHBOURS: ReadonlyMap<string, string> = (() => {
  const at = new Map<string, [number, number]>();
  ROWS.forEach(([letters, shift], row) => [...letters].forEach((letter, column) => at.set(letter, [row, column + shift])));
  const neighbours = new Map<string, string>();
  for (const [letter, [row, x]] of at) {
    let near = '';
    for (const [other, [otherRow, otherX]] of at) {
      if (other === letter) continue;
      const sameRow = row === otherRow && Math.abs(x - otherX) === 1;
      // Digits neighbour digits only: "48" for "38", never a letter for a digit.
      const nextRow = Math.abs(row - otherRow) === 1 && Math.abs(x - otherX) <= 0.75 && row > 0 && otherRow > 0;
      if (sameRow || nextRow) near += other;
    }
    neighbours.set(letter, near);
  }
  return neighbours;
})();

/** The letters next to `letter` on the keyboard ('' for anything that is not a letter key). */
export function keyNeighbours(letter: string): string {
  return NEIGHBOURS.get(letter) ?? '';
}

const SHORT_NUMBER = /^\d\d?$/;

/**
 * Whether `typed` is a slip of `meant`: one key hit beside the right one or two keys swapped, or in
 * a word of four letters or more any one letter left out, added or changed.
 */
export function isSlipOf(typed: string, meant: string): boolean {
  if (typed === meant) return false;
  // A year, a decade or an amount is what a question asks about ("since 2016", "the 80s"): only a
  // number of two digits in a name ("48 north") is taken for a slip.
  if (/\p{N}/u.test(typed + meant) && !(SHORT_NUMBER.test(typed) && SHORT_NUMBER.test(meant))) return false;
  if (isNeighbourSlip(typed, meant) || isSwap(typed, meant)) return true;
  return Math.min(typed.length, meant.length) >= 4 && isOneEdit(typed, meant);
}

/** Whether `b` is `a` with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Whether `a` and `b` differ by one letter left out, added or changed. */
function isOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether `typed` is `meant` with one letter hit on a neighbouring key. */
export function isNeighbourSlip(typed: string, meant: string): boolean {
  if (typed.length !== meant.length) return false;
  let slip = -1;
  for (let i = 0; i < typed.length; i++) {
    if (typed[i] === meant[i]) continue;
    if (slip >= 0) return false;
    slip = i;
  }
  return slip >= 0 && keyNeighbours(meant[slip]!).includes(typed[slip]!);
}
