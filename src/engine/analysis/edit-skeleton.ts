/**
 * A cheap test that rules out most one-edit spellings of a word before they are written out and
 * looked up (WordRarity.closestListed tried ~600 strings per misspelt word, each folded: most of a
 * first-seen question's time).
 *
 * A word's skeleton is its folded form without the letters a, o and e. Folding (see foldNordic)
 * only ever changes those letters (aa -> a, oe -> o, æ -> ae, ø -> o, å -> a) and strips accents
 * letter by letter, so the skeleton of a folded word is the skeletons of its letters put together:
 * a spelling whose skeleton is no listed word's cannot fold to a listed word, and is skipped. A
 * letter among a, o, e, æ, ø, å leaves the skeleton as it was, whichever it is, and any other
 * letter adds itself: so the spellings made by changing or adding one letter at one place are
 * ruled out together, by one or two look-ups per place.
 */

/** Letters up to U+02FF: Latin with its accented forms, none a combining mark (those start at U+0300). */
const SAFE_LIMIT = 0x300;
/** A letter of the key patterns that no skeleton contains: where the changed or added letter stands. */
const WILDCARD = '\u0000';

/** Per UTF-16 unit below SAFE_LIMIT, its part of the skeleton ('' for a, o, e, æ, ø, å and their accented forms). */
const UNIT_SKELETON: readonly string[] = Array.from({ length: SAFE_LIMIT }, (_, code) => {
  const letter = String.fromCharCode(code);
  // Folding maps these before accents are stripped (æ and ø have no decomposition to strip).
  if ('æøöåä'.includes(letter)) return '';
  return letter.normalize('NFD').replace(/\p{M}/gu, '').replace(/[aoe]/g, '');
});

/** The skeleton of a word every unit of which is below SAFE_LIMIT. */
export function skeletonOf(word: string, from = 0, to = word.length): string {
  let skeleton = '';
  for (let i = from; i < to; i++) skeleton += UNIT_SKELETON[word.charCodeAt(i)]!;
  return skeleton;
}

/** Whether skeletonOf applies: every unit below SAFE_LIMIT. */
export function hasSkeleton(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= SAFE_LIMIT) return false;
  return true;
}

/** The skeleton of one letter (below SAFE_LIMIT). */
export function letterSkeleton(letter: string): string {
  return UNIT_SKELETON[letter.charCodeAt(0)]!;
}

/**
 * The skeletons of a set of listed words, and each with one letter of it left open: asks whether
 * some listed word may be a given word with one letter changed or added at a given place.
 */
export class EditSkeletons {
  private readonly whole = new Set<string>();
  /** Skeleton with one letter replaced by WILDCARD -> the letters that stood there. */
  private readonly open = new Map<string, string>();

  /** `skeletons`: the listed words' skeletons. */
  constructor(skeletons: Iterable<string>) {
    for (const skeleton of skeletons) {
      if (this.whole.has(skeleton)) continue;
      this.whole.add(skeleton);
      for (let i = 0; i < skeleton.length; i++) {
        const pattern = skeleton.slice(0, i) + WILDCARD + skeleton.slice(i + 1);
        const letters = this.open.get(pattern) ?? '';
        if (!letters.includes(skeleton[i]!)) this.open.set(pattern, letters + skeleton[i]!);
      }
    }
  }

  /** Whether a listed word has this skeleton. */
  has(skeleton: string): boolean {
    return this.whole.has(skeleton);
  }

  /**
   * The letters that, standing between `before` and `after`, make a listed word's skeleton
   * ('' when none): which letters outside a, o, e, æ, ø, å may be changed or added there.
   */
  lettersBetween(before: string, after: string): string {
    return this.open.get(before + WILDCARD + after) ?? '';
  }
}
