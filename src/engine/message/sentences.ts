/**
 * The sentences of a message, for questions that come after chatter ("my uncle keeps saying …. how
 * far back does that go"), and the questions of a message that asks two ("how long is the bridge,
 * and who reported the horse train"): a colon, a semicolon, or "and"/"og"/"so"/"så" before a question
 * word starts a new part (a filler after it or not: "… og liksom hva er det usa overvåker", as a run-on
 * message strings its thoughts), and so does a bare comma before a wh-word ("heisann, hva kan
 * du"; after a bare comma "er det"/"is it" is mostly a tag: "…, er det ikke rart?"). A message of
 * one part gives none: the whole is already asked.
 */
// "who's", "whats": a contracted wh-word ("im confused, whos behind …") opens a question as the word does.
// "wtf" is chat's "what" ("wtf can u even do"), and so are "wat", "wut" and "wot".
const WH_WORDS =
  "(?:who|what|when|where|why|how)(?:['’]?s)?|wtf|wat|wut|wot|which|hvem|hva|når|hvor|hvorfor|hvordan|hvilken|hvilket|hvilke|" +
  'kven|kva|kvar|kvifor|korleis|kor|ka|kem';
const QUESTION_WORDS = `${WH_WORDS}|did|does|do|is|are|was|were|has|have|can|could|har|er|var|kan|finnes|stemmer`;
// A closing after a comma ("…, cheers", "…, takk!", "…, mvh Kari") is said to the bot, not asked of it.
const SIGN_OFF = 'cheers|thanks|thank you|thx|ty|takk|tusen takk|mange takk|mvh|hilsen|regards|kind regards|best regards|best wishes';
/** A clause break: a colon or semicolon, "and"/"og"/"so" before one of `openers`, a comma before a wh-word, a closing. */
function clauseBreak(openers: string): RegExp {
  return new RegExp(
    `\\s*[:;]\\s+|,?\\s+(?:and|og|men|but|so|så)(?:\\s+(?:like|liksom|then|da))?\\s+(?=(?:${openers})\\s)|,\\s+(?=(?:${WH_WORDS})\\s)|,\\s+(?=(?:${SIGN_OFF})(?:\\s+\\p{L}+){0,2}[.!]*$)`,
    'iu',
  );
}
const CLAUSE = clauseBreak(QUESTION_WORDS);
// In a sentence ending as a statement ("Sitter og skriver jobbsøknad og har helt stopp."), "and" before a verb such as
// "har" or "is" goes on telling; only a wh-word after it starts a question of its own.
const CLAUSE_IN_STATEMENT = clauseBreak(WH_WORDS);
const ENDS_AS_STATEMENT = /[.!]\s*$/u;

// Where either split below can cut a text (a superset: it may find no cut where this matches).
const MAY_SPLIT = /[.!?…]\s|\n|[.!?]\p{L}|[:;]\s|,\s|\s[-–—]+\s|\s(?:and|og|men|but)\s/iu;

// "I do logistics in Rotterdam - was anything parked next to the train": a dash before a question word, after the asker
// telling of themselves, starts the question. Not after a topic ("Hwasong-17 - was that the ICBM they fired?") or a claim
// the asker heard ("I heard NK sent 10,000 soldiers — is that in the article?"), whose words the question needs.
const DASH_BEFORE_QUESTION = new RegExp(`\\s+[-–—]+\\s+(?=(?:${QUESTION_WORDS})\\s)`, 'iu');
const ASKER = /(?<!\p{L})(?:i'm|im|i've|i'd|my|we|our|jeg|min|mitt|mine|vi|vår|vårt|eg|æ)(?!\p{L})/iu;
// English "I", which in Norwegian is "in": only in a part with no Norwegian letters or words.
const ENGLISH_I = /(?<!\p{L})i(?!\p{L})/iu;
const NORWEGIAN = /[æøå]|(?<!\p{L})(?:og|er|det|som|på|av|til|har|ikke|en|et|ei)(?!\p{L})/iu;
const REPORTED = /(?<!\p{L})(?:heard|hear|read|saw|seen|told|said|says|hørte|hørt|leste|lest|sett|sa|sier)(?!\p{L})/iu;

// Where a sentence ends: after its mark and a space, at a line break, or a mark run into the next word; not after an
// abbreviation's full stop ("ant. hester", "ca. 200 m", "kl. 14", "approx. 2 km").
const NOT_ABBREVIATION = String.raw`(?<!(?<!\p{L})(?:ant|ca|evt|ang|dvs|mht|mtp|ifm|nr|kl|bl\.a|f\.eks|osv|approx|vs|etc|e\.g|i\.e)\.)`;
const SENTENCE_END = new RegExp(String.raw`(?<=[.!?…])${NOT_ABBREVIATION}\s+|\n+|(?<=[!?])(?=\p{L})`, 'iu');
// A full stop run into a capital ("ok.How long"); before a small letter it joins the parts of a name as code writes one
// ("hester.antall", "bridge.built_year").
const RUN_INTO_CAPITAL = /(?<=\p{Ll}\.)(?=\p{Lu})/u;

export function sentencesOf(text: string): string[] {
  // Most messages are one question: nothing to cut, no parts to build.
  if (!MAY_SPLIT.test(text)) return [];
  const parts = text
    .split(SENTENCE_END)
    .flatMap((s) => s.split(RUN_INTO_CAPITAL))
    .flatMap((s) => s.split(ENDS_AS_STATEMENT.test(s) ? CLAUSE_IN_STATEMENT : CLAUSE))
    .flatMap(splitAfterAsker)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  return parts.length > 1 ? parts : [];
}

/** A part cut at a dash before its question when the asker speaks of themselves before it (see DASH_BEFORE_QUESTION). */
function splitAfterAsker(part: string): string[] {
  const dash = DASH_BEFORE_QUESTION.exec(part);
  if (dash === null) return [part];
  const before = part.slice(0, dash.index);
  const asker = ASKER.test(before) || (ENGLISH_I.test(before) && !NORWEGIAN.test(before));
  if (!asker || REPORTED.test(before)) return [part];
  return [part.slice(0, dash.index), part.slice(dash.index + dash[0].length)];
}

// Where a whole sentence ends: a full stop or an exclamation mark before a space, or a line break.
const WHOLE_SENTENCE_END = /(?<=[.!…])\s+|\n+/u;

/**
 * A message's whole sentences, none split at a clause ("… about what's proven and what isn't" stays one): for the
 * sentences after thanks or a greeting, which ask nothing unless a whole one does. A question mark is left inside.
 */
export function wholeSentencesOf(text: string): string[] {
  return text.split(WHOLE_SENTENCE_END).filter((s) => /\p{L}/u.test(s));
}

// A connective may lead in ("also what's the bridge", "og hvem tok bildene"), or how exact the answer is to be ("roughly how
// many", "nøyaktig hvor mange").
const LEAD_IN =
  '(?:(?:also|so|btw|så|forresten|dessuten|exactly|precisely|roughly|approximately|about|around|nøyaktig|eksakt|omtrent|cirka|ca|sånn|rundt),?\\s+)?';
const OPENS_QUESTION = new RegExp(`^${LEAD_IN}(?:${QUESTION_WORDS})(?!\\p{L})`, 'iu');
const OPENS_WH_QUESTION = new RegExp(`^${LEAD_IN}(?:${WH_WORDS})(?!\\p{L})`, 'iu');

/**
 * Whether a sentence ends in a full stop: it tells, whatever opens it ("Har lest litt om saken." has only dropped its
 * "jeg"; "I was about to post …" its lone "I").
 */
export function endsAsStatement(sentence: string): boolean {
  return /\.\s*$/u.test(sentence);
}

/** Whether a sentence is put as a question: a question mark, or a question word first. */
export function isQuestion(sentence: string): boolean {
  return /\?\s*$/u.test(sentence) || OPENS_QUESTION.test(sentence.trim());
}

/** Whether a sentence opens with a question word ("is it …", "hva …"), whatever ends it. */
export function isQuestionWorded(sentence: string): boolean {
  return OPENS_QUESTION.test(sentence.trim());
}

/** Whether a sentence opens with a wh-word: it asks for something ("what was it carrying?"), not whether. */
export function asksWhat(sentence: string): boolean {
  return OPENS_WH_QUESTION.test(sentence.trim());
}
