import type { Candidate } from './matcher.js';

/**
 * A runner-up scoring at least this share of the best is a close neighbour: the two are so near that
 * the words of the question alone do not tell them apart, and what it asks for (a time, a count, what
 * someone said) must. Chosen on the scored sets: at 0.6 a broad entry giving some other time is offered
 * before the one asked about ("when did Putin and Kim send the letters": the claim's September) instead
 * of saying the article does not give it; 0.75 and 0.85 decide alike.
 */
export const CLOSE_NEIGHBOUR = 0.75;

/** The close neighbours of the best-ranked intent (see CLOSE_NEIGHBOUR), best first. */
export function closeNeighbours(ranked: readonly Candidate[]): string[] {
  const best = ranked[0];
  if (best === undefined) return [];
  const close: string[] = [];
  for (let i = 1; i < ranked.length; i++) if (ranked[i]!.score >= CLOSE_NEIGHBOUR * best.score) close.push(ranked[i]!.intent);
  return close;
}
