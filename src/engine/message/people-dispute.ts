import { TokenPatternSet } from './token-pattern.js';

/**
 * A dispute between the asker and people they know, put to the bot to settle ("my mate says 38 North took them, I say
 * Planet Labs. who's right?", "onkel sier de aldri har kommentert det, jeg mener de har nekta. hvem har rett?"): its
 * "who is right" asks which claim the article bears out, no opinion. Between the story's sides ("USA sier …, Nord-Korea
 * sier …, hvem har rett?") it is one: no one of the asker's own is in it.
 */
// prettier-ignore
const WHO_IS_RIGHT = new TokenPatternSet([
  ['who', 'is', 'right'], ['who', 's', 'right'], ['whos', 'right'], ['who', 'is', 'correct'], ['who', 's', 'correct'],
  ['hvem', 'har', 'rett'], ['kven', 'har', 'rett'], ['kem', 'har', 'rett'], ['hvem', 'av', 'oss', 'har', 'rett'], ['kven', 'av', 'oss', 'har', 'rett'],
]);
// The asker among the sides: "I say", "my brother says", "jeg mener", "kompisen min påstår", "vi krangler".
// (One-letter words are no tokens: "I" is not there to look for.)
// prettier-ignore
const OWN = new Set([
  'my', 'me', 'we', 'us', 'our', 'mine', 'jeg', 'eg', 'æ', 'meg', 'min', 'mitt', 'mi', 'vi', 'oss', 'vår', 'våre',
]);
const SIDES = 'right rett correct'.split(' ');

/** Whether a message puts a dispute among the asker's people to be settled by asking who is right. */
export function settlesDispute(tokens: readonly string[]): boolean {
  return WHO_IS_RIGHT.matches(tokens) && tokens.some((t) => OWN.has(t));
}

/** The tokens without the words of "who is right" that make it a verdict: what is left asks which claim holds. */
export function withoutWhoIsRight(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !SIDES.includes(t));
}
