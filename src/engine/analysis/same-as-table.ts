import type { LexiconFile } from './lexicon.js';

const sameAsTables = new WeakMap<LexiconFile, SameAsTable>();

/**
 * Per lexicon word, the other words of its concepts (and per concept term, "#kirby", all its words), worked out for a
 * word when first asked: a start answering one question asks for a handful of the lexicon's thousands of words.
 */
export class SameAsTable {
  /** Per word (and concept term), the word lists of its concepts, in the lexicon's order. */
  private readonly conceptsOf = new Map<string, string[][]>();
  private readonly known = new Map<string, string[]>();

  constructor(lexicon: LexiconFile) {
    for (const [name, words] of Object.entries(lexicon.concepts)) {
      const forms = words.map((w) =>
        w
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim(),
      );
      for (const form of forms) {
        if (form.includes(' ')) continue;
        const concepts = this.conceptsOf.get(form);
        if (concepts) concepts.push(forms);
        else this.conceptsOf.set(form, [forms]);
      }
      // And by the concept's term ("#kirby"), as the matcher reads a word into it.
      this.conceptsOf.set(`#${name}`, [forms]);
    }
  }

  get(word: string): string[] | undefined {
    let same = this.known.get(word);
    if (same !== undefined) return same;
    const concepts = this.conceptsOf.get(word);
    if (concepts === undefined) return undefined;
    same = word.startsWith('#') ? concepts[0]! : concepts.flatMap((forms) => forms.filter((f) => f !== word));
    this.known.set(word, same);
    return same;
  }
}

/** The table of a lexicon: made once per lexicon (every engine built on it shares it). */
export function sameAsOf(lexicon: LexiconFile): SameAsTable {
  let table = sameAsTables.get(lexicon);
  if (!table) sameAsTables.set(lexicon, (table = new SameAsTable(lexicon)));
  return table;
}
