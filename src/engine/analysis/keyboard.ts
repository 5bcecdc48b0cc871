/**
 * Which letters sit next to each other on a Norwegian (and, without æ/ø/å, an English) QWERTY
 * keyboard: a finger or thumb that slips hits a neighbour ("thw" for "the", "whem" for "when",
 * "mrd" for "med"), so a neighbour is a likely slip where any other letter is a different word.
 */
// Each row's letters, and how far the row is shifted right of the one above (in keys).
const ROWS: ReadonlyArray<[string, number]> = [
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
      const nextRow = Math.abs(row - otherRow) === 1 && Math.abs(x - otherX) <= 0.75;
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
