/**
 * Texts' terms as ids into one list of distinct terms, in flat arrays: text n's term ids are
 * `ids[start[n]..start[n + 1])`, in its order. A build's analysis numbers its terms anyway; handing
 * the index these ids saves looking each of the texts' (tens of thousands of) terms up again by its string.
 */
export interface TextTermIds {
  /** Every term, by id (any numbering: the index numbers them again in its own order). */
  terms: readonly string[];
  start: Int32Array;
  ids: Int32Array;
}

/** The term ids of texts given as lists of terms, numbered in order of first use. */
export function textTermIdsOf(texts: ReadonlyArray<readonly string[]>): TextTermIds {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const start = new Int32Array(texts.length + 1);
  let total = 0;
  for (let n = 0; n < texts.length; n++) total += texts[n]!.length;
  const ids = new Int32Array(total);
  let at = 0;
  for (let n = 0; n < texts.length; n++) {
    start[n] = at;
    const own = texts[n]!;
    for (let k = 0; k < own.length; k++) {
      const term = own[k]!;
      let id = idOf.get(term);
      if (id === undefined) {
        idOf.set(term, (id = terms.length));
        terms.push(term);
      }
      ids[at++] = id;
    }
  }
  start[texts.length] = at;
  return { terms, start, ids };
}
