import { tokenize } from '../analysis/tokenize.js';
import { readClockTimes } from './clock-time.js';
import { readSpokenNumbers } from './spoken-number.js';
import { readSpokenYears } from './spoken-year.js';

/** A message's (or one sentence's) tokens as matching reads them: times of day, years and counts said in words are digits. */
export function messageTokens(text: string): string[] {
  return readSpokenNumbers(readClockTimes(readSpokenYears(tokenize(text))));
}
