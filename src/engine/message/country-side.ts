/**
 * "The russia side", "NK side", "Russland-sida": a side of the border named by the country, as chat writes it, read as
 * the texts name it ("the Russian side", "på russisk side"). The country's own name drew the entries that name it most,
 * not the picture of the train on that side.
 */
const SIDE = new Set(['side', 'sida', 'siden', 'sia', 'sidå']);
// prettier-ignore
const SIDE_OF: ReadonlyMap<string, readonly string[]> = new Map([
  ['russia', ['russian']], ['russland', ['russisk']], ['rf', ['russian']], ['ru', ['russian']],
  ['korea', ['korean']], ['nordkorea', ['nordkoreansk']], ['nk', ['north', 'korean']], ['dprk', ['north', 'korean']],
]);
// "Nord-Korea" is tokenized "nord" "korea": read as one Norwegian country before a Norwegian word for side.
const NORWEGIAN_SIDE = new Set(['sida', 'siden', 'sia', 'sidå']);

/** Whether a word may end such a side (see withCountrySide). */
export function mayNameSide(word: string): boolean {
  return SIDE.has(word);
}

/** The tokens with each side named by its country read as the texts name it, or the tokens themselves. */
export function withCountrySide(tokens: readonly string[]): readonly string[] {
  let read: string[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!SIDE.has(tokens[i]!)) continue;
    const country = tokens[i - 1]!;
    const norwegianKorea = country === 'korea' && tokens[i - 2] === 'nord' && NORWEGIAN_SIDE.has(tokens[i]!);
    const as = norwegianKorea ? ['nordkoreansk'] : SIDE_OF.get(country);
    if (as === undefined) continue;
    read ??= [...tokens];
    const from = norwegianKorea ? i - 2 : i - 1;
    read.splice(from - (tokens.length - read.length), i - from, ...as);
  }
  return read ?? tokens;
}
