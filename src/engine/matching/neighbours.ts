import type { Candidate } from './matcher.js';

/**
 * A runner-up scoring at least this share of the best is a close neighbour: the two are so near that
 * the words of the question alone do not tell them apart, and what it asks for (a time, a count, what
 * someone said) must. Chosen on the scored sets: at 0.6 a broad entry giving some other time is offered
 * before the one asked about ("when did Putin and Kim send the letters": the claim's September) instead
 * of saying the article does not give it; 0.75 and 0.85 decide alike.
 */
export const CLOSE_NEIGHBOUR = 0.75;

/**
 * A runner-up this close is as good as tied: only then does a time placed (a year, "13:10") win over one told relative
 * to something else ("two days after the claim"), which also answers "when". At 0.75 "when did the train cross into
 * Russia" is declined for the 13:10 image, which the crossing's own entry answers; on the scored sets 0.9 reaches as much.
 */
export const NEAR_TIE = 0.9;

/** The close neighbours of the best-ranked intent (runner-ups scoring at least `share` of it), best first. */
export function closeNeighbours(ranked: readonly Candidate[], share = CLOSE_NEIGHBOUR): string[] {
  const best = ranked[0];
  if (best === undefined) return [];
  const close: string[] = [];
  for (let i = 1; i < ranked.length; i++) if (ranked[i]!.score >= share * best.score) close.push(ranked[i]!.intent);
  return close;
}
