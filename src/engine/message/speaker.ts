import { STOPWORDS } from '../analysis/stopwords.js';
import { BoundedMemo } from './bounded-memo.js';
import { QUESTION_WORDS } from './question-words.js';
import { isQuestion, sentencesOf } from './sentences.js';

/**
 * Questions for what someone said ("what did the Kremlin say about it", "hva svarte Kreml på
 * anklagene", "har Kreml kommentert saken"): an entry answers them only if it reports that
 * speaker. An entry on the topic that quotes someone else is the nearest thing, not the answer.
 */
// prettier-ignore
const SAID = new Set([
  'say', 'said', 'respond', 'responded', 'reply', 'replied', 'answer', 'answered', 'comment', 'commented', 'react', 'reacted', 'deny', 'denied', 'think',
]);
// What someone thinks of it is their words too: "hva mente Russland om det hele".
const SAYS_NB = new Set(['sa', 'sier', 'svarte', 'svarer', 'sagt', 'uttalte', 'mente', 'mener', 'meinte', 'meiner', 'syntes', 'synes']);
// "When did X say" asks for X's words as much as "what did X say" does.
const ASKS = new Set(['what', 'how', 'hva', 'kva', 'ka', 'hvordan', 'korleis', 'åssen', 'when', 'når']);
// "Has X commented", "har X nekta for det".
const HAS = new Set(['has', 'have', 'har']);
const DOES = new Set(['did', 'does', 'do']);
// After "what does X": the present ("what does North Korea say").
const SAY = new Set(['say', 'respond', 'reply', 'answer', 'comment', 'react', 'deny', 'think']);
// "Did X comment", "did X deny it": not "did X say", which may ask whether a speaker the article has said something.
const DID = new Set(['comment', 'respond', 'react', 'reply', 'deny', 'answer']);
// prettier-ignore
const COMMENTED_NB = new Set(['kommentert', 'svart', 'reagert', 'uttalt', 'sagt', 'benektet', 'nektet', 'nekta', 'avvist', 'avvise', 'tilbakevist']);
// Nynorsk and Bokmål prepositions that end the speaker: "hva sa Kreml om …".
// And the check that follows the speaker after a comma the tokens lost: "hva sier faktasjekken, stemmer det at …".
const ENDS_NB = new Set(['om', 'på', 'til', 'i', 'etter', 'da', 'med', 'at', 'så', 'stemmer']);
const LONGEST = 4;
// A word stressing the question before its verb: "what exactly did the Kremlin say".
const STRESS = new Set(['exactly', 'actually', 'really', 'precisely', 'specifically']);
// The indirect order ("what Russia said about it", "explain how Russia responded"), asked with "what" or "how" only: "when the
// US said so" dates a claim.
const WHAT = new Set(['what', 'hva', 'kva', 'ka', 'how', 'hvordan', 'korleis', 'åssen']);
const SAID_AFTER = new Set(['said', 'says', 'thinks', 'thought', 'replied', 'responded', 'answered']);
const ABOUT = new Set(['about', 'on', 'of', 'regarding', 'to', 'om', 'på', 'til']);
const TOLD_BEFORE = new Set(['is', 'thats', 'that', 'er', 'det']);
const INDIRECT_NOT = new Set(['for', 'slags', 'was', 'is', 'were', 'been', 'vart', 'ble', 'blei', 'blir', 'vert', 'er', 'var', 'som']);
// Who a question may name without asking for a quoted speaker: the article, or someone already meant.
// prettier-ignore
const NOT_SPEAKERS = new Set([
  'article', 'artikkelen', 'artikkel', 'saken', 'teksten', 'text', 'story', 'piece', 'report', 'news', 'nyheten', 'reportasjen', 'tv', '2', 'tv2', 'he', 'she', 'han', 'hun', 'ho', 'dei', 'dem',
  'himself', 'themselves', 'selv', 'sjøl', 'sjølv', 'actually', 'egentlig', 'eigentleg', 'eigentlig', 'egentleg', 'faktisk', 'really', 'exactly', 'even', 'just', 'officially',
  // How often or how openly: "has North Korea ever denied it", "har Russland noensinne benektet det".
  'ever', 'once', 'publicly', 'openly', 'formally', 'previously', 'noensinne', 'nokosinne', 'offentlig', 'offentleg', 'tidligere', 'tidlegare',
  // How flatly: "did they flat out deny it", "har de blankt avvist det".
  'flat', 'flatly', 'out', 'outright', 'straight', 'completely', 'totally', 'strongly', 'firmly', 'categorically', 'explicitly', 'directly',
  'blankt', 'kategorisk', 'kontant', 'bestemt', 'direkte', 'fullstendig', 'sterkt',
  // Whatever was said: "has anything been said by …".
  'anything', 'something', 'nothing', 'noe', 'noko', 'noka', 'been', 'blitt', 'vorte',
  'not', 'never', 'ikke', 'ikkje', 'itj', 'aldri', 'govt', 'government', 'officials', 'authorities', 'regjeringen', 'myndighetene', 'myndigheitene', 'styresmaktene',
  // "Hva sier hver av dem", "what do both sides say": the speakers named before.
  'hver', 'hvert', 'kvar', 'kvart', 'each', 'begge', 'both', 'sides', 'sidene', 'partene', 'alle', 'everyone', 'everybody',
  // The country already meant: "hva har landet selv sagt", "what has the country itself said".
  'landet', 'country',
  // The fact check itself, the bot's or the article's: "hva sier faktasjekken", "what does the fact check say".
  'faktasjekken', 'faktasjekk', 'faktasjekkerne', 'faktasjekkarane', 'factcheck', 'fact', 'check', 'factchecker', 'factcheckers', 'checkers',
  // The same typed apart: "hva sier fakta sjekken".
  'fakta', 'sjekken', 'sjekk',
  'bot', 'boten', 'botten', 'factbot',
]);
// What a text says, not a speaker: "hva sier FN-sanksjonene", "what do the satellite images show or say".
// prettier-ignore
const DOCUMENTS = new Set([
  'sanctions', 'sanksjonene', 'sanksjonane', 'sanksjoner', 'resolution', 'resolusjonen', 'resolusjonane', 'law', 'loven', 'lova', 'rules', 'reglene',
  'ban', 'forbudet', 'forbodet', 'images', 'pictures', 'photos', 'bildene', 'bilda', 'bileta', 'biletene', 'satellittbildene', 'letters', 'brevene', 'breva',
  // "What do the records say", "hva sier tallene": figures kept, which an entry gives or not.
  'records', 'data', 'figures', 'numbers', 'statistics', 'stats', 'documents', 'papers', 'tallene', 'dataene', 'statistikken', 'dokumentene', 'papirene',
]);
// What someone said, named by a noun after them ("Russia's response", "Kremls reaksjon"), and the verb before them.
// prettier-ignore
const RESPONSE = new Set(['response', 'reaction', 'reply', 'answer', 'statement', 'comment', 'svar', 'svaret', 'reaksjon', 'reaksjonen',
  'kommentar', 'uttalelse', 'uttalelsen']);
const BE = new Set(['is', 'was', 'are', 'er', 'var', 'e', 'va']);
// "artikelen", "the articel": the article however it is typed.
const ARTICLE = /^(?:artik|articl|artic)/u;

/** The content words naming whoever a question asks the words of, or undefined when it asks none. */
export function askedSpeaker(tokens: readonly string[]): string[] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let span: readonly string[] | undefined;
    if ((ASKS.has(t) || HAS.has(t) || t === 'did') && tokens[i + 1] !== undefined) {
      // "what did X say", "what does X say", "has X commented", "did X deny it"; "what exactly did X say".
      const next = ASKS.has(t) && STRESS.has(tokens[i + 1]!) ? i + 2 : i + 1;
      const from = ASKS.has(t) && DOES.has(tokens[next] ?? '') ? next + 1 : HAS.has(t) || t === 'did' ? i + 1 : -1;
      // After "does" the verb is in the present: "what does this mean and who said it" asks no one's words.
      const saying = t === 'did' ? DID : tokens[next] === 'did' || HAS.has(t) ? SAID : SAY;
      if (from > 0)
        for (let j = from; j < Math.min(tokens.length, from + LONGEST + 1); j++)
          if (saying.has(tokens[j]!) || (saying !== SAY && COMMENTED_NB.has(tokens[j]!))) span = tokens.slice(from, j);
      // "hva FN har sagt om …", "what the UN has said": the speaker before "har"/"has" and its verb.
      if (span === undefined && ASKS.has(t)) {
        for (let j = i + 2; j < Math.min(tokens.length - 1, i + 2 + LONGEST); j++)
          if (HAS.has(tokens[j]!) && (COMMENTED_NB.has(tokens[j + 1]!) || SAID.has(tokens[j + 1]!))) span = tokens.slice(i + 1, j);
      }
      // "hva Russland sa om anklagene", "what Russia said about it": the indirect order, the verb after whoever speaks.
      // Not "that's what my feed says" (hearsay told), "kva for tenestemann sa at" (who said it), "kva vart det sagt om".
      if (span === undefined && WHAT.has(t) && !TOLD_BEFORE.has(tokens[i - 1] ?? '') && !INDIRECT_NOT.has(tokens[i + 1]!)) {
        for (let j = i + 2; j < Math.min(tokens.length, i + 2 + LONGEST); j++)
          if ((SAYS_NB.has(tokens[j]!) || SAID_AFTER.has(tokens[j]!)) && (j + 1 === tokens.length || ABOUT.has(tokens[j + 1]!))) {
            if (!tokens.slice(i + 1, j).some((w) => INDIRECT_NOT.has(w))) span = tokens.slice(i + 1, j);
            break;
          }
      }
      // The progressive: "what is Russia saying about it", "what are they responding".
      if (span === undefined && ASKS.has(t) && BE.has(tokens[i + 1] ?? '')) {
        const at = tokens.findIndex((w, j) => j > i + 2 && j <= i + 2 + LONGEST && SAYING.has(w));
        if (at > 0) span = tokens.slice(i + 2, at);
      }
      // The cleft: "når var det Nord-Korea sa det", "what was it the Kremlin said".
      if (span === undefined && ASKS.has(t) && BE.has(tokens[i + 1] ?? '') && IT.has(tokens[i + 2] ?? '')) {
        const from = THAT.has(tokens[i + 3] ?? '') ? i + 4 : i + 3;
        const at = tokens.findIndex((w, j) => j > from && j <= from + LONGEST && (SAYS_NB.has(w) || SAID_AFTER.has(w)));
        if (at > 0 && !tokens.slice(from, at).some((w) => NOT_IN_CLEFT.has(w))) span = tokens.slice(from, at);
      }
      // "hva sa X om", "hvordan reagerte X"
      if (span === undefined && ASKS.has(t) && (SAYS_NB.has(tokens[i + 1]!) || tokens[i + 1] === 'reagerte')) {
        let j = i + 2;
        while (j < tokens.length && j < i + 2 + LONGEST && !ENDS_NB.has(tokens[j]!)) j++;
        span = tokens.slice(i + 2, j);
      }
      // "what is Russia's (official) response", "what's the Kremlin's reaction" (its "is" gone with the "'s"), "hva er
      // Russlands svar": the speaker's words asked for by a noun.
      if (span === undefined && ASKS.has(t)) {
        const from = BE.has(tokens[i + 1] ?? '') ? i + 2 : i + 1;
        const at = tokens.findIndex((w, j) => j > from && j <= from + LONGEST && RESPONSE.has(w));
        if (at > 0) span = tokens.slice(from, at);
      }
    }
    // "Om Russland har svart på anklagene", "whether Russia responded": the indirect yes/no question, passed on ("sjefen
    // min spør om …") or asked ("do you know if …").
    if (IF.has(t)) span = indirectSpeaker(tokens, i + 1);
    if (span?.some((w) => DOCUMENTS.has(w))) continue;
    const named = span?.filter((w) => !STOPWORDS.has(w) && !NOT_SPEAKERS.has(w) && !ASKS.has(w) && !ARTICLE.test(w));
    if (named && named.length > 0) return named;
  }
  return passiveSpeaker(tokens);
}

const SAYING = new Set(['saying', 'responding', 'replying', 'answering', 'commenting', 'reacting', 'claiming', 'stating']);
const IF = new Set(['if', 'whether', 'om']);
const IT = new Set(['it', 'det']);
const THAT = new Set(['that', 'at']);
// A cleft's speaker is a name, not a clause: "hva er det for noe og hvem sa det", "hva var det i toget, eller jeg mener".
// prettier-ignore
const NOT_IN_CLEFT = new Set(['and', 'or', 'og', 'eller', 'for', 'jeg', 'eg', 'æ', 'je', 'me', 'we', 'vi', 'you', 'du', 'who', 'hvem', 'kven', 'kem']);
// prettier-ignore
const RESPONDED = new Set([
  'responded', 'reacted', 'commented', 'replied', 'answered', 'denied', 'svarte', 'svara', 'reagerte', 'reagerade', 'kommenterte', 'benektet',
  'avviste', 'tilbakeviste',
]);

/** The speaker of an indirect yes/no question from `from` ("[om] Russland har svart", "[if] Russia responded"), if it asks one. */
function indirectSpeaker(tokens: readonly string[], from: number): readonly string[] | undefined {
  for (let j = from + 1; j < Math.min(tokens.length, from + 1 + LONGEST); j++) {
    const w = tokens[j]!;
    if (RESPONDED.has(w) || (HAS.has(w) && (COMMENTED_NB.has(tokens[j + 1] ?? '') || SAID.has(tokens[j + 1] ?? '')))) return tokens.slice(from, j);
  }
  return undefined;
}

// The passive: "has anything been said by North Korea", "what was said by the Kremlin about it", "ble det sagt noe av Kreml".
// prettier-ignore
const SAID_PARTICIPLE = new Set([
  'said', 'stated', 'claimed', 'denied', 'commented', 'answered', 'sagt', 'uttalt', 'hevdet', 'påstått', 'benektet', 'nektet', 'avvist', 'kommentert',
]);
const BY = new Set(['by', 'av']);

function passiveSpeaker(tokens: readonly string[]): string[] | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!SAID_PARTICIPLE.has(tokens[i]!)) continue;
    // "sagt noe av Kreml": a word between.
    const by = BY.has(tokens[i + 1]!) ? i + 1 : BY.has(tokens[i + 2] ?? '') && NOT_SPEAKERS.has(tokens[i + 1]!) ? i + 2 : -1;
    if (by < 0) continue;
    let end = by + 1;
    while (end < tokens.length && end <= by + LONGEST && !ABOUT.has(tokens[end]!) && !ENDS_NB.has(tokens[end]!)) end++;
    const named = tokens.slice(by + 1, end).filter((w) => !STOPWORDS.has(w) && !NOT_SPEAKERS.has(w));
    if (named.length > 0) return named;
  }
  return undefined;
}

// A government speaks through its offices: the US through the White House and its officials.
// prettier-ignore
const SPEAKS_FOR = new Map<string, readonly string[]>(
  ['us', 'usa', 'america', 'amerika', 'washington', 'american', 'americans', 'amerikanerne', 'amerikanske', 'amerikanarane'].map((w) => [w, ['white house', 'hvite hus', 'kirby']]),
);

/**
 * Whether a text reports a speaker: one of its words, or a word the lexicon holds the same as one
 * (`sameAs`: "US" and "Washington"), stands in the text as someone speaking: before a verb of saying
 * ("North Korea said", "the US claim") or after "according to". A speaker only mentioned is not one:
 * "North Korea said it never sold weapons to Russia" reports nothing Russia said.
 */
export function reportsSpeaker(text: string, speaker: readonly string[], sameAs: (word: string) => readonly string[]): boolean {
  const forms = speakerForms(speaker, sameAs);
  // Sentence by sentence: "… to Russia. North Korea said …" is no Russia saying.
  return sentenceWordsOf(text).some((words) => speaksIn(words, forms));
}

// Answer texts: a few per entry (see BoundedMemo).
const sentenceWords = new BoundedMemo<ReadonlyArray<readonly string[]>>(4_096);

/** A text's sentences as lower-cased words: worked out once per text (every question asking a speaker reads the same answers). */
function sentenceWordsOf(text: string): ReadonlyArray<readonly string[]> {
  return (
    sentenceWords.get(text) ??
    sentenceWords.set(
      text,
      text
        .toLowerCase()
        .split(/[.!?;]\s/u)
        .map((sentence) => sentence.match(/[\p{L}\p{N}]+/gu) ?? []),
    )
  );
}

/** Whether a name (a source's, "North Korean authorities") names the speaker a question asks about. */
export function namesSpeaker(name: string, speaker: readonly string[], sameAs: (word: string) => readonly string[]): boolean {
  const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return speakerForms(speaker, sameAs).some((form) => formsAt(words, form).length > 0);
}

/**
 * Whether a source's name is the speaker a question names: one of the speaker's forms ends the name ("38 North", "John
 * Kirby", "FN" for "the UN"). Not a name the speaker only qualifies: Russia is not "Russian veterinary authorities".
 */
export function isSpeakersName(name: string, speaker: readonly string[], sameAs: (word: string) => readonly string[]): boolean {
  const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return speakerForms(speaker, sameAs).some((form) => formsAt(words, form).includes(words.length - form.split(' ').length));
}

function speakerForms(speaker: readonly string[], sameAs: (word: string) => readonly string[]): string[] {
  const party = speaker.some((word) => PARTY.has(word));
  return speaker.flatMap((word) => [word, ...sameAs(word), ...(SPEAKS_FOR.get(word) ?? []), ...((party && LEADS.get(word)) || [])]);
}

// A leader's side, camp or regime ("what did Kim's side say", "Putins folk") is the country they lead speaking.
const PARTY = new Set(['side', 'sida', 'siden', 'camp', 'regime', 'regimet', 'people', 'folk', 'leir', 'leiren']);
// prettier-ignore
const LEADS = new Map<string, readonly string[]>([
  // Kim by his family name only: "un" of "Jong-un" is also the UN.
  ...['kim', 'kims'].map((w): [string, readonly string[]] => [w, ['north korea', 'nord korea', 'pyongyang']]),
  ...['putin', 'putins'].map((w): [string, readonly string[]] => [w, ['russia', 'russland', 'kremlin', 'kreml', 'moscow', 'moskva']]),
  ...['biden', 'bidens'].map((w): [string, readonly string[]] => [w, ['white house', 'hvite hus', 'kirby']]),
]);

/** Where a (multi-word) form stands among the words. */
function formsAt(words: readonly string[], form: string): number[] {
  const parts = form.split(' ');
  const at: number[] = [];
  for (let i = 0; i + parts.length <= words.length; i++) if (partsAt(words, i, parts)) at.push(i);
  return at;
}

/** Whether the words from `at` on are the parts, each in one of its forms (see sameForm). Plain loops: every word of every answer sentence comes here. */
function partsAt(words: readonly string[], at: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (!sameForm(words[at + k]!, parts[k]!)) return false;
  return true;
}

function speaksIn(words: readonly string[], forms: readonly string[]): boolean {
  return forms.some((form) =>
    formsAt(words, form).some((i) => {
      const end = i + form.split(' ').length;
      if (words.slice(end, end + SPEECH_SPAN).some((w) => SPEECH.has(w))) return true;
      // Norwegian puts the verb first after an adverb: "Tidligere samme uke anklaget Det hvite hus …".
      if (words.slice(Math.max(0, i - INVERTED_SPAN), i).some((w) => SPEECH.has(w))) return true;
      return words.slice(Math.max(0, i - SPEECH_SPAN), i).some((w) => ACCORDING.has(w));
    }),
  );
}

// A possessive speaks too: "USAs påstand", "Kirby's words".
// A name's genitive, and the definite forms a Norwegian question may put it in ("huset" for "Det hvite hus").
const ENDINGS = ['s', 'et', 'en', 'a'];
const LONGEST_ENDING = 2;

function sameForm(word: string, form: string): boolean {
  if (word === form) return true;
  // Not destructured from a pair: a new array per word compared.
  const wordShorter = word.length < form.length;
  const short = wordShorter ? word : form;
  const long = wordShorter ? form : word;
  return long.length - short.length <= LONGEST_ENDING && long.startsWith(short) && ENDINGS.includes(long.slice(short.length));
}

// How far from the speaker its verb may stand: "North Korea's leader Kim Jong-un is known", "Kirby, Biden's adviser, says".
const SPEECH_SPAN = 4;
const INVERTED_SPAN = 3;
// prettier-ignore
const SPEECH = new Set([
  'said', 'says', 'say', 'stated', 'states', 'claimed', 'claims', 'claim', 'accused', 'accuses', 'reported', 'reports', 'writes', 'wrote',
  'denied', 'denies', 'notes', 'noted', 'told', 'call', 'calls', 'called', 'announced', 'confirmed', 'published', 'exchanged', 'letters',
  // A resolution speaks for the UN: "a UN resolution that bars …".
  'resolution', 'resolusjon', 'utvekslet', 'brev',
  'sa', 'sier', 'uttalte', 'hevdet', 'hevder', 'påstand', 'påstanden', 'anklaget', 'anklager', 'beskylder', 'beskyldte', 'rapporterte',
  'rapporterer', 'skriver', 'skrev', 'påpeker', 'meldt', 'melder', 'meldte', 'benektet', 'nektet', 'tar', 'kunngjorde', 'bekreftet', 'publiserte',
]);
const ACCORDING = new Set(['according', 'ifølge', 'iflg']);

// "According to 38 North", "ifølge Kirby": whose account a question asks for, up to the words that end the name.
// prettier-ignore
const ENDS_ACCORDING = new Set(['what', 'who', 'when', 'where', 'why', 'how', 'hva', 'hvem', 'når', 'hvor', 'hvorfor', 'hvordan', 'kva', 'kven',
  'is', 'was', 'are', 'were', 'did', 'does', 'er', 'var', 'har', 'om', 'about', 'in', 'i', 'on', 'på', 'og', 'and', 'but', 'men']);

/** The content words of a source a question asks by ("… according to 38 North", "ifølge Kirby, …"), or undefined. */
export function accordingSpeaker(tokens: readonly string[]): string[] | undefined {
  const at = tokens.findIndex((t) => ACCORDING.has(t));
  if (at < 0) return undefined;
  const from = tokens[at + 1] === 'to' ? at + 2 : at + 1;
  let end = from;
  while (end < tokens.length && end < from + LONGEST && !ENDS_ACCORDING.has(tokens[end]!)) end++;
  const span = tokens.slice(from, end);
  if (span.some((w) => DOCUMENTS.has(w))) return undefined;
  const named = span.filter((w) => !STOPWORDS.has(w) && !NOT_SPEAKERS.has(w) && !ARTICLE.test(w));
  return named.length > 0 ? named : undefined;
}

// "North Korea says …", "Nord-Korea sier at …", "sier Nord-Korea at …": a statement's speaker, put to be checked.
// prettier-ignore
const STATES = new Set(['says', 'said', 'claims', 'claimed', 'insists', 'denies', 'denied', 'sier', 'si', 'sa', 'seier', 'påstår', 'hevder',
  'hevdet', 'nekter', 'benekter', 'avviser']);

/**
 * Who a message opens by quoting ("North Korea says it sells no weapons?"), or undefined: the speaker whose own claim the
 * message is likelier about than another's on the same topic.
 */
export function statingSpeaker(tokens: readonly string[]): string[] | undefined {
  // "sier Nord-Korea at …": the verb first, the speaker up to "at"/"that".
  const from = STATES.has(tokens[0] ?? '') ? 1 : 0;
  for (let j = from + 1; j < Math.min(tokens.length, from + LONGEST + 1); j++) {
    const ends = from === 1 ? tokens[j] === 'at' || tokens[j] === 'that' : STATES.has(tokens[j]!) || statesUninflected(tokens, j);
    if (!ends) continue;
    const named = tokens.slice(from, j).filter((w) => !STOPWORDS.has(w) && !NOT_SPEAKERS.has(w) && !ARTICLE.test(w));
    return named.length > 0 ? named : undefined;
  }
  return undefined;
}

// "America say North Korea sell weapon …": the verb without its -s, as learners write it; not after a question word or
// an auxiliary ("what did the Kremlin say" asks for words, see askedSpeaker).
const STATES_UNINFLECTED = new Set(['say', 'claim', 'deny']);
const AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'had', 'to', 'not', 'dont', 'doesnt', 'didnt']);

function statesUninflected(tokens: readonly string[], j: number): boolean {
  return STATES_UNINFLECTED.has(tokens[j]!) && !tokens.slice(0, j).some((w) => QUESTION_WORDS.has(w) || AUXILIARIES.has(w));
}

/**
 * The speaker a message opens by quoting (statingSpeaker), unless that opening is context told before a question of the
 * message's own: "So the US says NK is arming Russia, NK says they never did. Has North Korea ever admitted …?" asks
 * about North Korea. `message`: the cleaned text `tokens` come from.
 */
export function askedStatingSpeaker(tokens: readonly string[], message: string): string[] | undefined {
  const stating = statingSpeaker(tokens);
  if (stating === undefined) return undefined;
  const [first, ...rest] = sentencesOf(message);
  return first !== undefined && !isQuestion(first) && rest.some(isQuestion) ? undefined : stating;
}
