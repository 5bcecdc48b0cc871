import { nynorskToBokmal } from '../analysis/nynorsk.js';
import { STOPWORDS } from '../analysis/stopwords.js';
import { tokenize } from '../analysis/tokenize.js';
import { asksForFact } from './fact-question.js';
import { isQuestion, sentencesOf } from './sentences.js';
import { FOREIGN_THANKS } from './closing-thanks.js';
import { FOREIGN_GREETINGS } from './leading-greeting.js';
import { TokenPatternSet } from './token-pattern.js';

// The share of a message's words that must be words of the conversation texts for it to be chatter
// with the bot: "this bot is dumb as hell" shares two words of six with "what does this bot do?". One
// other word is let pass ("mange takk", a greeting misspelt): it may be a form the texts lack.
const CHATTER_SHARE = 0.6;
const OTHER_WORDS = 1;
// Words that put a question to the bot itself.
// prettier-ignore
const TO_THE_BOT = new Set(['you', 'your', 'yourself', 'u', 'ur', 'du', 'deg', 'din', 'ditt', 'dine', 'dere', 'dykk', 'bot', 'boten', 'botten', 'factbot']);
// Chat's "u" for "you", which the tokenizer drops with every lone letter.
const LONE_YOU = /(?<!\p{L})u(?!\p{L})/iu;
// Shorter words one letter apart are mostly other words ("dum", "du").
const MISSPELT_LENGTH = 5;

// Bare question words ask nothing by themselves: "kva kva kva ????" is no request for help.
// Words naming the bot itself, or pointing at it: "denne boten er dum" speaks of the bot, and asks it for nothing.
const BOT_NAMES = new Set(['bot', 'bots', 'boten', 'botten', 'factbot', 'denne', 'dette', 'this', 'that', 'these']);

// prettier-ignore
const EVERYDAY_GREETINGS = [
  'hi', 'hiya', 'hey', 'heya', 'hello', 'helo', 'yo', 'sup', 'wassup', 'howdy', 'greetings', 'hei', 'heia', 'heisann', 'hallo', 'halla',
  'hallaien', 'hallais', 'hallaisen', 'wsg', 'heihei', 'morn', 'morna', 'moin', 'hoi', 'thanks', 'thank', 'thx', 'ty', 'tysm', 'cheers', 'takk', 'takker', 'tusen', 'mange', 'tack', 'tak', 'goddag', 'godmorgen', 'godkveld',
  // Spoken "god morra", "morrn": good morning.
  'morra', 'morrn',
  // Other languages' greetings and thanks, as people who live in Norway write them.
  ...FOREIGN_GREETINGS, ...FOREIGN_THANKS,
  // What thanks say of the answer: "that helped", "det hjalp", "very helpful".
  'helped', 'helpful', 'useful', 'hjalp', 'nyttig',
];

// prettier-ignore
const GREETING_PHRASES = new TokenPatternSet([
  ['what', 'is', 'up'], ['what', 'up'], ['how', 'is', 'it', 'going'], ['how', 'are', 'you'], ['hvordan', 'går', 'det'], ['åssen', 'går', 'det'],
  ['korleis', 'går', 'det'], ['hvordan', 'har', 'du', 'det'],
]);

// prettier-ignore
const QUESTION_WORDS = new Set([
  'what', 'who', 'how', 'why', 'which', 'hva', 'hvem', 'hvordan', 'hvorfor', 'hvilke', 'hvilken', 'hvilket', 'kva', 'kven', 'kem', 'ka', 'korleis',
  'åssen', 'kvifor', 'huh', 'hæ', 'eh',
]);

/**
 * The words of the conversation texts (greetings, help, thanks): a message answered with help or
 * thanks must be mostly made of them. Its other words say what the message is really about: a
 * complaint ("FIX YOUR BOT"), a fact ("hvem sa det"), a question for general knowledge ("how do you
 * say thank you in korean"), which help or "you're welcome" do not answer.
 */
export class ConversationWords {
  private readonly words = new Set<string>();
  /**
   * Their own words, but for stop words and the bot's names: words they use more often, text for text,
   * than the entries' titles and answers do ("help", "takk", "hei", "menu").
   */
  private readonly own = new Set<string>();

  /** `texts`: the conversation texts; `entryTexts`: the entries' titles and answers (their questions would cost a build far more). */
  constructor(texts: readonly string[], entryTexts: readonly string[]) {
    const inConversation = textsUsing(texts);
    const inEntries = textsUsing(entryTexts);
    // Everyday greetings and thanks whatever the texts teach ("hiya", "yo", "hallaien"): said to the bot, they are conversation.
    for (const w of EVERYDAY_GREETINGS) {
      this.words.add(w);
      this.own.add(w);
    }
    // A question word asks what the rest of the message says: "which questions can I ask" is a request for help.
    for (const w of QUESTION_WORDS) this.words.add(w);
    for (const [w, n] of inConversation) {
      this.words.add(w);
      // Not a question word: "what" is commoner in their texts than in the entries' titles and answers, but "what was in it" is no request for help.
      if (!STOPWORDS.has(w) && !BOT_NAMES.has(w) && !QUESTION_WORDS.has(w) && n / texts.length > (inEntries.get(w) ?? 0) / Math.max(1, entryTexts.length))
        this.own.add(w);
    }
  }

  /**
   * Whether a message (its tokens, and its cleaned text) is conversation with the bot: most
   * of its words are conversation words, it asks for no fact beyond them ("who are you" does, "who said
   * that" does not), and it says more than bare question words. Not put as a question, it must say one
   * of their own words ("help", "thanks", "hei"): "denne boten er dum" only names the bot.
   */
  chats(tokens: readonly string[], text: string): boolean {
    let known = 0;
    let said = 0;
    let asks = false;
    let own = false;
    // Spoken and Nynorsk forms as the Bokmål the texts may use instead: "ka kan du hjælp mæ med".
    tokens = tokens.map((t) => (this.words.has(t) ? t : nynorskToBokmal(t)));
    for (const t of tokens) {
      if (this.words.has(t)) said++;
      // Stop words say nothing else: "thanks, that was useful" is thanks.
      if (this.words.has(t) || STOPWORDS.has(t)) known++;
      if (!QUESTION_WORDS.has(t)) asks = true;
      if (this.own.has(t) || (!this.words.has(t) && this.misspells(t))) own = true;
    }
    // "What's up", "how's it going": greetings made of words that say other things elsewhere.
    if (GREETING_PHRASES.matches(tokens)) own = true;
    if (!asks || (known < CHATTER_SHARE * tokens.length && tokens.length - known > OTHER_WORDS)) return false;
    if (!own && !isQuestion(text) && !sentencesOf(text).some(isQuestion)) return false;
    // A question in none of their own words is theirs only when put to the bot ("who are you", "hva kan du"):
    // "what was in it" asks about something said before, not for help.
    if (!own && !tokens.some((t) => TO_THE_BOT.has(t)) && !LONE_YOU.test(text)) return false;
    // A question for a fact is theirs only word for word ("who are you"; "who said that" is not).
    return said === tokens.length || !asksForFact(tokens);
  }

  /**
   * Whether a message says nothing but their own words ("takk", "hei", "nyttig"), stop words and the bot's names: thanks
   * or a greeting whatever the decision made of a word no entry uses.
   */
  saysOnlyTheirs(tokens: readonly string[]): boolean {
    let own = false;
    for (const t of tokens) {
      const word = this.words.has(t) ? t : nynorskToBokmal(t);
      if (this.own.has(word)) own = true;
      else if (!STOPWORDS.has(word) && !BOT_NAMES.has(word) && (!this.words.has(word) || QUESTION_WORDS.has(word))) return false;
    }
    return own;
  }

  /**
   * Whether a word is one of their own words mistyped ("hallais"): long enough that one letter off is a slip; or drawn out
   * by its last letter typed twice, however short ("hii", "heii", "heyy").
   */
  private misspells(word: string): boolean {
    if (word.length > 2 && word.at(-1) === word.at(-2) && this.own.has(word.slice(0, -1))) return true;
    if (word.length < MISSPELT_LENGTH) return false;
    for (const w of this.own) if (oneEditApart(word, w)) return true;
    return false;
  }
}

/** Whether two words differ by one letter changed, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [restA, restB] = [a.slice(i + (a.length >= b.length ? 1 : 0)), b.slice(i + (b.length >= a.length ? 1 : 0))];
  return restA === restB;
}

/** Per word, how many of the texts use it. */
function textsUsing(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of new Set(tokenize(text))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}
