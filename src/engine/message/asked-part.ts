import type { Match } from '../matching/matcher.js';
import type { QuestionFrame } from './question-frame.js';

/** A message, or one sentence of it, as matched: what it asks (its frame) and what answers it. */
export interface AskedPart {
  tokens: readonly string[];
  frame: QuestionFrame | undefined;
  match: Match;
}

/** Matches a message's tokens, or one sentence's (a framed question weighs against every entry). */
export type MatchTokens = (tokens: readonly string[], framed: boolean) => Match;
