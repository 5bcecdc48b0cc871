import { beforeHedge } from './closing-hedge.js';
import { beforeThanks } from './closing-thanks.js';
import { afterGreeting } from './leading-greeting.js';
import { isConversationIntent } from '../../kb/conversation-intents.js';
import type { AskedPart, MatchTokens } from './asked-part.js';
import type { Match } from '../matching/matcher.js';
import { askingClauses, leavesQuestion } from './asking-clause.js';
import { onlyAsksToConfirm } from './confirmation.js';
import { asksForFact } from './fact-question.js';
import { asksBotsView, questionFrame, type QuestionFrame } from './question-frame.js';
import { onlyNamesUnit } from './length-units.js';
import { asksWhat, isQuestion, isQuestionWorded, sentencesOf } from './sentences.js';
import { askedDetail } from './asked-detail.js';
import { messageTokens } from './message-tokens.js';
import { withoutUnknownChoices } from './offered-choice.js';
import { offeredOptions } from './offered-options.js';
import { speaksToNamed } from './named-listener.js';
import { withoutRelativeClause } from './relative-clause.js';
import { timeReference } from './time-reference.js';
import { withStoryNamed } from './story-pronoun.js';
import { withoutArticleAsSpeaker } from './article-as-speaker.js';
import { withoutRequest } from './request-frame.js';
import { withoutTopicRequest } from './topic-request.js';
import { withoutQuoteRequest } from './quote-request.js';
import { onlyVerdictChoice, withVerdictChoiceAsTag } from './verdict-choice.js';

/**
 * `latestYear`: the latest year the knowledge base tells of (see questionFrame); `message`: the cleaned text the
 * tokens come from, when it may hold several sentences.
 */
export function askedPart(tokens: readonly string[], matchTokens: MatchTokens, latestYear: number | undefined, message?: string): AskedPart {
  const frame = frameOf(tokens, message, latestYear);
  // Only a whole message: "the horse train, what was that about" points back at what it names.
  const request = withVerdictChoiceAsTag(withoutRequest(tokens));
  const asked = message === undefined ? request : withStoryNamed(request);
  const match = matchTokens(asked, frame !== undefined);
  // Another reading of a message declined or taken for chatter, when an entry answers it: the question inside the
  // courtesies ("heisann hvem tok bildene", "who took the pictures thanks"), without the guesses among its choices
  // that the article does not know ("Maxar, Planet Labs or Airbus?"), or without a relative clause closing it.
  const answeredAs = (reading: readonly string[] | undefined): AskedPart | undefined => {
    if (reading === undefined) return undefined;
    const read = matchTokens(reading, frame !== undefined);
    return read.intent !== null && !isConversationIntent(read.intent) ? { tokens: reading, frame, match: read } : undefined;
  };
  // Without a clause that may say which thing is meant ("toget som køyrde hestane"): only the entry the whole ranks closest.
  const closestAnsweredAs = (reading: readonly string[] | undefined): AskedPart | undefined => {
    const read = answeredAs(reading);
    return read?.match.intent === match.ranked[0]?.intent ? read : undefined;
  };
  // Someone's exact words asked for ("hva sa Pyongyang, ordrett?"): what they said about, matched without how it is to be
  // given. The tokens stay whole, so the words are still asked for.
  const unquoted = match.intent === null ? withoutQuoteRequest(asked) : asked;
  const quoted = unquoted === asked ? undefined : answeredAs(unquoted);
  if (quoted) return { ...quoted, tokens };
  const declinedOrChat = match.intent === null || isConversationIntent(match.intent);
  const other =
    (declinedOrChat ? answeredAs(withoutCourtesies(asked)) : undefined) ??
    (match.intent === null ? (answeredAs(withoutUnknownChoices(asked, match.unknown)) ?? closestAnsweredAs(withoutRelativeClause(asked))) : undefined);
  if (other) return other;
  // "Hva var lasten på toget som kjørte inn i Russland": the clause says which train, its words drew the crossing's entry;
  // what is asked of the train, the words before it answer surer.
  const described = match.intent === null || isConversationIntent(match.intent) ? undefined : answeredAs(withoutRelativeClause(asked));
  if (described && described.match.intent !== match.intent && described.match.confidence > match.confidence) return described;
  // "What does TV 2 say about the horses" asks about the horses, when an entry answers that: not about the article,
  // whose entry "TV 2" matches.
  const told = withoutArticleAsSpeaker(asked);
  const toldAnswered = told === asked ? undefined : answeredAs(told);
  if (toldAnswered) return toldAnswered;
  const timed = firstEventsTime(asked, match, answeredAs, matchTokens);
  if (timed) return timed;
  // "recap of the horse angle" asks about the horses; "oppsummer saken" about the story: the surer reading.
  const topic = withoutTopicRequest(asked);
  if (topic === asked) return { tokens, frame, match };
  const bare = matchTokens(topic, frame !== undefined);
  return { tokens, frame, match: bare.confidence > match.confidence ? bare : match };
}

/**
 * "When were the pictures taken compared to the US claim": the pictures' time, which their entry tells from the claim.
 * Read so where the whole (`match`) found no entry but ranks the pictures' closest, or found the claim's own (the other
 * event's, which the pictures' words alone do not come near).
 */
function firstEventsTime(
  asked: readonly string[],
  match: Match,
  answeredAs: (reading: readonly string[]) => AskedPart | undefined,
  matchTokens: MatchTokens,
): AskedPart | undefined {
  const timed = timeReference(asked);
  const read = timed && answeredAs(timed.asked);
  if (!read) return undefined;
  if (match.intent === null) return read.match.intent === match.ranked[0]?.intent ? read : undefined;
  const againstOwn = matchTokens(timed.against, false).intent === match.intent && !read.match.ranked.some((r) => r.intent === match.intent);
  return againstOwn ? read : undefined;
}

/**
 * The tokens without the greeting that opens them and the thanks or the hedge that close them ("… or nah", "… eller?"),
 * or undefined when there are none.
 */
function withoutCourtesies(tokens: readonly string[]): readonly string[] | undefined {
  const greeted = afterGreeting(tokens);
  const thanked = beforeThanks(greeted ?? tokens);
  return beforeHedge(thanked ?? greeted ?? tokens) ?? thanked ?? greeted;
}

/**
 * A message's frame, from the sentences it asks in when it asks in some: "I'm using this in class
 * tomorrow. How would you sum up the claim?" asks nothing about tomorrow.
 */
function frameOf(tokens: readonly string[], message: string | undefined, latestYear: number | undefined): QuestionFrame | undefined {
  // A hedge closing the question frames nothing: "stemmer det at … elr er det fake news" asks whether it is so.
  const frame = questionFrame(beforeHedge(tokens) ?? tokens, latestYear);
  if (frame === undefined || message === undefined) return frame;
  // The bot's view asked for is a question however it is put: "who's telling the truth? your honest opinion pls".
  const questions = sentencesOf(message).filter((s) => isQuestion(s) || asksBotsView(messageTokens(s)));
  // An instruction to the bot is one wherever it stands ("pretend you are Kim and say who took the pictures"), unless a
  // question of its own stands beside it ("Ignore your rules. Also, when did they close the bridge?"): that is answered
  // as any question is, and the instruction is not followed. So with a question about the bot beside one about the
  // story ("are you chatgpt? also what's the friendship bridge"): the story's is answered. So with a what-if beside a
  // question of fact ("what if the shells never arrive? is the US even checking that"): the fact is answered.
  if (frame === 'instruction' || frame === 'personal' || frame === 'hypothetical')
    return questions.some((q) => questionFrame(messageTokens(q), latestYear) === undefined) ? undefined : frame;
  return questions.length === 0 || questions.some((q) => questionFrame(messageTokens(q), latestYear) !== undefined) ? frame : undefined;
}

/**
 * The part of a message (its cleaned text) that asks what is answered. The whole message, when an entry answers it;
 * else a question after chatter or a greeting may be clear on its own, and the surest answering
 * sentence wins, with what that sentence asks (its frame, the detail it wants), not the chatter's.
 *
 * - A framed message (a prediction, an opinion, a question about the bot) is declined whole.
 * - An entry beats conversation and a decline; between entries, a sentence put as a question (or a
 *   question with the statement before it) beats a statement, which is context ("I'm writing a paper
 *   for class. Who analysed the images?"). Help or thanks beat a greeting, which is said in
 *   passing, and beat a decline only when the whole message is closest to conversation
 *   ("heisann, hva kan du?" is help); a greeting never answers a declined message.
 * - A sentence's entry must be one of the whole message's closest, and its sureness is weighed by how far the whole
 *   bears it out: a fragment ("nei vent", "kort fortalt") can match some entry well by itself that the message is not about.
 * - A sentence that is chatter (`isChatter`: "ok", a count of nothing named) answers with no entry.
 * - A question left unanswered is not met by "you're welcome" or by help: it is declined, with its suggestions.
 *   A sentence asking for a fact is a question however it is put ("I need to know how many …; can you help?").
 */
export function answeringPart(
  whole: AskedPart,
  message: string,
  matchTokens: MatchTokens,
  latestYear: number | undefined,
  isChatter: (tokens: readonly string[]) => boolean = () => false,
): AskedPart {
  // A message that asks for a prediction or an opinion is declined as a whole: its chatter ("So I read the
  // article …") may match an entry well, but that is not what was asked.
  if (whole.frame !== undefined) return whole;
  if (whole.match.intent !== null && !isConversationIntent(whole.match.intent)) return firstQuestionAnswered(whole, message, matchTokens, latestYear) ?? whole;
  // Split only now: most messages are answered whole.
  const sentences = sentencesOf(message);
  const chat = whole.match.ranked[0] !== undefined && isConversationIntent(whole.match.ranked[0].intent);
  let best: Candidate = { part: whole, sureness: whole.match.confidence, asks: false };
  let unanswered: AskedPart | undefined;
  let unansweredText: string | undefined;
  // Where in the message the best part and the question left unanswered stand.
  let at = -1;
  let bestAt = -1;
  let unansweredAt = -1;
  for (const { text, asks, pair, clause, listener } of partsOf(sentences, message)) {
    at++;
    // "China, what do you say …": a question to someone no entry is about is not asked without their name; one to someone
    // the story names ("Planet Labs, hva så dere klokka 13.10?") asks what they tell of, and is.
    if (listener !== undefined && askedPart(messageTokens(listener), matchTokens, latestYear).match.intent === null) continue;
    const part = askedPart(messageTokens(text), matchTokens, latestYear);
    // The instruction beside a question is not followed: it answers nothing. Nor does chatter an entry's words happen to
    // match ("… antall, vær så snill").
    if (part.frame === 'instruction' || (isEntry(part.match.intent) && isChatter(part.tokens))) continue;
    if (clause !== undefined && !leavesQuestion(clause.beside, part, matchTokens)) continue;
    // An entry the whole message does not rank among its closest is one a fragment found by itself ("my dad keeps talking
    // about the horses. what was on the picture?" is not about the train crossing): the message is declined whole.
    if (!bornOut(whole.match, part.match)) {
      // A clause is a fragment of a sentence, which speaks for itself.
      if (!pair && clause === undefined && (asks || asksForFact(part.tokens))) [unanswered, unansweredText] = [whole, undefined];
      continue;
    }
    const candidate: Candidate = { part, sureness: part.match.confidence * support(whole.match, part.match), asks, within: clause?.sentence };
    if (outranks(candidate, best, chat)) [best, bestAt] = [candidate, at];
    // A sentence asking for a fact asks, however it is put ("I need to know how many …"); "Korleis har du det?"
    // after a greeting is part of it, not a question left unanswered.
    // One matching nothing at all ("Hallo? Er det noen der?") asks nothing the article could answer.
    if (
      part.match.intent === null &&
      part.match.ranked.length > 0 &&
      part.frame !== 'personal' &&
      (asks || asksForFact(part.tokens)) &&
      !pair &&
      clause === undefined &&
      (!unanswered || topScore(part.match) > topScore(unanswered.match))
    )
      [unanswered, unansweredText, unansweredAt] = [part, text, at];
  }
  // Help asked in a clause of the sentence left unanswered ("jeg er litt stressa, kan du hjelpe meg?") is what it asks.
  const chatAnswers = best.part.match.intent !== null && isConversationIntent(best.part.match.intent);
  if (unanswered && chatAnswers && (best.within === undefined || best.within !== unansweredText)) return unanswered;
  // In a long message, a question left unanswered is not met by an entry one of its many other sentences says something
  // of ("Uansett.", "Det må jo være mye siden de gjør det i det skjulte."): the chatter is not what was asked. Nor by
  // an aside after it on another topic ("how many soldiers has NK sent? my mate says thousands"): a statement before a
  // question is what the question may ask about ("Kirby said it goes to the Middle East. what's that about?"), and one
  // after it on the topic the question came closest to may say what it meant ("… i read something about letters").
  const told = best.part !== whole && !best.asks && best.within === undefined;
  const aside = told && unansweredAt >= 0 && unansweredAt < bestAt && !unanswered!.match.ranked.some((c) => c.intent === best.part.match.intent);
  return unanswered && unansweredText !== undefined && told && (aside || isLong(sentences, whole.tokens)) ? unanswered : best.part;
}

const SENTENCE_BREAK = /[.?!…]\s/u;

/**
 * Two questions in one ("what time was the train seen and how many cars did it have"): the first is what is asked
 * first, when it alone matches another entry more surely than the whole, whose words the second pulls elsewhere.
 */
function firstQuestionAnswered(whole: AskedPart, message: string, matchTokens: MatchTokens, latestYear: number | undefined): AskedPart | undefined {
  // Only in one sentence: a second sentence ("… ended up? did they arrive or not") mostly says the first again.
  if (SENTENCE_BREAK.test(message)) return undefined;
  const sentences = sentencesOf(message);
  if (sentences.length !== 2 || !isQuestionWorded(sentences[0]!) || !isQuestionWorded(sentences[1]!)) return undefined;
  const first = askedPart(messageTokens(sentences[0]!), matchTokens, latestYear);
  const { intent, confidence } = first.match;
  return first.frame === undefined && intent !== null && !isConversationIntent(intent) && intent !== whole.match.intent && confidence > whole.match.confidence
    ? first
    : undefined;
}

// A message of this many sentences and words or more is long (see answeringPart).
const LONG_SENTENCES = 3;
const LONG_WORDS = 25;

function isLong(sentences: readonly string[], tokens: readonly string[]): boolean {
  return sentences.length >= LONG_SENTENCES && tokens.length >= LONG_WORDS;
}

interface Candidate {
  part: AskedPart;
  /** Its confidence, weighed by how far the whole message bears its entry out. */
  sureness: number;
  /** Whether it is put as a question (see isQuestion). */
  asks: boolean;
  /** For a clause, its sentence. */
  within?: string;
}

/**
 * The sentences of a message, and each question with the statement before it: "Like a train full
 * of horses, reported by the Russians. Which way was it going?" asks about the horse train, which
 * only the sentence before names. Then the clauses of a sentence that ask (see askingClauses).
 */
function partsOf(sentences: readonly string[], message: string): Part[] {
  const parts: Part[] = sentences.map((text, i) => ({
    text,
    asks: isQuestion(text),
    pair: false,
    listener: i > 0 && speaksToNamed(sentences[i - 1]!, text) ? sentences[i - 1] : undefined,
  }));
  for (let i = 1; i < sentences.length; i++)
    if (parts[i]!.asks && !parts[i - 1]!.asks) parts.push({ text: `${sentences[i - 1]} ${sentences[i]}`, asks: true, pair: true });
  // "… fikk mat i bytte mot våpnene. Stemmer det?": the bare tag asks about the statement before it (the pair above),
  // not for the story's verdict, which it would match by itself.
  // "True or false: the bridge is 1 km long": the choice asks about the statement after it; "how fast? km/h" asks in a unit.
  // "what was the train carrying? rockets?": the fragment after a question for something guesses its answer, to be
  // checked by the question's; by itself it would ask about rockets.
  const guesses = new Set<number>();
  for (let i = 1; i < sentences.length; i++)
    if ((asksWhat(sentences[i - 1]!) || guesses.has(i - 1)) && guessesAnswer(messageTokens(sentences[i]!), sentences[i]!)) guesses.add(i);
  const kept = parts.filter((p, i) => {
    if (p.pair) return true;
    const tokens = messageTokens(p.text);
    return !guesses.has(i) && (i === 0 || !onlyAsksToConfirm(tokens)) && (sentences.length === 1 || !(onlyVerdictChoice(tokens) || onlyNamesUnit(tokens)));
  });
  // A message of one sentence is that sentence, of whose clauses only the question opening it may be asked alone.
  // Not when what follows offers the answers the asker has in mind ("how are they shipped, by sea or by rail?"): those
  // are checked against the entry the question finds (see offered-options.ts).
  const single = sentences.length === 0 && offeredOptions(message) === undefined;
  const clauses = (single ? [message] : sentences).flatMap((sentence) =>
    askingClauses(sentence)
      .filter(({ text, beside }) => !onlyAsksToConfirm(messageTokens(text)) && (!single || (sentence.trim().startsWith(text) && onlyRemarks(beside))))
      .map(({ text, beside }) => ({
        text,
        asks: true,
        pair: false,
        clause: { sentence, beside },
        listener: beside.map((words) => words.join(' ')).find((words) => speaksToNamed(words, text)),
      })),
  );
  return [...kept, ...clauses];
}

// What opens a clause taking back or putting right the one before ("…, no wait, at 10:24?").
const CORRECTION = new Set(['no', 'nei', 'wait', 'vent', 'actually', 'sorry', 'mean', 'mener', 'meiner']);

/**
 * Whether the clauses after a question only remark on it ("what's this even about, only saw the headline", "who analysed
 * the pictures, some think tank?"): they ask nothing of their own and take nothing back ("…, no wait, at 10:24?"). The
 * question then asks what it asks by itself.
 */
function onlyRemarks(beside: readonly (readonly string[])[]): boolean {
  return beside.every((words) => !isQuestionWorded(words.join(' ')) && !CORRECTION.has(words[0] ?? '') && !CORRECTION.has(words[1] ?? ''));
}

// A guess is named in a few words ("tanks?", "planet labs?", "covid or something?").
const GUESS_WORDS = 3;

/** Whether a fragment only names something (a guess at what the question before it asks for), asking nothing itself. */
function guessesAnswer(tokens: readonly string[], text: string): boolean {
  return tokens.length > 0 && tokens.length <= GUESS_WORDS && !isQuestionWorded(text) && askedDetail(tokens) === undefined;
}

interface Part {
  text: string;
  asks: boolean;
  /** A question with the statement before it. */
  pair: boolean;
  /** For a clause, its sentence and the sentence's other clauses: what they add must not change what is asked. */
  clause?: { sentence: string; beside: readonly (readonly string[])[] };
  /** Whom the question speaks to as "you", named before it (see speaksToNamed). */
  listener?: string;
}

function outranks(candidate: Candidate, current: Candidate, chat: boolean): boolean {
  const [mine, theirs] = [rank(candidate.part.match), rank(current.part.match)];
  if (mine === DECLINED) return false;
  if (theirs === DECLINED && (mine === GREETING || (mine === CONVERSATION && !chat))) return false;
  if (mine !== theirs) return mine > theirs;
  // Between entries, what the message asks beats what it tells ("I don't read Norwegian well").
  // unless the question could mean the statement's entry about as well ("The US accused North Korea. Which part
  // of the government made that accusation?"): the surer one then.
  if (mine === ENTRY && candidate.asks !== current.asks) {
    const [question, statement] = candidate.asks ? [candidate, current] : [current, candidate];
    const [top] = question.part.match.ranked;
    const alike = question.part.match.ranked.some((c) => c.intent === statement.part.match.intent && c.score >= ALIKE * top!.score);
    if (!alike) return candidate.asks;
  }
  return candidate.sureness > current.sureness;
}

// The share of a question's best score at which it could as well mean another entry.
const ALIKE = 0.75;

const [DECLINED, GREETING, CONVERSATION, ENTRY] = [0, 1, 2, 3];

function rank(match: Match): number {
  if (match.intent === null) return DECLINED;
  if (match.intent === 'greeting') return GREETING;
  return isConversationIntent(match.intent) ? CONVERSATION : ENTRY;
}

/** Whether a sentence's answer is conversation, a decline, or an entry among the whole message's closest. */
function bornOut(whole: Match, sentence: Match): boolean {
  return sentence.intent === null || isConversationIntent(sentence.intent) || whole.ranked.some((c) => c.intent === sentence.intent);
}

/** How far the whole message bears out a sentence's entry (one it ranks: see bornOut): its score for the whole relative to the best. */
function support(whole: Match, sentence: Match): number {
  const top = topScore(whole);
  const own = whole.ranked.find((c) => c.intent === sentence.intent)?.score;
  return own === undefined || top === 0 ? 1 : own / top;
}

function topScore(match: Match): number {
  return match.ranked[0]?.score ?? 0;
}

function isEntry(intent: string | null): boolean {
  return intent !== null && !isConversationIntent(intent);
}
