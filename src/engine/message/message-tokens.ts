import { tokenize } from '../analysis/tokenize.js';
import { readClockTimes } from './clock-time.js';
import { withoutAddress } from './address.js';
import { withoutAskersKin } from './askers-kin.js';
import { withBotNamed } from './bot-name.js';
import { withoutIdioms } from './idioms.js';
import { readSpokenNumbers } from './spoken-number.js';
import { readSpokenYears } from './spoken-year.js';
import { withoutStoryTalk } from './story-talk.js';

/** A message's (or one sentence's) tokens as matching reads them: times of day, years and counts said in words are digits; set phrases and the asker's own kin, which ask nothing, are left out. */
export function messageTokens(text: string): string[] {
  return withBotNamed(withoutAskersKin(withoutAddress(withoutStoryTalk(withoutIdioms(readSpokenNumbers(readClockTimes(readSpokenYears(tokenize(text)))))))));
}
