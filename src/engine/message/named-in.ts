import { STOPWORDS } from '../analysis/stopwords.js';
import { stem } from '../analysis/stem.js';
import type { Lang } from '../../kb/languages.js';
import { BoundedMemo } from './bounded-memo.js';
import { nynorskToBokmal } from '../analysis/nynorsk.js';
import { foldNordic } from '../analysis/fold.js';

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[.!?:;«»“”"]/gu;
const SENTENCE_END = /^[.!?:;]$/;
const CAPITALISED = /^\p{Lu}/u;
const ARTICLES = new Set(['a', 'an', 'en', 'ei', 'et', 'ein', 'eit']);
// Prepositions the stop words keep (they carry which way things go): never the thing whose name is asked, though a
// text sets them before names ("fullblodshester fra Russland" names no horse).
// prettier-ignore
const PREPOSITIONS = new Set(['fra', 'frå', 'from', 'into', 'with', 'about', 'mot', 'towards', 'ved', 'near', 'etter', 'after', 'før', 'before',
  'over', 'under', 'inn', 'ut', 'out', 'across', 'via', 'gjennom', 'te', 'tel']);

/**
 * Whether a text gives the name of something a question asks the name of: a word of the question
 * that the text uses as a common noun beside a capitalised word the question does not say
 * ("Khasan station", the “Friendship Bridge”). A capitalised word the question already says
 * ("Soviet officials" for "the names of the soviet officials") names nothing new, nor does a word
 * that opens a sentence, nor a name beside another name ("Kim Jong-un"); a text saying "the text names no journalist" names none.
 */
export function namesAsked(text: string, question: readonly string[], lang: Lang): boolean {
  const asked = new Set<string>();
  for (const t of thingNamed(question) ?? question) {
    if (STOPWORDS.has(t) || PREPOSITIONS.has(t) || /\p{N}/u.test(t)) continue;
    const stemmed = stem(t, lang);
    asked.add(stemmed);
    // "Sikkerhetsrådgiveren" stems to "sikkerhetsrådgiver", which the text's word stems further.
    if (lang === 'nb') asked.add(stem(stemmed, lang));
    // "brua" is also "broen", as a Bokmål text has it.
    if (lang === 'nb') asked.add(stem(nynorskToBokmal(t), lang));
  }
  const said = new Set(question);
  const { words, common, keys, compounds } = namingWordsOf(text, lang);
  const isNameWord = (i: number): boolean => isNameAt(words, i, said);
  for (let i = 0; i < words.length; i++) {
    const key = keys[i]!;
    if (!common.has(key) || !(asked.has(key) || headOfAsked(asked, key))) continue;
    // "38 North, en tenketank": a name set beside the thing by an article (the comma is no word here).
    const before = ARTICLES.has(words[i - 1]?.toLowerCase() ?? '') ? i - 2 : i - 1;
    if (isNameWord(before) || isNameWord(i + 1)) return true;
  }
  for (let k = 0; k < compounds.length; k++) if (endsInAsked(compounds[k]!, asked)) return true;
  return false;
}

// "The name of the analyst at the think tank", "navnet på analytikeren i 38 North": the words after these name the thing
// whose name is asked; what follows a preposition or a relative word only says where it is.
const NAME_OF = new Set(['name', 'names', 'navnet', 'navna', 'navnene', 'namnet', 'namna']);
const NAME_OF_WHAT = new Set(['of', 'på', 'til']);
const WHERE_IT_IS = new Set(['at', 'in', 'on', 'from', 'who', 'that', 'which', 'whose', 'som', 'ved', 'fra', 'frå', 'hos', 'of', 'på', 'for', 'i']);
const MOST_NAMED_WORDS = 3;

/** The words of the thing a "name of the …" question asks the name of, or undefined when it does not say so. */
function thingNamed(question: readonly string[]): string[] | undefined {
  for (let i = 0; i + 1 < question.length; i++) {
    if (!NAME_OF.has(question[i]!) || !NAME_OF_WHAT.has(question[i + 1]!)) continue;
    const thing: string[] = [];
    for (let j = i + 2; j < question.length && thing.length < MOST_NAMED_WORDS; j++) {
      const t = question[j]!;
      if (WHERE_IT_IS.has(t)) break;
      if (!STOPWORDS.has(t)) thing.push(t);
    }
    return thing.length > 0 ? thing : undefined;
  }
  return undefined;
}

// The shortest head of a compound asked about that counts as the thing itself ("grensestasjonen" is a "stasjon").
const MIN_HEAD = 5;

/** Whether a word asked about is a compound ending in the text's word: "grensestasjon" asks of the "stasjon". */
function headOfAsked(asked: ReadonlySet<string>, key: string): boolean {
  if (key.length < MIN_HEAD) return false;
  for (const word of asked) if (word.length > key.length + 2 && word.endsWith(key)) return true;
  return false;
}

// The shortest word a compound name may end in ("bro"), and the least it adds before it ("Vennskaps-").
const MIN_NAMED_PART = 3;
const MIN_NAME_HEAD = 3;
const QUOTE = /^[«»“”"]$/;

/**
 * Whether the text's word at `i` may name a thing by a compound ending in its word, as Norwegian names do
 * ("«Vennskapsbroen»" for "hva heter broen"): capitalised, and quoted or not opening a sentence (see endsInAsked).
 */
function mayNameCompound(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  const before = words[i - 1];
  // One word ("Vennskapsbroen"), not a hyphenated name whose last part the question says ("Il-sung").
  if (!CAPITALISED.test(w) || w.includes('-') || before === undefined || (SENTENCE_END.test(before) && !QUOTE.test(before))) return false;
  return QUOTE.test(before) || /\p{L}/u.test(before);
}

/** Whether such a word (lower-cased) is a compound ending in a word asked about. */
function endsInAsked(lower: string, asked: ReadonlySet<string>): boolean {
  for (const part of asked)
    if (part.length >= MIN_NAMED_PART && lower.length - part.length >= MIN_NAME_HEAD && lower.includes(part, lower.length - part.length - 3)) return true;
  return false;
}

/**
 * A text's words, the stems of those it writes in lower case, each word's stem lower-cased, and its words that may
 * name a thing by a compound, lower-cased (see namesAsked).
 */
interface NamingWords {
  readonly words: readonly string[];
  readonly common: ReadonlySet<string>;
  readonly keys: readonly string[];
  readonly compounds: readonly string[];
}

// Answer texts, per language: a few per entry (see BoundedMemo).
const NAMING_MEMO_LIMIT = 4_096;
const namingWords = { nb: new BoundedMemo<NamingWords>(NAMING_MEMO_LIMIT), en: new BoundedMemo<NamingWords>(NAMING_MEMO_LIMIT) };

/** The text's words as namesAsked reads them, worked out once per text and language (answer texts are asked about again and again). */
export function namingWordsOf(text: string, lang: Lang): NamingWords {
  const known = namingWords[lang].get(text);
  if (known !== undefined) return known;
  const words = text.match(WORD) ?? [];
  // Asked words the text uses in lower case somewhere: common nouns, not names ("Bridge" is, "Kim" is not).
  const common = new Set<string>();
  for (const w of words) if (!CAPITALISED.test(w)) common.add(stem(w, lang));
  const keys = words.map((w) => stem(w.toLowerCase(), lang));
  const compounds: string[] = [];
  for (let i = 0; i < words.length; i++) if (mayNameCompound(words, i)) compounds.push(words[i]!.toLowerCase());
  return namingWords[lang].set(text, { words, common, keys, compounds });
}

// Kinds of thing that have names, asked as "which countries", "hvilke land", "kem av landa": an answer names some.
// prettier-ignore
const NAMED_KINDS = new Set([
  'country', 'countries', 'nation', 'nations', 'land', 'landa', 'landene', 'landet', 'nasjon', 'nasjoner', 'nasjonar', 'state', 'states',
  'stat', 'stater', 'statar', 'city', 'cities', 'town', 'towns', 'byen', 'byer', 'byar', 'byane', 'byene', 'company', 'companies', 'firm',
  'firms', 'selskap', 'selskapet', 'selskaper', 'selskapa', 'firma', 'firmaet', 'organisation', 'organization', 'organisations', 'organizations',
  'organisasjon', 'organisasjonen', 'organisasjoner', 'organisasjonar', 'official', 'officials', 'tjenestemann', 'tjenestemenn', 'tjenestemennene',
  'tenestemann', 'tenestemenn', 'region', 'regions', 'port', 'ports', 'havn', 'havner', 'havnene', 'hamn', 'hamner', 'hamnene', 'hamnane', 'agency', 'agencies', 'etat', 'etaten',
  'ministry', 'departement', 'newspaper', 'newspapers', 'avis', 'aviser', 'farm', 'farms', 'stutteri', 'stutteriet', 'breed', 'breeds', 'rase',
  'rasen', 'raser', 'brand', 'model', 'modell', 'type', 'types', 'typen',
]);
// And commands to name them: "list the three countries", "nevn landene".
const WHICH = new Set(['which', 'what', 'hvilke', 'hvilken', 'hvilket', 'kva', 'ka', 'kem', 'kven', 'hvem', 'list', 'name', 'nevn']);
const OF = new Set(['of', 'av']);
// Words between "which" and the kind: "which Middle Eastern countries", "hvilke av landene"; one more after a command
// ("list the Middle East countries"): "what role did Soviet officials play" asks no names.
const KIND_SPAN = 3;
const LISTING = new Set(['list', 'nevn']);
// Words of where a kind is, which may stand between "which" and it however many: "which specific Middle East / North
// African countries".
// prettier-ignore
const PLACING = new Set([
  'middle', 'east', 'west', 'north', 'south', 'eastern', 'western', 'northern', 'southern', 'african', 'africa', 'asian', 'asia', 'european',
  'europe', 'arab', 'or', 'and', 'specific', 'exact', 'exactly', 'midtøsten', 'midtausten', 'nord', 'sør', 'aust', 'øst', 'vest', 'afrika',
  'nordafrikanske', 'afrikanske', 'asiatiske', 'europeiske', 'arabiske', 'eller', 'og', 'konkrete', 'spesifikke', 'nøyaktig',
]);

/** The kind of named thing a question asks which ones of ("which Middle Eastern countries" -> "countries"), if any. */
export function askedKind(tokens: readonly string[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!WHICH.has(tokens[i]!)) continue;
    // "Who of the countries" asks which; a bare "who"/"what" before a kind does not ("what country is it from" does).
    const person = tokens[i] === 'kem' || tokens[i] === 'kven' || tokens[i] === 'hvem';
    if (person && !OF.has(tokens[i + 1] ?? '')) continue;
    const span = LISTING.has(tokens[i]!) ? KIND_SPAN + 1 : KIND_SPAN;
    for (let j = i + 1; j < tokens.length; j++) {
      if (NAMED_KINDS.has(tokens[j]!)) return tokens[j];
      // Further only through words placing the kind: "which Middle East or North African countries".
      if (j >= i + span && !PLACING.has(tokens[j]!)) break;
    }
  }
  return undefined;
}

/**
 * Whether the texts speak of things of a kind without naming any: "countries in the Middle East or North Africa"
 * names no country, so it does not answer "which Middle Eastern countries". A text naming one beside its kind
 * ("the company Planet Labs", "Khasan station"), or never speaking of the kind (the question may use another
 * word), may answer.
 */
export function leavesUnnamed(texts: readonly string[], kind: string, question: readonly string[]): boolean {
  // In Bokmål too: "Midtausten" says the text's "Midtøsten".
  const said = new Set([...question, ...question.map(nynorskToBokmal)]);
  const asksOrigin = question.some((t) => ORIGIN.has(t));
  let spoken = false;
  for (const text of texts) {
    const words = text.match(WORD) ?? [];
    const isName = (i: number): boolean => isNameAt(words, i, said);
    // Asked where from ("which country did Kim buy his horses from"), a name after "from" answers: "horses from Russia".
    if (asksOrigin && words.some((w, i) => ORIGIN.has(w) && isName(words[i + 1] === 'the' ? i + 2 : i + 1))) return false;
    for (let i = 0; i < words.length; i++) {
      if (!sameKind(words[i]!.toLowerCase(), kind)) continue;
      spoken = true;
      if (isName(i - 1) || isName(i + 1) || pointsBack(words, i) || newQualifier(words, i, said)) return false;
    }
  }
  return spoken;
}

// Where something comes from: "fra hvilket land", "which country … from".
const ORIGIN = new Set(['from', 'fra', 'frå', 'ifra', 'ifrå']);

// "Between the two countries", "de to landene": the kind stands for those the text has named.
const POINTS_BACK = new Set(['two', 'both', 'these', 'those', 'begge', 'disse', 'desse']);
const THE_NB = new Set(['de', 'dei', 'disse', 'desse']);

function pointsBack(words: readonly string[], at: number): boolean {
  const before = words[at - 1]?.toLowerCase() ?? '';
  // Norwegian "to" (two) only after "de": "to" alone is mostly the English preposition ("ship to countries in …").
  return POINTS_BACK.has(before) || (before === 'to' && THE_NB.has(words[at - 2]?.toLowerCase() ?? ''));
}

// How far after a kind its qualifier may stand: "countries in the Middle East or North Africa".
const QUALIFIER_SPAN = 8;

/**
 * Whether the names qualifying a kind in a text ("countries in the Middle East or North Africa") tell the asker
 * something: they do when the question says none of them ("which countries does it pretend to ship to"), not when it
 * already says where ("which countries in the Middle East" asks which ones there).
 */
function newQualifier(words: readonly string[], at: number, said: ReadonlySet<string>): boolean {
  // Names as runs of capitalised words: "Middle East", "North Africa", "Nord-Afrika".
  const names: string[][] = [];
  let run: string[] = [];
  for (let j = at + 1; j < words.length && j <= at + QUALIFIER_SPAN && !SENTENCE_END.test(words[j]!); j++) {
    if (CAPITALISED.test(words[j]!)) run.push(...words[j]!.toLowerCase().split('-'));
    else if (run.length > 0) [names[names.length], run] = [run, []];
  }
  if (run.length > 0) names.push(run);
  if (names.length === 0) return false;
  // Folded: "midtosten" typed without ø says the text's "Midtøsten".
  const folded = [...said].map(foldNordic);
  return !names.some((name) => name.every((part) => folded.some((s) => sameKind(s, foldNordic(part)))));
}

/**
 * Whether a text names a person the question does not: two capitalised words in a row, not opening a sentence
 * ("John Kirby", "Kim Jong-un"), not all said in the question ("North Korea" in "who in North Korea") and not a
 * month. "North Korea said in September" names no one for "who in North Korea made the denial".
 */
export function namesSomeone(text: string, question: readonly string[]): boolean {
  const said = new Set(question);
  const words = text.match(WORD) ?? [];
  const nameWord = (i: number): boolean => {
    const w = words[i];
    return w !== undefined && CAPITALISED.test(w) && !MONTH.test(w);
  };
  for (let i = 0; i + 1 < words.length; i++) {
    if (!nameWord(i) || !nameWord(i + 1)) continue;
    // Opening a sentence, a word is capitalised whatever it is ("The White House"), a name too ("John Kirby says …").
    if ((i === 0 || SENTENCE_END.test(words[i - 1]!)) && STOPWORDS.has(words[i]!.toLowerCase())) continue;
    const parts = `${words[i]}-${words[i + 1]}`.toLowerCase().split('-');
    // Said in another form too: "North Korea" in "who in the north korean government".
    if (!parts.every((p) => said.has(p) || [...said].some((w) => w.length > p.length && w.startsWith(p) && p.length >= MIN_SAID_STEM))) return true;
  }
  return false;
}

// People asked for by their role ("who was the Soviet official who …", "kem va dæm sovjetiske tjenestemennan"), each
// role's words in any form, one pattern per role.
const ROLES = [
  /^(?:officials?|officers?|tjenestem[ae]nn\p{L}*|tenestem[ae]nn\p{L}*|offiser\p{L}*|embetsm[ae]nn\p{L}*)$/u,
  /^(?:analysts?|analytiker\p{L}*)$/u,
  /^(?:drivers?|lokfører\p{L}*|sjåfør\p{L}*)$/u,
  /^(?:spokes(?:man|person|woman)|(?:presse)?talsperson\p{L}*|(?:presse)?talsm[ae]nn\p{L}*|pressesekretær\p{L}*)$/u,
  /^(?:vets|veterinarians?|veterinær\p{L}*)$/u,
];

/**
 * Whether a text names the person a question asks for by role: a name beside the role's word ("US official John
 * Kirby"), as namesAsked finds it. Undefined when the question names no role or the text never speaks of that role
 * (then any name the question does not say may be the one). "Soviet officials helped install Kim Il-sung" names no
 * official, so it does not answer "hvem av de sovjetiske offiserene".
 */
export function namesRoleAsked(text: string, question: readonly string[], lang: Lang): boolean | undefined {
  const asked = ROLES.filter((role) => question.some((t) => role.test(t)));
  if (asked.length === 0) return undefined;
  const { words } = namingWordsOf(text, lang);
  if (!words.some((w) => asked.some((role) => role.test(w.toLowerCase())))) return undefined;
  return namesAsked(text, question, lang);
}

// The shortest name part a longer word of the question counts as saying ("korea" in "korean").
const MIN_SAID_STEM = 4;

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|Mars|Mai|Juni|Juli|Oktober|Desember)$/u;

// Forms of one word: "country" and "countries", "land" and "landa".
function sameKind(word: string, kind: string): boolean {
  let common = 0;
  while (common < word.length && common < kind.length && word[common] === kind[common]) common++;
  return common >= Math.min(4, kind.length, word.length) && Math.max(word.length, kind.length) - common <= 3;
}

/**
 * Whether the text's word at `i` is a name: capitalised, not opening a sentence, and not a word the
 * question itself says (every part of "Jong-un" asked is no name the text adds).
 */
function isNameAt(words: readonly string[], i: number, said: ReadonlySet<string>): boolean {
  const w = words[i];
  if (
    w === undefined ||
    !CAPITALISED.test(w) ||
    w
      .toLowerCase()
      .split('-')
      .every((part) => said.has(part))
  )
    return false;
  const before = words[i - 1];
  return before !== undefined && !SENTENCE_END.test(before);
}
