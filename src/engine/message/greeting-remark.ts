import { THANKING } from './closing-thanks.js';
import { OPENING_GREETINGS } from './leading-greeting.js';
import { QUESTION_WORDS } from './question-words.js';
import { endsAsStatement, isQuestionWorded, wholeSentencesOf } from './sentences.js';
import { statesARequest } from './stated-request.js';

/**
 * "Hei! Jeg har nettopp lest saken om toget", "hi, I'm an exchange student in Oslo", "hei! jeg skal skrive en oppgave om
 * denne artikkelen": a greeting, then a word about the asker, nothing asked yet. The reply is the greeting (who the bot
 * is, what it answers): matched, the words about the asker were answered as a question ("toget" with the horse train).
 */
// "Good"/"god" greet only with what follows ("good morning", "god dag"), not "good, I read it".
// prettier-ignore
export const GREETS_AFTER: ReadonlySet<string> = new Set(['morning', 'day', 'afternoon', 'evening', 'morgen', 'dag', 'kveld', 'ettermiddag', 'aften', 'morgon']);
// The asker speaks of themself: the tokenizer drops a lone "I", so the cleaned text is read.
const FIRST_PERSON = /(?<!\p{L})(?:i|i['’]?m|i['’]?ve|me|my|we|us|our|jeg|eg|æ|meg|min|mitt|mine|vi|oss|vår)(?!\p{L})/iu;
// Words that ask or request something, anywhere: a question word ("jeg lurer på hvem"), a request ("tell me about the
// horses", "jeg vil vite"), a statement put to be checked ("I heard that …", "jeg leste at …").
// prettier-ignore
const ASKING = new Set([
  ...QUESTION_WORDS,
  'tell', 'explain', 'show', 'give', 'gimme', 'summarize', 'summarise', 'describe', 'want', 'wanna', 'need', 'wonder', 'wondering',
  'curious', 'know', 'check', 'help', 'fortell', 'forklar', 'vis', 'gi', 'oppsummer', 'beskriv', 'vite', 'veta', 'lurer', 'lurar', 'lurte',
  'trenger', 'treng', 'ønsker', 'sjekk', 'sjekke', 'hjelp', 'hjelpe', 'høre', 'ask', 'asking', 'whether', 'if', 'that', 'at',
]);

// The asker speaking of themself without "I", as chat drops it: "hei, jobber med en sak om NK", "hi, working on a story
// about this". The verb then a preposition or article, not a subject ("hei, leser du …" asks).
// prettier-ignore
const ASKERS_DOING = new Set(['jobber', 'jobbar', 'skriver', 'skriv', 'leser', 'les', 'holder', 'held', 'sitter', 'sit', 'driver', 'lager', 'studerer',
  'working', 'writing', 'reading', 'doing', 'researching', 'studying', 'preparing']);
// Or about to do: "skal lage …", "going to write …".
const GOING_TO = new Set(['skal', 'gonna', 'going', 'planning', 'about']);
// prettier-ignore
const ABOUT_TO_DO = new Set(['lage', 'laga', 'skrive', 'skriva', 'holde', 'halde', 'lese', 'jobbe', 'jobba', 'forberede', 'ha', 'make', 'write', 'do',
  'prepare', 'hold', 'give']);
// "Driver og tegner": busy doing.
const DOING_WHAT = new Set(['med', 'på', 'om', 'en', 'ei', 'et', 'og', 'on', 'about', 'with', 'a', 'an', 'the', 'some']);

// The asker new to the channel, without "I": "hei, første gang her", "hi! new here".
// Or trying the bot for the first time, or again: "hello bot, first time using this", "hei igjen, prøver på nytt". Or
// unsure of the place: "hi, hope this is the right place".
const NEW_HERE =
  /(?<!\p{L})(?:first time here|new here|første gang her|fyrste gong her|første gong her|ny her|first time (?:using|trying)|første gang (?:jeg |eg )?(?:bruker|brukar|prøver)|fyrste gong (?:eg )?(?:brukar|prøver)|prøver (?:på nytt|igjen|ein gong til|en gang til)|trying again|one more try|(?:hope|håper|håpar) (?:this|dette|det) (?:is|er) (?:the )?(?:right|riktig|rett) (?:place|channel|spot|sted|stad|kanal))(?!\p{L})/iu;

// The asker introducing themself as on the phone: "This is Grandpa Harald from Stavanger", "Dette er bestemor", "Det er Kari
// her": a name (capitalised) or a word for kin after it, the sentence ending there or saying where they are from.
const INTRODUCTION =
  /(?:^|[.!,]\s*)(?:[Tt]his is|[Ii]t is|[Ii]t's|[Dd]ette er|[Hh]er er|[Dd]et er)\s+(?:(?:\p{Lu}\p{Ll}+|grandpa|grandma|granny|granddad|grandad|grandfather|grandmother|bestefar|bestemor|farfar|farmor|morfar|mormor|oldefar|oldemor|mamma|pappa|mum|mom|dad|onkel|tante|uncle|aunt)(?:\s+\p{Lu}\p{Ll}+)?)(?=\s*(?:[.!,]|$)|\s+(?:from|fra|frå|her|here|i|in)(?!\p{L}))/u;

// Or signs in as in chat: "Mark here – Kari's husband", "Kari her!", "class 10B here :)", "klasse 9b her", or by what they
// are, typed small ("pensjonert lokfører her", "retired teacher here").
// Or by the desk or shift they speak for: "Foreign desk here.", "det er nattvakta på utenriks her".
const SIGNING_IN =
  /(?:^|[.!,–-]\s*)(?:\p{L}\p{Ll}+|(?:class|klasse|klassen|team|group|gruppe|gruppa) [\p{L}\p{N}]+|\p{L}\p{Ll}+ \p{Ll}+|(?:[Dd]et er|[Dd]ette er|[Tt]his is|[Ii]t's) (?:\p{L}+ ){0,3}\p{L}+) (?:here|her)(?=\s*(?:[.!,:;()–-]|$))/u;

// Or by the gang they write for, as chat puts it: "hei bot 👋 nattevakt-gjengen her", "hey, the night crew here".
const GANG_HERE =
  /(?<!\p{L})(?:\p{L}+-?(?:gjengen|gjengjen|gruppa|gruppen|laget|teamet|vakta|vakten|skiftet|avdelinga|avdelingen|gutta|jentene)|(?:the )?(?:\p{L}+ )?(?:crew|gang|squad|shift|team|lads))\s+(?:here|her)(?=\s*(?:[.!,:;()–-]|$))/iu;

function speaksOfAsker(tokens: readonly string[], cleaned: string): boolean {
  if (FIRST_PERSON.test(cleaned) || NEW_HERE.test(cleaned) || INTRODUCTION.test(cleaned) || SIGNING_IN.test(cleaned) || GANG_HERE.test(cleaned)) return true;
  // After the greeting: "hei, jobber med …", "god kveld! driver og tegner …".
  const greeted = (tokens[0] === 'good' || tokens[0] === 'god') && GREETS_AFTER.has(tokens[1] ?? '') ? 2 : 1;
  // Or what they are about to do: "hei! skal lage en sak om denne artikkelen", "hi, going to write about this".
  const going = GOING_TO.has(tokens[greeted] ?? '');
  const at = going ? greeted + (tokens[greeted + 1] === 'to' ? 2 : 1) : greeted;
  return (going ? ABOUT_TO_DO : ASKERS_DOING).has(tokens[at] ?? '') && DOING_WHAT.has(tokens[at + 1] ?? '');
}

// English words before "at" that make it the preposition, not Norwegian "at" (that): "looking at this piece".
const AT_PLACE = /ing$|^(?:look|looks|looked|work|works|worked|stay|stayed|be|am|is|are|was|were|here|there)$/;

/** Whether a word asks or requests something (ASKING); "at" only as Norwegian "that" ("jeg leste at …"). */
function asks(tokens: readonly string[], i: number): boolean {
  const w = tokens[i]!;
  return w === 'at' ? !AT_PLACE.test(tokens[i - 1] ?? '') : ASKING.has(w);
}

/** Whether a message (its lower-cased tokens, its cleaned text) greets and speaks of the asker without asking anything. */
export function greetsWithARemark(tokens: readonly string[], cleaned: string): boolean {
  const first = tokens[0] ?? '';
  if (!OPENING_GREETINGS.has(first)) return false;
  if ((first === 'good' || first === 'god') && !GREETS_AFTER.has(tokens[1] ?? '')) return false;
  if (!remarksOnAsker(tokens, cleaned)) return false;
  // "Hei! Er det sant …": a question put without its mark. Whole sentences: "jeg heter Emma og er 9 år" asks nothing.
  return !wholeSentencesOf(cleaned).some((s, i) => i > 0 && isQuestionWorded(s));
}

/**
 * "Good evening from a very rainy Manchester! Just got in from work, kettle's on. … Hope the servers are treating you
 * well tonight.": a greeting, then sentences of chatter, none a question or a request (though a clause may hold a
 * question word: "before I decide what to bother you with"). Whole sentences only; nothing ends in a question mark.
 */
export function greetsWithChatter(tokens: readonly string[], cleaned: string): boolean {
  const first = tokens[0] ?? '';
  if (!OPENING_GREETINGS.has(first) || cleaned.includes('?')) return false;
  if ((first === 'good' || first === 'god') && !GREETS_AFTER.has(tokens[1] ?? '')) return false;
  // "Hei igjen! Takk for svarene i går …" thanks.
  if (tokens.some((t) => THANKING.has(t))) return false;
  const sentences = wholeSentencesOf(cleaned);
  return sentences.length >= MIN_CHATTER_SENTENCES && sentences.every((s, i) => (i === 0 || !isQuestionWorded(s) || endsAsStatement(s)) && !statesARequest(s));
}

// The greeting and at least two sentences after it: a greeting with one remark is greetsWithARemark's.
const MIN_CHATTER_SENTENCES = 3;

// A question mark, but not one closing a tag ("my norwegian is bad so i write english ok?"): that asks nothing of the story.
const ASKS_WITH_MARK = /(?<!(?<!\p{L})(?:ok|okay|okey|oki|greit|right|yeah|ja)\s*)\?/iu;

/** Whether a message or sentence speaks of the asker and asks nothing ("jeg lager en quiz om artikkelen", "I'm a teacher"). */
export function remarksOnAsker(tokens: readonly string[], cleaned: string): boolean {
  return !ASKS_WITH_MARK.test(cleaned) && !tokens.some((_, i) => asks(tokens, i)) && speaksOfAsker(tokens, cleaned) && !isQuestionWorded(cleaned);
}
