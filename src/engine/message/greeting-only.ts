import { GREETS_AFTER } from './greeting-remark.js';
import { GREETINGS, OPENING_GREETINGS } from './leading-greeting.js';
import { QUESTION_WORDS } from './question-words.js';

/**
 * "what's up bot", "hei, hva skjer?": a greeting and nothing else, however the matcher weighs its words ("up" and "bot"
 * drew the help texts as close as the greetings; "hva skjer" drew the entries on what happens). "How are you" is not
 * among them: asked alone, it is a personal question, declined as one.
 */
// prettier-ignore
const GREETING_PHRASES: readonly (readonly string[])[] = [
  ['what', 'is', 'up'], ['what', 'up'], ['how', 'is', 'it', 'going'], ['hvordan', 'går', 'det'], ['åssen', 'går', 'det'],
  ['korleis', 'går', 'det'], ['hva', 'skjer'], ['kva', 'skjer'], ['ka', 'skjer'],
  // Slang greetings: "yo whats good", "what's popping", "wagwan".
  ['what', 'is', 'good'], ['what', 'good'], ['what', 'is', 'popping'], ['what', 'popping'], ['what', 'is', 'poppin'], ['wagwan'], ['whaddup'], ['wazzup'],
  // Wishes said with a greeting: "god helg", "have a nice day", "håper du har det bra".
  ['god', 'helg'], ['good', 'weekend'], ['have', 'good', 'day'], ['have', 'nice', 'day'], ['have', 'good', 'one'], ['hope', 'you', 'are', 'well'],
  ['hope', 'you', 'are', 'doing', 'well'], ['hope', 'you', 'are', 'good'], ...['håper', 'håpar'].flatMap((hope) => [[hope, 'du', 'har', 'det', 'bra'], [hope, 'du', 'har', 'det', 'fint']]),
  // Pleased to meet the bot: "nice to meet you", "it is pleasure to meet with you", "hyggelig å hilse på deg" (a lone "a"
  // or "å" is no token).
  ...['', 'it', 'it is', 'so', 'very'].flatMap((lead) =>
    ['nice', 'pleasure', 'pleased', 'glad', 'good', 'great', 'lovely', 'happy'].flatMap((how) =>
      ['meet', 'meet with', 'see', 'talk to', 'talk with'].map((verb) => `${lead} ${how} to ${verb} you`.trim().split(' ')),
    ),
  ),
  ...['', 'det er'].flatMap((lead) =>
    ['hyggelig', 'kjekt', 'godt', 'fint', 'koselig', 'gøy', 'artig'].flatMap((how) =>
      ['møte', 'treffe', 'hilse på', 'helse på', 'snakke med', 'prate med'].flatMap((verb) => ['deg', 'dere', 'dykk'].map((who) => `${lead} ${how} ${verb} ${who}`.trim().split(' '))),
    ),
  ),
];
// Said with a greeting, they are part of it ("hi bot, how are you doing today?", "Hi there, I was wondering if you're
// around?"); alone, "how are you" is a personal question and "are you there" is matched as ever.
// prettier-ignore
const COURTESIES: readonly (readonly string[])[] = [
  ['how', 'are', 'you'], ['how', 'you', 'are'], ['how', 'are', 'u'], ['how', 'r', 'u'], ['how', 'you', 'doing'], ['how', 'have', 'you', 'been'],
  ['hvordan', 'har', 'du', 'det'], ['korleis', 'har', 'du', 'det'], ['åssen', 'har', 'du', 'det'], ['hvordan', 'står', 'det', 'til'],
  ['korleis', 'står', 'det', 'til'], ['are', 'you', 'there'], ['are', 'you', 'around'], ['are', 'you', 'online'], ['are', 'you', 'awake'],
  ['you', 'there'], ['you', 'around'], ['if', 'you', 'are', 'around'], ['if', 'you', 'are', 'there'], ['er', 'du', 'der'], ['er', 'du', 'her'],
  ['er', 'du', 'våken'], ['er', 'du', 'online'], ['was', 'wondering'], ['just', 'wondering'], ['just', 'checking'],
  // Whether anyone is there: "hei, er det ikke noen her?", "hello? anyone home".
  ['er', 'det', 'noen', 'her'], ['er', 'det', 'ikke', 'noen', 'her'], ['er', 'det', 'noen', 'der'], ['er', 'det', 'ikke', 'noen', 'der'],
  ['noen', 'her'], ['noen', 'der'], ['noen', 'hjemme'], ['is', 'anyone', 'here'], ['is', 'anybody', 'here'], ['is', 'anyone', 'there'],
  ['is', 'anybody', 'there'], ['anyone', 'here'], ['anybody', 'here'], ['anyone', 'there'], ['anybody', 'there'], ['anyone', 'home'],
  ['anybody', 'home'], ['is', 'this', 'thing', 'on'],
];
// What may close a courtesy: "how are you doing today", "korleis har du det i dag" (the lone "i" is no token).
const COURTESY_ENDS = new Set(['doing', 'today', 'tonight', 'idag', 'dag', 'kveld', 'then', 'da']);
// Whether this is the bot, said with a greeting ("hi! is this the north korea train fact checker?"): the greeting's reply
// says who the bot is. The words between name the bot, however the asker describes it.
const IS_THIS = new Set(['is', 'er']);
const THIS = new Set(['this', 'it', 'dette', 'det', 'du', 'you']);
// prettier-ignore
const BOT_NOUNS = new Set(['bot', 'factbot', 'chatbot', 'checker', 'factchecker', 'boten', 'botten', 'chatboten', 'faktasjekker', 'faktasjekkeren', 'faktasjekkaren']);
const MOST_NAMING_WORDS = 6;

/** Where a courtesy or a check that this is the bot, said with a greeting, ends when one starts at `at`, if one does. */
function courtesyEnd(tokens: readonly string[], at: number): number | undefined {
  const phrase = phraseAt(COURTESIES_BY_FIRST, tokens, at);
  if (phrase) {
    let end = at + phrase.length;
    while (COURTESY_ENDS.has(tokens[end] ?? '')) end++;
    return end;
  }
  // The verb may be missing: dialect's "e" ("heisann! e det her fakta-boten?") is a lone letter no token keeps, and chat
  // drops it ("hi, this the fact bot?").
  const named = IS_THIS.has(tokens[at]!) ? at + 1 : at;
  if (!THIS.has(tokens[named] ?? '')) return undefined;
  for (let end = named + 1; end < Math.min(tokens.length, named + 1 + MOST_NAMING_WORDS); end++) if (BOT_NOUNS.has(tokens[end]!)) return end + 1;
  return undefined;
}

type PhrasesByFirst = ReadonlyMap<string, readonly (readonly string[])[]>;

// By first word, in their order: most words open none (these are tried at every word of a message that opens with a greeting).
function byFirstWord(phrases: readonly (readonly string[])[]): PhrasesByFirst {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const list = byFirst.get(phrase[0]!);
    if (list) list.push(phrase);
    else byFirst.set(phrase[0]!, [phrase]);
  }
  return byFirst;
}
const GREETING_PHRASES_BY_FIRST = byFirstWord(GREETING_PHRASES);
const COURTESIES_BY_FIRST = byFirstWord(COURTESIES);

/** The first of the phrases (in their order) that stands in the tokens from `at` on. */
function phraseAt(phrases: PhrasesByFirst, tokens: readonly string[], at: number): readonly string[] | undefined {
  return phrases.get(tokens[at]!)?.find((p) => p.every((w, k) => tokens[at + k] === w));
}

// Who a greeting is said to, beside the greeting words' own "folks", "alle", "there"; "and" between two greetings.
// And the polite forms of address too ("hello dear respected bot", "god dag til deg, kjære respekterte robot").
// prettier-ignore
const GREETED = new Set(['bot', 'boten', 'botten', 'factbot', 'guys', 'everybody', 'people', 'sammen', 'dere', 'dykk', 'and', 'og', 'robot', 'roboten',
  'dear', 'respected', 'esteemed', 'honoured', 'honored', 'kjære', 'respekterte', 'ærede', 'ærverdige', 'til', 'deg', 'to', 'you']);
// Where the greeting comes from, after it: "hi from Texas", "hei hei, heilt nordfra Hammerfest her".
const FROM = new Set(['from', 'fra', 'frå', 'nordfra', 'sørfra', 'vestfra', 'østfra', 'nordfrå', 'sørfrå', 'vestfrå', 'austfrå']);
const FROM_LEAD = new Set(['all', 'the', 'way', 'heilt', 'helt', 'greetings', 'hilsen', 'helsing']);
const HERE = new Set(['here', 'her']);
// Words a place may take: "from the west coast", "fra Nord-Norge", "from a stud farm in Kentucky" (five would read "hei fra
// russland kom det et tog" as greeting from a place).
const MOST_PLACE_WORDS = 4;

/** Whether a message's tokens are only greetings (words or phrases) and whom they greet, with at least one greeting. */
export function greetsOnly(tokens: readonly string[]): boolean {
  let greeted = false;
  for (let i = 0; i < tokens.length;) {
    const phrase = phraseAt(GREETING_PHRASES_BY_FIRST, tokens, i);
    if (phrase) {
      greeted = true;
      i += phrase.length;
      continue;
    }
    const courtesy = courtesyEnd(tokens, i);
    if (courtesy !== undefined) {
      i = courtesy;
      continue;
    }
    const t = tokens[i]!;
    if (greeted && FROM.has(t)) return placeEnds(tokens, i + 1);
    if (greeted && FROM_LEAD.has(t)) {
      i++;
      continue;
    }
    // "good morning", not "good bot".
    if ((t === 'good' || t === 'god') && !GREETS_AFTER.has(tokens[i + 1] ?? '')) return false;
    if (OPENING_GREETINGS.has(t)) greeted = true;
    else if (!GREETINGS.has(t) && !GREETED.has(t)) return greeted && namesGreeted(tokens, i);
    i++;
  }
  // A courtesy alone is no greeting: "how are you" asks the bot how it is.
  return greeted;
}

// Whom a greeting may name closing it ("God kveld TV 2!", "hello there Mr Kirby"): a name of a few words, a title before it.
const MOST_NAME_WORDS = 2;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'herr', 'fru', 'frue', 'frøken']);
// A request after the greeting is no name ("yo bot gimme a meme").
const REQUESTS = new Set(['gimme', 'give', 'tell', 'show', 'send', 'explain', 'help', 'gi', 'gje', 'vis', 'fortell', 'forklar', 'hjelp']);

/**
 * Whether the tokens from `at` to the end name whom the greeting is said to: right after a greeting word ("yo bot gimme a
 * meme" asks something; "hva skjer i Kherson" is no greeting), no question word, at most a title and a name.
 */
function namesGreeted(tokens: readonly string[], at: number): boolean {
  const before = tokens[at - 1] ?? '';
  if (!OPENING_GREETINGS.has(before) && !GREETINGS.has(before) && !GREETS_AFTER.has(before)) return false;
  const name = tokens.slice(TITLES.has(tokens[at]!) ? at + 1 : at);
  return name.length > 0 && name.length <= MOST_NAME_WORDS && !name.some((t) => QUESTION_WORDS.has(t) || REQUESTS.has(t));
}

/** Whether the tokens from `at` name a place and end ("Texas", "the west coast here"): no question word among them. */
function placeEnds(tokens: readonly string[], at: number): boolean {
  let end = tokens.length;
  while (end > at && (HERE.has(tokens[end - 1]!) || GREETED.has(tokens[end - 1]!))) end--;
  if (isPlace(tokens, at, end)) return true;
  // Or a courtesy closes the message after the place: "God morgen fra Bergen! Er du våken?".
  for (let placeEnd = at + 1; placeEnd <= Math.min(tokens.length, at + MOST_PLACE_WORDS); placeEnd++)
    if (isPlace(tokens, at, placeEnd) && courtesyEnd(tokens, placeEnd) === tokens.length) return true;
  return false;
}

function isPlace(tokens: readonly string[], from: number, to: number): boolean {
  if (to <= from || to - from > MOST_PLACE_WORDS) return false;
  for (let i = from; i < to; i++) if (QUESTION_WORDS.has(tokens[i]!)) return false;
  return true;
}
