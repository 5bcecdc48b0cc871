import { tokenize } from '../analysis/tokenize.js';
import { BoundedMemo } from './bounded-memo.js';
import { mayTellTime, readClockTimes } from './clock-time.js';
import { mayAddress, withoutAddress } from './address.js';
import { mayNameKin, withoutAskersKin } from './askers-kin.js';
import { mayNameWork, withoutAskersWork } from './askers-work.js';
import { mayNameBot, withBotNamed } from './bot-name.js';
import { mayNameBotOfArticle, withoutBotOfArticle } from './bot-article.js';
import { maySayStrength, withoutEvidenceStrength } from './evidence-strength.js';
import { mayBeCountedMuch, readCountedMuch } from './counted-much.js';
import { mayNameSide, withCountrySide } from './country-side.js';
import { mayNameFriendship, withFriendshipAsTies } from './friendship-ties.js';
import { mayAskFirstOfTwo, readFirstOfTwo } from './first-of-two.js';
import { mayStartIdiom, withoutIdioms } from './idioms.js';
import { mayOfferChoice, withCleftChoiceRead } from './offered-choice.js';
import { maySayCount, readSpokenNumbers } from './spoken-number.js';
import { maySayYear, readSpokenYears } from './spoken-year.js';
import { mayTalk, withoutStoryTalk } from './story-talk.js';

/**
 * The readers of a message's tokens, in the order they read them; each leaves tokens as they are (the same array)
 * when no token is a word it `mayRead`.
 */
const READERS: ReadonlyArray<{ mayRead: (word: string) => boolean; read: (tokens: readonly string[]) => readonly string[] }> = [
  { mayRead: maySayYear, read: readSpokenYears },
  { mayRead: mayTellTime, read: readClockTimes },
  { mayRead: maySayCount, read: readSpokenNumbers },
  { mayRead: mayBeCountedMuch, read: readCountedMuch },
  { mayRead: mayStartIdiom, read: withoutIdioms },
  { mayRead: mayOfferChoice, read: withCleftChoiceRead },
  { mayRead: mayAskFirstOfTwo, read: readFirstOfTwo },
  { mayRead: mayNameSide, read: withCountrySide },
  { mayRead: mayNameFriendship, read: withFriendshipAsTies },
  { mayRead: mayTalk, read: withoutStoryTalk },
  { mayRead: mayAddress, read: withoutAddress },
  { mayRead: mayNameKin, read: withoutAskersKin },
  { mayRead: mayNameWork, read: withoutAskersWork },
  { mayRead: mayNameBot, read: withBotNamed },
  { mayRead: mayNameBotOfArticle, read: withoutBotOfArticle },
  { mayRead: maySayStrength, read: withoutEvidenceStrength },
];

/**
 * Per word, which readers may read it (bit r: READERS[r]): worked out once per word, so a message is looked at with one
 * lookup per token instead of every reader testing every token (some with regular expressions). Emptied when full.
 */
const readersOfWord = new BoundedMemo<number>(50_000);

function readersOf(word: string): number {
  const known = readersOfWord.get(word);
  if (known !== undefined) return known;
  let readers = 0;
  for (let r = 0; r < READERS.length; r++) if (READERS[r]!.mayRead(word)) readers |= 1 << r;
  return readersOfWord.set(word, readers);
}

function readersOfTokens(tokens: readonly string[]): number {
  let readers = 0;
  for (let i = 0; i < tokens.length; i++) readers |= readersOf(tokens[i]!);
  return readers;
}

/**
 * A message's (or one sentence's) tokens as matching reads them: times of day, years and counts said in words are
 * digits; set phrases and the asker's own kin, which ask nothing, are left out. Only the readers some token may
 * concern read them (the others would leave them as they are).
 */
export function messageTokens(text: string): string[] {
  let tokens: readonly string[] = tokenize(text);
  let readers = readersOfTokens(tokens);
  for (let r = 0; r < READERS.length; r++) {
    if ((readers & (1 << r)) === 0) continue;
    const read = READERS[r]!.read(tokens);
    if (read === tokens) continue;
    // New tokens ("1948" for "nineteen forty-eight") may concern the readers after this one.
    tokens = read;
    readers = readersOfTokens(tokens);
  }
  return tokens as string[];
}
