import { quotedSpans } from '../language/quoted-spans.js';
import { messageTokens } from './message-tokens.js';

// A line, not a word: a word quoted asks what it means (see quoted-term.ts).
const LEAST_LINE_WORDS = 2;

/**
 * The lines a message quotes from the story to ask about them ("«farfaren til dagens Kim» – hvem er det snakk om?", "who
 * said 'we are still monitoring'?"): what the quote alone is about is what the message asks about, however little its
 * own words ("hvem sier dette?") tell.
 */
export function quotedLines(text: string): string[] {
  return quotedSpans(text).filter((span) => messageTokens(span).length >= LEAST_LINE_WORDS);
}
