/**
 * How letters run in each language's words: the letter trigrams of the words the training texts use in one language
 * only. A word no text and no everyday list knows ("brevveksling", "grafikk", "sanksjonsbrudd") still reads as one
 * language or the other by its letters ("kk", "-ing", "sj" against "th", "-tion", "w"), so a one-word message of it is
 * answered in its language rather than by the fallback.
 */
export class LetterRuns {
  private readonly nb = new Map<string, number>();
  private readonly en = new Map<string, number>();
  private totalNb = 0;
  private totalEn = 0;

  /** Learns a (folded) word the training texts use `nb` and `en` times: only one used in one language says how it is spelt. */
  add(word: string, nb: number, en: number): void {
    if (nb > 0 === en > 0 || word.length < MIN_LENGTH || !LETTERS.test(word)) return;
    const [counts, lang] = nb > 0 ? [this.nb, 'nb'] : [this.en, 'en'];
    const padded = `^${word}$`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const trigram = padded.slice(i, i + 3);
      counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
    }
    if (lang === 'nb') this.totalNb += padded.length - 2;
    else this.totalEn += padded.length - 2;
  }

  /**
   * A (folded) word's vote for Norwegian (> 0) or English (< 0), at most MAX_VOTE either way: the mean log ratio of its
   * trigrams' frequencies in the two languages' words, 0 for a word too short to tell or when either side knows nothing.
   */
  vote(word: string): number {
    if (word.length < MIN_LENGTH || !LETTERS.test(word) || this.totalNb === 0 || this.totalEn === 0) return 0;
    const padded = `^${word}$`;
    let sum = 0;
    let n = 0;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const trigram = padded.slice(i, i + 3);
      sum += Math.log(((this.nb.get(trigram) ?? 0) + SMOOTHING) / this.totalNb) - Math.log(((this.en.get(trigram) ?? 0) + SMOOTHING) / this.totalEn);
      n++;
    }
    const mean = sum / n;
    // A weak lean is no evidence: names and loanwords run alike in both ("journalist", "container").
    if (Math.abs(mean) < LEAN) return 0;
    return Math.max(-MAX_VOTE, Math.min(MAX_VOTE, mean));
  }
}

// Shorter words are abbreviations and names as often as words ("nk", "un", "kim").
const MIN_LENGTH = 5;
const LETTERS = /^[a-z]+$/;
const SMOOTHING = 0.5;
const LEAN = 0.35;
// Less than a word list's vote (1): letters decide a word alone, not against words the lists know ("asdfgh sry trykka feil").
const MAX_VOTE = 0.6;
