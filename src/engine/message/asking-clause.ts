import { isConversationIntent } from '../../kb/conversation-intents.js';
import { MATCH_FEATURES, type Match } from '../matching/matcher.js';
import { askedDetail } from './asked-detail.js';
import type { AskedPart, MatchTokens } from './asked-part.js';
import { messageTokens } from './message-tokens.js';
import { questionFrame } from './question-frame.js';
import { isQuestion } from './sentences.js';

// Where a sentence's clauses part: a comma, a semicolon or a dash between spaces ("Moscow–Pyongyang" is one word).
const CLAUSE_BREAK = /[,;]|\s[-–—]\s/u;
// A clause shorter than this is a courtesy or a fragment ("ok", "vel"), not a part that asks.
const MIN_CLAUSE_WORDS = 2;
// A clause offering choices ("putin or kim") is what the other clause asks among, not a question of its own.
const CHOICE = new Set(['or', 'eller']);
// A clause opening with one of these tells who the one named before is ("hva sa Kirby, han fra Det hvite hus?").
const PERSON = new Set(['he', 'she', 'han', 'hun', 'ho', 'him', 'ham']);
// An unknown word beside a clause this rare may be just what the article does not give ("stressa" is; "anymore" is not).
const RARE_BESIDE = 0.5;
const UNKNOWN_RAREST = MATCH_FEATURES.indexOf('unknownRarest');

/** A clause that asks, and the tokens of the other clauses of its sentence. */
export interface AskingClause {
  text: string;
  beside: readonly (readonly string[])[];
}

/**
 * The clauses of a sentence that ask ("jeg er litt stressa av nyhetene, kan du hjelpe meg?", "who took these pictures, I
 * don't trust anyone anymore"): each put as a question, or closing one that ends in a question mark; none when the
 * sentence has one clause.
 */
export function askingClauses(sentence: string): AskingClause[] {
  const clauses = sentence
    .split(CLAUSE_BREAK)
    .map((text) => ({ text: text.trim(), tokens: messageTokens(text) }))
    .filter((c) => c.tokens.length > 0);
  if (clauses.length < 2) return [];
  // The last clause of a sentence ending in a question mark carries it; "who took them, I wonder" asks in its first.
  const asks = /\?\s*$/u.test(sentence);
  return clauses.flatMap(({ text, tokens }, i) =>
    (isQuestion(text) || (asks && i === clauses.length - 1)) &&
    tokens.length >= MIN_CLAUSE_WORDS &&
    !tokens.some((w) => CHOICE.has(w)) &&
    !(i > 0 && PERSON.has(tokens[0]!))
      ? [{ text, beside: clauses.filter((_, j) => j !== i).map((c) => c.tokens) }]
      : [],
  );
}

/**
 * Whether the rest of a clause's sentence (`beside`) leaves its question as it is: it asks no detail of its own ("…, og
 * hvor mange?"), frames nothing ("I'm asking what YOU think") and says no rare word the matcher does not know, which
 * may be just what the article does not give. Help or thanks asked beside a worry is still asked.
 */
export function leavesQuestion(beside: readonly (readonly string[])[], part: AskedPart, matchTokens: MatchTokens): boolean {
  const chat = part.match.intent !== null && isConversationIntent(part.match.intent);
  return beside.every(
    (tokens) => askedDetail(tokens) === undefined && questionFrame(tokens) === undefined && (chat || rarestUnknown(matchTokens(tokens, false)) < RARE_BESIDE),
  );
}

function rarestUnknown(match: Match): number {
  return match.features[UNKNOWN_RAREST]!;
}
