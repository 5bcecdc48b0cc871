import { tokenize } from '../analysis/tokenize.js';
import { readClockTimes } from './clock-time.js';

/** A message's (or one sentence's) tokens as matching reads them: times of day said in words are digits. */
export function messageTokens(text: string): string[] {
  return readClockTimes(tokenize(text));
}
