/** Levenshtein distance <= max, computed only in the band |i - j| <= max (cost length × (2·max + 1)). */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > max) return false;
  const INF = max + 1;
  let previous = new Array<number>(b.length + 1).fill(INF);
  for (let j = 0; j <= Math.min(b.length, max); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(INF);
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    if (i <= max) current[0] = i;
    let best = current[0]!;
    for (let j = from; j <= to; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current[j] = Math.min(value, INF);
      if (current[j]! < best) best = current[j]!;
    }
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}
