import { MachineCodePattern } from './machine-code-pattern.js';
import { withoutWrapping } from './wrapping.js';

/**
 * How someone's words are to be given, said beside what is asked: "Hva sa Pyongyang i september, ordrett?", "exact words
 * of the White House accusation", "what were Kirby's exact words". They say nothing of what was said, and matched as
 * words of the question they drew the entry that reports it below the answer cut ("ordrett" read as "ord" and "rett").
 * The question's own tokens keep them: the exact words are still asked for (see AnswerNote).
 */
// prettier-ignore
const QUOTE_REQUEST = new RegExp(
  '(?:^| )(?:' + [
    '(?:the |their |his |her |its )?(?:exact|precise|actual|direct|full) (?:words|wording|quote|quotes|phrase|phrasing|statement)(?: used)?(?: of| from| in| on)?',
    '(?:in )?(?:their|his|her|its) (?:own )?exact words', 'verbatim', 'word for word',
    '(?:den |det )?(?:nøyaktige |eksakte |direkte )?(?:ordlyden|ordlyd|sitatet|sitat|sitatene)(?: i| av| på| fra| frå)?', 'ordrett', 'helt ordrett', 'ord for ord',
  ].join('|') + ')(?= |$)', 'gu');
const QUOTE_WORDS = new Set([
  'exact',
  'precise',
  'actual',
  'direct',
  'full',
  'verbatim',
  'word',
  'ordlyden',
  'ordlyd',
  'sitatet',
  'sitat',
  'sitatene',
  'ordrett',
  'ord',
]);
// What must be left to be asked: "exact words?" alone asks nothing yet.
const MIN_LEFT = 2;

// Compiled to machine code on first use (see machine-code-pattern.ts).
const QUOTE_REQUEST_WRAPPING = new MachineCodePattern(QUOTE_REQUEST);

/** The tokens without a request for someone's exact words, or the tokens themselves when there is none. */
export function withoutQuoteRequest(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => QUOTE_WORDS.has(t))) return tokens;
  return withoutWrapping(tokens, QUOTE_REQUEST_WRAPPING, MIN_LEFT);
}
