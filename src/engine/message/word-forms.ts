// Forms of one word in either language ("missila", "missiler", "missiles"; "hesta", "hester"): they share
// all but their last few letters, and at least SAME_STEM of them.
const SAME_STEM = 4;
const ENDING = 3;

export function sameWord(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= SAME_STEM && Math.min(a.length, b.length) - common <= ENDING && Math.abs(a.length - b.length) <= ENDING;
}
