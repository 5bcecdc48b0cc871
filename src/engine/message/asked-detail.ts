import { withNordicQuestionWords } from '../analysis/nordic.js';
import { asksAge } from './asked-age.js';
import { asksContents } from './asked-contents.js';
import { isClockAt } from './clock-time.js';
import { askedIdentity } from './asked-identity.js';
import { asksMotive } from './asked-motive.js';
import { asksOwner } from './asked-owner.js';
import { asksPlace } from './asked-place.js';
import { asksSize } from './asked-size.js';
import { askedKind } from './named-in.js';
import { LastTokensMemo } from './last-tokens-memo.js';
import { patternsIn, TokenPatternSet, type FoundPatterns } from './token-pattern.js';
import { mayStateName, withoutStatedNames } from './stated-name.js';
import { sameWord } from './word-forms.js';

/**
 * Questions for a detail: a time ("when exactly did they write") or a quantity ("how many horses").
 * An entry on the right topic still cannot answer one if its text gives no time or number; the
 * honest reply is then that the article does not give that detail, and the entry is offered.
 */
export type Detail =
  | 'time'
  | 'day'
  | 'date'
  | 'clock'
  | 'price'
  | 'quantity'
  | 'exactQuantity'
  | 'family'
  | 'head'
  | 'acronym'
  | 'identifier'
  | 'distance'
  | 'length'
  | 'speed'
  | 'zone'
  | 'weight'
  | 'width'
  | 'height'
  | 'since'
  | 'wording'
  | 'quote'
  | 'later'
  | 'present'
  | 'span'
  | 'lasting'
  | 'month'
  | 'income'
  | 'home'
  | 'link'
  | 'penalty'
  | 'attribute'
  | 'method'
  | 'contents'
  | 'place'
  | 'definition'
  | 'identity'
  | 'motive'
  | 'size'
  | 'age'
  | 'owner';

/**
 * What a question asks for: a time, a quantity, or a duration (which either can answer); an exact
 * figure ("exactly how many"), someone's family ("married to"), who heads an organisation, what an
 * abbreviation stands for, or an official number ("resolution number"); a distance, a speed or a
 * weight, each in its own units; a whole text word for word; what happened after the article
 * ("what did they find out in the end"); how things stand now ("does it have nuclear weapons now").
 * And names: of the thing asked about (`name`), of someone within a body ("who in North Korea",
 * `person`), or which ones of a kind ("which Middle Eastern countries", `which`); see named-in.ts.
 */
export type AskedDetail = Detail | 'duration' | 'name' | 'person' | 'which';

/** The details an entry's text is checked for; names are checked against the question (named-in.ts). */
type PatternDetail = Exclude<AskedDetail, 'which' | 'contents' | 'place' | 'definition' | 'identity' | 'motive' | 'size' | 'age' | 'owner' | 'since'>;

// "How many metres long", "hvor mange meter lang": a distance's words, but the thing's own length asked. Only after a
// distance's words: "the bridge is like 8 km long?" is a length guessed, to be checked.
// prettier-ignore
const LONG_MEASURE: string[][] = [
  ...['m', 'metres', 'meters', 'metre', 'meter', 'km', 'kilometres', 'kilometers', 'kilometer', 'miles'].flatMap((unit) => [[unit, 'long'], [unit, 'lang'], [unit, 'lange']]),
  ['is', 'long'], ['er', 'lang'],
];
const ASKS_LONG_MEASURE = new TokenPatternSet(LONG_MEASURE);

// "How many metres": a distance, or the length of the thing it names.
// prettier-ignore
const COUNTED_UNIT: string[][] = [
  ['how', 'many', 'metres'], ['how', 'many', 'meters'], ['how', 'many', 'meter'], ['how', 'many', 'kilometres'], ['how', 'many', 'kilometers'],
  ['how', 'many', 'km'], ['how', 'many', 'miles'], ['hvor', 'mange', 'meter'], ['hvor', 'mange', 'kilometer'], ['hvor', 'mange', 'km'],
  ['kor', 'mange', 'meter'], ['kor', 'mange', 'kilometer'], ['kor', 'mange', 'km'],
];
const ASKS_COUNTED_UNIT = new TokenPatternSet(COUNTED_UNIT);
// The words that make a counted unit a distance: "how many metres from the bridge", "hvor mange km unna".
// prettier-ignore
const DISTANCE_WORDS = new Set(['from', 'to', 'away', 'apart', 'between', 'off', 'fra', 'frå', 'til', 'te', 'unna', 'mellom', 'borte', 'far', 'langt', 'distance', 'avstand', 'avstanden']);

// How far after "how many" an "exactly" still says that the count is to be exact (see exactQuantity).
const MOST_BEFORE_EXACTLY = 10;

// prettier-ignore
const ASKS: Record<PatternDetail, TokenPatternSet> = {
  // What one thing costs ("how much does a thoroughbred cost"), which a total spent does not give.
  price: new TokenPatternSet([
    ['how', 'much', 'does', '*', 'cost'], ['how', 'much', 'does', '*', '*', 'cost'], ['how', 'much', 'does', '*', '*', '*', 'cost'],
    ['how', 'much', 'does', '*', '*', '*', '*', 'cost'], ['how', 'much', 'is', 'a'], ['how', 'much', 'is', 'one'], ['price', 'of'],
    ['what', 'does', '*', 'cost'], ['what', 'does', '*', '*', 'cost'], ['what', 'does', '*', '*', '*', 'cost'], ['what', 'does', '*', '*', '*', '*', 'cost'],
    ['what', 'do', '*', 'cost'], ['what', 'do', '*', '*', 'cost'],
    // What one goes for ("how much does a thoroughbred go for").
    ['how', 'much', 'does', '*', 'go', 'for'], ['how', 'much', 'does', '*', '*', 'go', 'for'], ['how', 'much', 'do', '*', 'go', 'for'], ['how', 'much', 'do', '*', '*', 'go', 'for'], ['hvor', 'mye', 'koster'], ['kor', 'mykje', 'kostar'],
    ['kor', 'mye', 'koster'], ['hva', 'koster'], ['kva', 'kostar'], ['prisen', 'på'], ['prisen', 'for'], ['pris', 'per'], ['price', 'per'],
    // Past tense, dialect and Swedish forms, the dearest one, one apiece.
    ['hvor', 'mye', 'kostet'], ['kor', 'mykje', 'kosta'], ['kor', 'mykje', 'kostet'], ['kor', 'mye', 'kosta'], ['hva', 'kostet'], ['kva', 'kosta'],
    ['ka', 'kosta'], ['ka', 'koste'], ['ka', 'koster'], ['hvor', 'mycket', 'kostade'], ['hvor', 'mycket', 'koster'], ['what', 'did', '*', 'cost'],
    ['what', 'did', '*', '*', 'cost'], ['most', 'expensive'], ['the', 'cheapest'], ['dyreste'], ['billigste'], ['per', 'stykk'], ['apiece'],
    ['each', 'cost'], ['charge', 'for'], ['charges', 'for'], ['tar', 'betalt'],
  ]),
  // The time of day ("what time did it cross"), which a date or a weekday does not give. Not "kva tid":
  // in Nynorsk that is plain "when".
  clock: new TokenPatternSet([
    ['what', 'time'], ['klokkeslett'], ['klokkeslettet'], ['what', 'hour'], ['hva', 'var', 'klokka'], ['hva', 'var', 'klokken'],
    ['kva', 'var', 'klokka'], ['hvor', 'mye', 'var', 'klokka'], ['kor', 'mykje', 'var', 'klokka'], ['time', 'of', 'day'],
    // "Når på døgnet", "ka tid på døgnet": the time of day.
    ['på', 'døgnet'], ['pa', 'dognet'], ['på', 'døgeret'], ['tid', 'på', 'dagen'], ['time', 'of', 'the', 'day'],
  ]),
  // A particular day ("which day in September"), which a month or a year does not give.
  day: new TokenPatternSet([['what', 'day'], ['which', 'day'], ['kva', 'dag'], ['ka', 'dag'], ['hvilken', 'dag'], ['hvilke', 'dager']]),
  // A month ("which month in 2020"), which a year does not give.
  month: new TokenPatternSet([
    ['what', 'month'], ['which', 'month'], ['hvilken', 'måned'], ['hvilken', 'måne'], ['kva', 'månad'], ['kva', 'måned'], ['ka', 'måned'],
    ['ka', 'månad'], ['hvilke', 'måneder'], ['what', 'months'], ['which', 'months'],
  ]),
  // A date, which a weekday does not give either ("Wednesday" is no date).
  date: new TokenPatternSet([
    ['what', 'date'], ['which', 'date'], ['exact', 'date'], ['what', 'dates'], ['hvilken', 'dato'], ['kva', 'dato'], ['ka', 'dato'], ['hvilke', 'datoer'],
    ['dato'], ['datoen'], ['date'], ['calendar', 'date'],
  ]),
  exactQuantity: new TokenPatternSet([
    ['exactly', 'how', 'many'], ['exactly', 'how', 'much'], ['how', 'many', '*', 'exactly'], ['how', 'many', '*', '*', 'exactly'],
    ['precisely', 'how'], ['exact', 'number'], ['exact', 'figure'], ['exact', 'amount'], ['exact', 'count'],
    ['nøyaktig', 'hvor'], ['nøyaktig', 'kor'], ['hvor', 'mange', '*', 'nøyaktig'], ['hvor', 'mange', '*', '*', 'nøyaktig'],
    ['how', 'much', '*', 'exactly'], ['how', 'much', '*', '*', 'exactly'], ['hvor', 'mye', '*', 'nøyaktig'], ['kor', 'mykje', '*', 'nøyaktig'], ['eksakt', 'hvor'], ['eksakte', 'antallet'],
    ['nøyaktige', 'antallet'], ['nøyaktig', 'antall'], ['eksakt', 'antall'], ['nøyaktige', 'talet'],
    // "…, nøyaktig tall?", "eksakt tal", "the precise number".
    ['nøyaktig', 'tall'], ['nøyaktig', 'tal'], ['eksakt', 'tall'], ['eksakt', 'tal'], ['nøyaktige', 'tallet'], ['eksakte', 'tallet'],
    ['precise', 'number'], ['precise', 'figure'], ['exact', 'numbers'], ['exact', 'figures'],
    // "How much exactly", "hvor mye nøyaktig", and a figure demanded ("need a figure", "give me a number").
    ['how', 'much', 'exactly'], ['how', 'many', 'exactly'], ['hvor', 'mye', 'nøyaktig'], ['hvor', 'mange', 'nøyaktig'], ['kor', 'mykje', 'nøyaktig'],
    ['need', 'figure'], ['need', 'number'], ['give', 'me', 'number'], ['give', 'me', 'figure'],
    // "Exactly" anywhere after the count asked: "hvor mange raketter har de skutt opp i år, helt nøyaktig?".
    ...[['how', 'many'], ['how', 'much'], ['hvor', 'mange'], ['hvor', 'mye'], ['kor', 'mange']].flatMap((howMany) =>
      ['exactly', 'precisely', 'nøyaktig', 'nøiaktig', 'eksakt'].flatMap((exactly) =>
        Array.from({ length: MOST_BEFORE_EXACTLY - 2 }, (_, gap) => [...howMany, ...Array<string>(gap + 3).fill('*'), exactly]))),
  ]),
  // What someone or something earns ("hvor mye tjener Planet Labs på bildene"), which a sum spent does not give.
  income: new TokenPatternSet([
    ['hvor', 'mye', 'tjener'], ['hvor', 'mye', 'tjente'], ['kor', 'mykje', 'tener'], ['kor', 'mykje', 'tente'], ['kor', 'mye', 'tjene'],
    ['kor', 'mye', 'tjener'], ['how', 'much', 'does', '*', 'earn'], ['how', 'much', 'do', '*', 'earn'], ['how', 'much', 'did', '*', 'earn'],
    ['how', 'much', 'does', '*', '*', 'earn'], ['how', 'much', 'does', '*', 'make'], ['how', 'much', 'does', '*', '*', 'make'],
    ['how', 'much', 'did', '*', 'make'], ['how', 'much', 'did', '*', '*', 'make'], ['revenue'], ['profit'], ['profits'], ['income'], ['earnings'],
    ['salary'], ['inntekt'], ['inntekten'], ['inntektene'], ['inntekter'], ['fortjeneste'], ['fortjenesten'], ['lønn'], ['lønna'], ['lønnen'],
    ['tjener', 'på'], ['tjente', 'på'], ['tener', 'på'], ['earn', 'from'], ['earns', 'from'], ['earned', 'from'],
  ]),
  // Where someone lives ("hvor bor journalisten"), which where something happened does not give.
  home: new TokenPatternSet([
    ['where', 'does', '*', 'live'], ['where', 'does', '*', '*', 'live'], ['where', 'did', '*', 'live'], ['where', 'did', '*', '*', 'live'],
    ['where', 'do', '*', 'live'], ['hvor', 'bor'], ['hvor', 'bodde'], ['kvar', 'bur'], ['kvar', 'budde'], ['kor', 'bur'], ['kor', 'bor'],
    ['kor', 'budde'], ['address'], ['adresse'], ['adressa'], ['adressen'], ['hometown'], ['hjemby'], ['heimstad'],
  ]),
  // A link or where to read something in full ("har du lenke til resolusjonen", "where can I read their report"):
  // a text with no address does not give it. Not "link" alone: "the link between Russia and NK" is a tie.
  link: new TokenPatternSet([
    // "The link to the article", not "what's the link to nukes" (a connection).
    ...['it', 'this', 'that', 'tv', 'tv2', 'original', 'article', 'story', 'piece', 'report', 'source', 'sources', 'pictures', 'images', 'photos', 'satellite', '38']
      .flatMap((w) => [['link', 'to', w], ['link', 'to', 'the', w], ['links', 'to', w], ['links', 'to', 'the', w]]),
    ['link', 'for'], ['you', 'link'], ['send', 'link'], ['send', 'me', 'link'], ['give', 'me', 'link'],
    ['give', 'me', 'the', 'link'], ['link', 'pls'], ['link', 'please'], ['url'], ['lenke'], ['lenka'], ['lenken'], ['lenkja'], ['lenkje'],
    ['lenker'], ['nettside'], ['nettsida'], ['nettsiden'], ['nettstad'], ['website'], ['web', 'page'], ['webpage'], ['where', 'can', 'read'],
    ['where', 'can', 'find', 'the', 'report'], ['where', 'do', 'read'], ['hvor', 'kan', 'lese'], ['hvor', 'kan', 'jeg', 'lese'],
    ['kvar', 'kan', 'eg', 'lese'], ['kor', 'kan', 'eg', 'lese'], ['kor', 'kan', 'æ', 'lese'], ['hvor', 'finner', 'jeg', 'rapporten'],
  ]),
  // What a thing looks like or is: its colour, its calibre, its model, what it is made of. No entry describes things so.
  attribute: new TokenPatternSet([
    ['colour'], ['color'], ['colours'], ['colors'], ['farge'], ['fargen'], ['farga'], ['farger'], ['calibre'], ['caliber'], ['kaliber'], ['kaliberet'],
    ['made', 'of'], ['laget', 'av'], ['lagd', 'av'], ['laga', 'av'], ['model'], ['modell'], ['modellen'],
  ]),
  // How someone finds out or keeps watch ("how are they tracking the trains", "korleis overvakar USA togtrafikken"): a text naming
  // no means (satellites, intelligence) does not give it. Not "how do they know", which the images answer.
  method: new TokenPatternSet([
    // Not "how * track" with any words between: "how wide is the track" asks a width.
    ...['monitoring', 'tracking', 'watching'].flatMap((watch) => [
      ['how', '*', watch],
      ['how', '*', '*', watch],
      ['how', '*', '*', '*', watch],
      ['how', '*', '*', '*', '*', watch],
    ]),
    ...['do', 'does', 'did'].flatMap((does) => [['how', does, '*', 'monitor'], ['how', does, '*', 'track'], ['how', does, '*', '*', 'monitor']]),
    ['hvordan', 'overvåker'], ['hvordan', 'overvåket'], ['korleis', 'overvakar'], ['korleis', 'overvaka'], ['åssen', 'overvåke'], ['åssen', 'overvåker'],
    ['how', 'did', '*', 'find', 'out'], ['how', 'did', '*', '*', 'find', 'out'], ['what', 'intelligence'], ['which', 'intelligence'],
    ['hvilken', 'etterretning'], ['kva', 'etterretning'], ['hvordan', 'fant', '*', 'ut'], ['korleis', 'fann', '*', 'ut'],
  ]),
  // The punishment for something ("what is the punishment if they break it"): that it is banned does not give it.
  penalty: new TokenPatternSet([
    ['punishment'], ['punishments'], ['penalty'], ['penalties'], ['punished'], ['straff'], ['straffen'], ['straffa'], ['straffes'],
    ['straffast'], ['straffet'],
  ]),
  // Family ties are asked as questions about someone ("who is he married to"), not told as the asker's own.
  family: new TokenPatternSet([
    ['married'], ['marry'], ['spouse'], ['ektefelle'], ['ektefellen'], ['gift', 'med'], ['wife', 'of'], ['husband', 'of'],
    ['his', 'wife'], ['her', 'husband'], ['his', 'children'], ['his', 'kids'], ['his', 'daughter'], ['his', 'son'], ['his', 'sister'],
    ['his', 'brother'], ['hans', 'kone'], ['kona', 'hans'], ['kona', 'til'], ['kone', 'til'], ['barna', 'hans'], ['hans', 'barn'],
    ['dattera', 'hans'], ['datteren', 'hans'], ['datter', 'til'], ['sønnen', 'hans'], ['søstera', 'hans'], ['søsteren', 'hans'],
    ['søster', 'til'], ['sister', 's'], ['kids', 'does'], ['children', 'does'],
    // "Er John Kirby gift?": "gift" without "med" is married only after "er" and the one asked about.
    ['er', '*', 'gift'], ['er', '*', '*', 'gift'], ['er', '*', '*', '*', 'gift'],
  ]),
  head: new TokenPatternSet([
    ['head', 'of'], ['heads'], ['ceo'], ['who', 'runs'], ['who', 'leads'], ['who', 'founded'], ['founder'], ['founders'],
    ['hvem', 'leder'], ['kven', 'leiar'], ['kven', 'leier'], ['hvem', 'driver'], ['hvem', 'grunnla'], ['kven', 'grunnla'],
    ['grunnlegger'], ['grunnleggeren'], ['sjefen', 'for'], ['sjef', 'for'], ['direktør'], ['direktøren'], ['director', 'of'],
    // "Hvem er sjefen i 38 North" ("i" is dropped), "who's the boss at Planet Labs".
    ['hvem', 'er', 'sjefen'], ['kven', 'er', 'sjefen'], ['sjefen', 'på'], ['boss', 'of'], ['boss', 'at'], ['chief', 'of'],
  ]),
  acronym: new TokenPatternSet([
    ['stand', 'for'], ['stands', 'for'], ['short', 'for'], ['abbreviation'], ['acronym'], ['forkortelse'], ['forkortelsen'],
    ['forkorting'], ['hva', 'står', '*', 'for'], ['kva', 'står', '*', 'for'], ['ka', 'står', '*', 'for'],
  ]),
  identifier: new TokenPatternSet([
    // "Which resolution" the entry answers (the article does not say); its number it cannot.
    ['resolution', 'number'], ['number', 'of', 'the', 'resolution'], ['number', 'of', 'the', 'un', 'resolution'],
    // "Which UN resolution is it, what number has it?", "what number does the resolution have".
    ['what', 'number', 'has'], ['what', 'number', 'does', '*', 'have'], ['what', 'number', 'does', '*', '*', 'have'],
    ['nummer'], ['nummeret'], ['resolusjonsnummer'],
  ]),
  distance: new TokenPatternSet([
    ['how', 'far'], ['hvor', 'langt'], ['kor', 'langt'], ['kor', 'langt'], ['distance'], ['avstand'], ['avstanden'], ...COUNTED_UNIT,
    ['range'], ['rekkevidde'], ['rekkevidden'], ['rekkevidda'],
  ]),
  // How long a thing is ("how long is the bridge", "the train's length in metres"): a distance from something else
  // ("200 m from the bridge") does not give it.
  length: new TokenPatternSet([
    ['hvor', 'lang', 'er'], ['kor', 'lang', 'er'], ['hvor', 'lang', 'var'], ['kor', 'lang', 'var'], ['kor', 'lang', 'e'], ['kor', 'lang', 'va'],
    ['how', 'long', 'is'], ['how', 'long', 's'], ['length'], ['lengde'], ['lengden'], ['lengda'], ['long', 'in', 'metres'], ['long', 'in', 'meters'],
    ['long', 'in', 'km'],
  ]),
  // A time in another time zone ("what's 14:29 in EST", "hva er 10.24 i norsk tid"): the article gives local times only.
  zone: new TokenPatternSet([
    ['utc'], ['gmt'], ['cet'], ['cest'], ['in', 'est'], ['in', 'pst'], ['time', 'zone'], ['time', 'zones'], ['timezone'], ['tidssone'],
    ['tidssonen'], ['tidssoner'], ['norwegian', 'time'], ['norway', 'time'], ['oslo', 'time'], ['uk', 'time'], ['our', 'time'],
    ['moscow', 'time'], ['norsk', 'tid'], ['oslo', 'tid'], ['vår', 'tid'], ['moskva', 'tid'], ['time', 'difference'],
    ['tidsforskjell'], ['tidsforskjellen'], ['tidsforskjellen'],
  ]),
  speed: new TokenPatternSet([
    ['how', 'fast'], ['hvor', 'fort'], ['kor', 'fort'], ['speed'], ['fart'], ['farten'], ['hastighet'], ['hastigheten'], ['hastigheit'],
    ['km', 'h'], ['mph'], ['how', 'quickly'], ['hvor', 'raskt'], ['kor', 'raskt'],
    // "How many kilometres per hour", "kilometer i timen" (the "i" dropped): a speed, though "how many kilometres" starts a distance.
    ...['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'metres', 'meters'].flatMap((unit) => [[unit, 'per', 'hour'], [unit, 'an', 'hour'], [unit, 'timen'], [unit, 'per', 'time']]),
  ]),
  // How wide something is: a length does not give it.
  width: new TokenPatternSet([
    ['how', 'wide'], ['width'], ['hvor', 'bred'], ['hvor', 'bredt'], ['kor', 'brei'], ['kor', 'breitt'], ['kor', 'bred'], ['bredde'], ['bredden'],
    ['breidd'], ['breidda'],
  ]),
  // How tall or high something is: a length does not give it either.
  height: new TokenPatternSet([
    ['how', 'tall'], ['how', 'high'], ['height'], ['hvor', 'høy'], ['hvor', 'høyt'], ['kor', 'høg'], ['kor', 'høgt'], ['kor', 'høy'], ['høyde'], ['høyden'],
    ['høgd'], ['høgda'],
  ]),
  weight: new TokenPatternSet([
    ['how', 'heavy'], ['hvor', 'tung'], ['hvor', 'tungt'], ['kor', 'tung'], ['kor', 'tungt'], ['weight'], ['weigh'], ['weighs'], ['vekt'],
    ['vekta'], ['vekten'], ['veie'], ['veide'],
    // "Veier" is also "roads" ("andre veier enn broen"): the weight only after "how much" or "what", or before "it".
    ['mye', 'veier'], ['mykje', 'veier'], ['hva', 'veier'], ['kva', 'veier'], ['veier', 'det'], ['veier', 'den'], ['veier', 'de'], ['how', 'many', 'tons'], ['how', 'many', 'tonnes'], ['how', 'much', 'kilogram'],
    ['how', 'many', 'kilograms'], ['how', 'many', 'kilos'], ['how', 'many', 'kg'], ['hvor', 'mange', 'tonn'], ['hvor', 'mange', 'kilo'],
    ['kor', 'mange', 'tonn'], ['kor', 'mange', 'kilo'], ['tonnage'],
  ]),
  // A whole text, word for word, which an entry summing it up does not give.
  wording: new TokenPatternSet([
    ['word', 'for', 'word'], ['full', 'text'], ['whole', 'text'], ['entire', 'text'],
    ['full', 'wording'], ['full', 'letter'], ['whole', 'letter'], ['entire', 'letter'], ['full', 'letters'], ['whole', 'letters'], ['paste'],
    ['transcript'], ['full', 'statement'], ['whole', 'statement'], ['hele', 'teksten'], ['heile', 'teksten'], ['hele', 'brevet'],
    ['heile', 'brevet'], ['hele', 'brevene'], ['heile', 'breva'], ['ord', 'for', 'ord'], ['hele', 'uttalelsen'],
    ['heile', 'fråsegna'], ['lim', 'inn'], ['hva', 'stod', 'det', 'mer'], ['hva', 'sto', 'det', 'mer'], ['kva', 'stod', 'det', 'meir'],
    ['kva', 'sto', 'det', 'meir'], ['hva', 'mer', 'stod'], ['hva', 'mer', 'sto'], ['kva', 'meir', 'stod'], ['what', 'else', 'did', '*', 'say'],
    ['what', 'else', 'did', '*', '*', 'say'], ['what', 'else', 'was', 'in'], ['what', 'else', 'do', '*', 'say'],
    // "what else did the letters between Putin and Kim say", "hva sto det ellers i brevene".
    ...[3, 4, 5, 6].map((n) => ['what', 'else', 'did', ...Array<string>(n).fill('*'), 'say']),
    ['hva', 'sto', 'det', 'ellers'], ['hva', 'stod', 'det', 'ellers'], ['kva', 'stod', 'det', 'elles'], ['kva', 'sto', 'det', 'elles'],
    ['hva', 'ellers', 'sto'], ['hva', 'annet', 'sto'], ['hva', 'sa', '*', 'ellers'], ['hva', 'sa', '*', '*', 'ellers'], ['kva', 'sa', '*', 'elles'],
  ]),
  // Someone's own words, which only an entry quoting them gives ("the exact wording of the cooperation phrase", "hva sa
  // Kirby ordrett"); a whole text is `wording`.
  quote: new TokenPatternSet([
    ['verbatim'], ['exact', 'words'], ['exact', 'wording'], ['exact', 'phrase'], ['exact', 'quote'], ['direct', 'quote'], ['direkte', 'sitat'],
    ['eksakte', 'sitatet'], ['ordrett'], ['ordlyden'], ['full', 'quote'], ['exact', 'phrasing'], ['precise', 'wording'], ['precise', 'words'],
    ['actual', 'words'], ['exact', 'statement'], ['ordlyd'], ['sitatene'], ['nøyaktige', 'ordlyden'], ['eksakte', 'ordlyden'],
  ]),
  // What came after the article: it ends in November 2022.
  later: new TokenPatternSet([
    ['afterwards'], ['afterward'], ['after', 'that'], ['in', 'the', 'end'], ['since', 'then'], ['by', 'now'], ['ever', 'confirm'],
    ['ever', 'confirmed'], ['ever', 'found'], ['ever', 'proven'], ['ever', 'proved'], ['what', 'happened', 'next'], ['what', 'happened', 'then'],
    ['how', 'did', 'it', 'end'], ['how', 'did', 'that', 'end'], ['outcome'], ['etterpå'], ['etterkant'], ['ettertid'], ['til', 'slutt'],
    ['te', 'slutt'], ['siden', 'da'], ['sidan', 'då'], ['hva', 'skjedde', 'så'], ['kva', 'skjedde', 'så'], ['ka', 'skjedde', 'så'],
    ['hva', 'skjedde', 'videre'], ['kva', 'skjedde', 'vidare'], ['utfallet'], ['hvordan', 'endte'], ['korleis', 'enda'], ['hvordan', 'gikk', 'det'],
    ['korleis', 'gjekk', 'det'],
    // Read years later: "har de publisert flere bilder siden den gang", "in the years since", "did they ever since".
    ['siden', 'den', 'gang'], ['sidan', 'den', 'gong'], ['ever', 'since'], ['years', 'later'], ['år', 'etter'],
    // "Has it run several times since", "har toget kjørt flere ganger siden".
    ['times', 'since'], ['again', 'since'], ['ganger', 'siden'], ['gonger', 'sidan'], ['igjen', 'siden'], ['att', 'sidan'],
    // "Has it since been confirmed", "har det senere blitt bekreftet": what became known after the article.
    ['since', 'been'], ['since', 'confirmed'], ['har', '*', 'senere'], ['har', '*', '*', 'senere'], ['senere', 'blitt'], ['seinare', 'blitt'],
    ['bekreftet', 'senere'], ['senere', 'bekreftet'], ['stadfesta', 'seinare'], ['confirmed', 'later'], ['later', 'confirmed'],
    // "Did the White House later publish it", "what happened after this at the station", "kva skjedde med brua etter det", "did Putin write back".
    ['did', '*', 'later'], ['did', '*', '*', 'later'], ['did', '*', '*', '*', 'later'], ['after', 'this'], ['happened', 'after'], ['skjedde', 'etter'], ['skjedde', '*', '*', 'etter'],
    ['skjedde', '*', '*', '*', 'etter'], ['write', 'back'], ['wrote', 'back'], ['skrev', 'tilbake'], ['skreiv', 'tilbake'], ['svarte', 'tilbake'],
  ]),
  // How things stand now (the article is from November 2022).
  present: new TokenPatternSet([
    ['right', 'now'], ['currently'], ['these', 'days'], ['at', 'the', 'moment'], ['as', 'of', 'now'], ['as', 'of', 'today'], ['nowadays'],
    // Not "for tiden" alone: the tokenizer drops "i", and "for i tiden" is "formerly".
    // "Is the locomotive still at the station", "sel Russland fortsatt hestar i dag" (the tokenizer drops "i").
    ['is', '*', 'still'], ['is', '*', '*', 'still'], ['are', '*', 'still'], ['are', '*', '*', 'still'], ['fortsatt', 'dag'], ['framleis', 'dag'], ['fortsatt', '*', 'dag'], ['framleis', '*', 'dag'],
    ['still', 'today'], ['per', 'nå'], ['idag'], ['nå', 'for', 'tiden'], ['no', 'for', 'tida'], ['nåtildags'], ['disse', 'dager'], ['rn'],
  ]),
  // Someone within a body ("who in North Korea made the denial", "who exactly"): a person's name answers it.
  person: new TokenPatternSet([
    ['who', 'in'], ['who', 'at'], ['who', 'exactly'], ['who', 'specifically'], ['hvem', 'i'], ['kven', 'i'], ['kem', 'i'], ['hvem', 'nøyaktig'],
    ['hvem', 'konkret'], ['hvem', 'eksakt'], ['hvem', 'helt', 'konkret'], ['kven', 'nøyaktig'], ['kven', 'konkret'], ['kem', 'konkret'],
    ['which', 'official'], ['which', 'officials'], ['what', 'official'], ['which', 'person'], ['which', 'minister'], ['hvilken', 'tjenestemann'],
    ['hvilke', 'tjenestemenn'], ['hvilken', 'person'], ['hvilken', 'minister'], ['kva', 'person'], ['who', 'personally'],
    // "Which North Korean official", "hvilken nordkoreansk tjenestemann": the official of a body.
    ...['official', 'officials'].flatMap((role) => [['which', '*', role], ['which', '*', '*', role]]),
    ...['tjenestemann', 'tjenestemenn'].flatMap((role) => [['hvilken', '*', role], ['hvilke', '*', role]]),
    // "Hvem var pressetalspersonen i Det hvite hus", "who was the spokesman": who spoke for the body.
    ...[['who', 'was', 'the'], ['who', 'is', 'the'], ['hvem', 'var'], ['hvem', 'er'], ['kven', 'var'], ['kven', 'er']].flatMap((who) =>
      ['spokesperson', 'spokesman', 'spokeswoman', 'talspersonen', 'talsmannen', 'pressetalspersonen', 'pressetalsmannen', 'pressesekretæren'].map(
        (role) => [...who, role])),
    // "Who was the Soviet official who …", "hvem av de sovjetiske offiserene", "who was North Korea's leader between …".
    ['who', 'was', 'the', 'official'], ['who', 'was', 'the', '*', 'official'], ['who', 'were', 'the', 'officials'], ['who', 'were', 'the', '*', 'officials'],
    ['who', 'was', 'the', 'leader'], ['who', 'was', '*', 'leader'], ['who', 'was', '*', '*', 'leader'], ['hvem', 'av', 'de'], ['kven', 'av', 'dei'],
    ['kem', 'av', 'dæm'], ['hvem', 'var', 'de'], ['kven', 'var', 'dei'], ['kem', 'va', 'dæm'], ['kem', 'var', 'dem'],
    // "Hvem i Nord-Korea": the tokenizer drops the one-letter "i", so "hvem" stands right before the body.
    ...['hvem', 'kven', 'kem', 'kæm'].flatMap((who) =>
      ['nord', 'nordkorea', 'usa', 'russland', 'kreml', 'regjeringen', 'regjeringa', 'ledelsen', 'leiinga', 'myndighetene', 'styresmaktene',
        'hæren', 'partiet', 'pyongyang', 'moskva', 'washington', 'administrasjonen'].map((body) => [who, body])),
    // Who drove a train: its driver, whom no text names ("kem va det som kjørte hestetoget").
    ...['who', 'hvem', 'kven', 'kem', 'kæm'].flatMap((who) =>
      ['drove', 'driving', 'drives', 'kjørte', 'kjører', 'køyrde', 'køyrer', 'kjøre', 'kjørde'].flatMap((drove) => [[who, drove], [who, '*', '*', drove], [who, '*', '*', '*', drove]])),
  ]),
  // What something or someone is called: the text must name the very thing asked about (see named-in.ts).
  name: new TokenPatternSet([
    // "What is the station called", not "38 North called it the first train in years" (said it was).
    ...['is', 'was', 'are', 'were', 'what', 'how'].flatMap((be) => [0, 1, 2, 3, 4, 5].map((n) => [be, ...Array<string>(n).fill('*'), 'called'])),
    ['called', 'what'],
    ['name'], ['names'], ['named'], ['navn'], ['navnet'], ['navna'], ['navnene'], ['namn'], ['namnet'], ['heter'],
    ['heiter'], ['heite'], ['kalles'], ['kallast'],
    // The past ("hva het hesten", "kva heitte stasjonen"): "het" alone is also "hot", so only after a question word.
    ...['hva', 'kva', 'ka', 'hvem', 'kven', 'kem', 'kæm'].flatMap((what) => ['het', 'hette', 'heitte'].map((was) => [what, was])), ['which', 'journalist'], ['what', 'journalist'], ['the', 'journalist'],
    ['hvilken', 'journalist'], ['kva', 'journalist'], ['journalisten'], ['who', 'wrote'], ['hvem', 'skrev'], ['kven', 'skreiv'],
    ['kem', 'skreiv'], ['kem', 'skrev'], ['kæm', 'skreiv'], ['kæm', 'skrev'], ['som', 'har', 'skreve'], ['som', 'har', 'skrevet'], ['som', 'skreiv'],
    ['author', 'of'], ['forfatteren'],
  ]),
  // How long something lasted, in the past ("how long was he leader"): one year does not say it, a span does. In
  // English "how long was" may ask a length too ("how long was the bridge").
  span: new TokenPatternSet([
    ['how', 'long', 'was'], ['how', 'long', 'were'], ['hvor', 'lenge', 'var'], ['hvor', 'lenge', 'ble'], ['kor', 'lenge', 'var'],
    ['kor', 'lenge', 'vart'], ['how', 'many', 'years', 'was'], ['how', 'many', 'years', 'did'], ['hvor', 'mange', 'år', 'var'],
    ['kor', 'mange', 'år', 'var'],
  ]),
  // How long something went on or stood still ("how long did it stay", "hvor lenge sto toget", "kor lang tid stod det"):
  // only a span answers it, never a length.
  lasting: new TokenPatternSet([
    ['how', 'long', 'did'], ['how', 'much', 'time'], ['hvor', 'lenge', 'satt'], ['hvor', 'lenge', 'varte'], ['hvor', 'lenge', 'sto'],
    ['hvor', 'lenge', 'stod'], ['kor', 'lenge', 'sat'], ['kor', 'lenge', 'satt'], ['kor', 'lenge', 'varte'], ['kor', 'lenge', 'stod'],
    ['kor', 'lenge', 'sto'], ...['lang', 'mye', 'mykje'].flatMap((much) =>
      ['sto', 'stod', 'satt', 'varte', 'bruker', 'brukte', 'brukar', 'tar', 'tok', 'tek'].map((verb) => [much, 'tid', verb])),
  ]),
  // "How long" is a duration, or in English a length: a time or a number answers it.
  // "How old" too: a founding year answers "how old is the relationship".
  duration: new TokenPatternSet([
    ['how', 'long'], ['hvor', 'lenge'], ['kor', 'lenge'], ['kor', 'lengje'], ['how', 'old'], ['hvor', 'gammel'], ['hvor', 'gamle'],
    ['kor', 'gammal'], ['kor', 'gamle'],
  ]),
  time: new TokenPatternSet([
    // "How many years back" asks when it began: a year answers it.
    ['how', 'many', 'years', 'back'], ['how', 'many', 'years', 'ago'], ['hvor', 'mange', 'år', 'tilbake'], ['hvor', 'mange', 'år', 'siden'],
    ['kor', 'mange', 'år', 'tilbake'], ['kor', 'mange', 'år', 'sidan'],
    ['how', 'far', 'back'], ['how', 'long', 'ago'], ['since', 'when'], ['hvor', 'langt', 'tilbake'], ['kor', 'langt', 'tilbake'],
    ['kor', 'langt', 'attende'], ['kor', 'langt', '*', 'attende'], ['hvor', 'langt', '*', 'tilbake'], ['kor', 'langt', '*', 'tilbake'],
    // With the English word: "hvor langt back går det".
    ['hvor', 'langt', 'back'], ['kor', 'langt', 'back'],
    ['siden', 'når'], ['sidan', 'når'], ['when'], ['what', 'time'], ['what', 'year'], ['which', 'year'], ['what', 'date'], ['which', 'date'], ['what', 'day'],
    ['which', 'day'], ['what', 'month'], ['which', 'month'], ['når'], ['nar'], ['naar'], ['kortid'], ['kva', 'tid'],
    ['hva', 'tid'], ['ka', 'tid'], ['hvilket', 'år'], ['kva', 'år'], ['hvilken', 'dato'], ['hvilken', 'dag'],
    ['kva', 'dag'], ['hvilken', 'måned'], ['dato'], ['date'], ['tidspunkt'], ['timestamp'], ['timestamps'], ['tidsstempel'], ['tidsstempelet'],
    ['tidsstempler'], ['klokkeslett'], ['klokkeslettet'],
  ]),
  quantity: new TokenPatternSet([
    ['how', 'many'], ['how', 'much'], ['how', 'fast'], ['how', 'heavy'], ['how', 'big'], ['how', 'far'],
    ['hvor', 'mange'], ['hvor', 'mye'], ['hvor', 'fort'], ['hvor', 'tung'], ['hvor', 'stor'],
    ['hvor', 'langt'], ['hvor', 'lang'], ['kor', 'mange'], ['kor', 'mykje'],
    ['kor', 'mye'], ['kor', 'fort'], ['kor', 'stor'], ['kor', 'langt'], ['kor', 'lang'], ['antall'], ['hvor', 'mycket'],
    ['ka', 'mange'], ['ka', 'mye'], ['ka', 'mykje'],
    ['number', 'of'], ['amount'], ['speed'], ['fart'], ['cost'], ['price'], ['pris'], ['kostet'], ['costs'],
  ]),
};

// Phrases that use a question word for something else: "når det gjelder" is "as for", not "when".
// prettier-ignore
const IDIOMS: readonly (readonly string[])[] = [
  ['når', 'det', 'gjelder'],
  ['nar', 'det', 'gjelder'],
  ['når', 'det', 'gjeld'],
  ['når', 'det', 'kommer', 'til'],
  ['when', 'it', 'comes', 'to'],
  // "How much truth is there in it": how far to believe, not an amount.
  ['how', 'much', 'evidence'], ['how', 'much', 'proof'], ['how', 'much', 'truth'], ['hvor', 'mye', 'bevis'],
  ['hvor', 'mye', 'sannhet'], ['kor', 'mykje', 'prov'], ['hvor', 'mye', 'betydde'], ['kor', 'mykje', 'betydde'],
  ['hvor', 'mye', 'betyr'], ['how', 'much', 'did', '*', 'matter'], ['how', 'much', 'did', '*', '*', 'matter'],
  ['how', 'much', 'does', '*', 'matter'],
  // "Is it still just an accusation", "er det fortsatt bare en påstand": how far it is proven, not how things stand now.
  ['still', 'just'], ['still', 'only'], ['still', 'merely'], ['fortsatt', 'bare'], ['fortsatt', 'kun'], ['framleis', 'berre'], ['fremdeles', 'bare'],
  // "Hvor mye holder det de sier", "how much of it is true": how far it holds, not an amount.
  ['hvor', 'mye', 'holder'], ['hvor', 'mye', 'stemmer'], ['kor', 'mykje', 'held'], ['kor', 'mykje', 'stemmer'], ['kor', 'mye', 'stemmer'],
  ['kor', 'mye', 'holder'], ['how', 'much', 'of', 'it', 'is', 'true'], ['how', 'much', 'of', 'that', 'is', 'true'],
  // "Laget av" is also "made by": before a word ("grafikken er laget av Truls Aagedal?") it says who made it, a
  // material asked ("hva er brua laget av?") ends the question.
  ['laget', 'av', '*'], ['lagd', 'av', '*'], ['laga', 'av', '*'],
  // A kind of missile ("long-range missiles", "kortrekkende"), not a range asked for.
  ['long', 'range'], ['short', 'range'], ['medium', 'range'], ['intermediate', 'range'],
];
// After "why" or "how", a "when" joins a clause ("why link the train to arms sales when nobody knows …"), as after "mean"
// ("what does Kirby mean when he says …").
// prettier-ignore
const WHEN = new Set(['når', 'nar', 'naar', 'when']);
const IDIOM_FIRST = new Set(IDIOMS.map((idiom) => idiom[0]!));
// prettier-ignore
const WHY_OR_HOW = new Set(['why', 'how', 'hvorfor', 'kvifor', 'korfor', 'koffor', 'hvordan', 'korleis', 'åssen', 'mean', 'means', 'meant']);
// "Når" is also the verb "reach": "når granatene fram" asks whether, not when.
// prettier-ignore
const REACH = new Set(['fram', 'frem']);
const REACH_SPAN = 4;

// Time first: "how far back" asks when, though "how far" alone asks how many metres; an exact figure before any figure.
// prettier-ignore
const ORDER = [
  'definition', 'motive', 'wording', 'quote', 'later', 'present', 'contents', 'attribute', 'method', 'link', 'zone', 'clock', 'price', 'income', 'penalty', 'home', 'day', 'date', 'month', 'time', 'speed', 'length', 'lasting', 'span', 'duration', 'distance', 'weight', 'width', 'height', 'size', 'acronym', 'identifier',
  'family', 'head', 'owner', 'person', 'which', 'name', 'exactQuantity', 'quantity', 'place', 'identity',
] as const;

// Events a question may ask the time of that an entry's time belongs to only if it tells them: "when did Kim
// Il-sung die" is not answered by the year he was installed, nor "when was the bridge built" by when it closed.
// prettier-ignore
const EVENTS = new Set([
  'die', 'died', 'dies', 'dead', 'death', 'born', 'birth', 'built', 'build', 'constructed', 'construction', 'opened', 'adopted', 'elected',
  'signed', 'killed', 'executed', 'buried', 'døde', 'død', 'døden', 'dødde', 'født', 'fødd', 'bygd', 'bygget', 'bygde', 'bygt', 'bygging',
  'åpnet', 'opna', 'opnet', 'vedtatt', 'vedteken', 'vedtok', 'valgt', 'vald', 'signert', 'undertegnet', 'drept', 'henrettet', 'gravlagt',
]);
const WHEN_DETAILS: ReadonlySet<AskedDetail> = new Set(['time', 'since', 'day', 'date', 'clock', 'month', 'duration', 'span', 'lasting']);

/** Whether a detail is a time: when, what day, how long (each entry's time is that of its own event). */
export function isTimeDetail(detail: AskedDetail | undefined): boolean {
  return detail !== undefined && WHEN_DETAILS.has(detail);
}

/** The event a question asks the time of ("when did he die" -> "die"), if it names one of those an entry may not tell. */
export function askedEvent(tokens: readonly string[], detail: AskedDetail): string | undefined {
  return WHEN_DETAILS.has(detail) ? tokens.find((t) => EVENTS.has(t)) : undefined;
}

/**
 * The years and times of day a question says before it asks for a time of day or a date ("10:24 local: what time
 * was that in Oslo"), as a pattern over an entry's text: a time the asker gives as the premise is not the one asked
 * for. One said after the question is a guess to confirm ("what time was it, ten twenty four?"), and a month or a
 * year asked for is never given by a year ("which month in 2020"). Undefined when there is none.
 */
export function statedTimes(tokens: readonly string[], detail: AskedDetail): RegExp | undefined {
  if (!STATED_DETAILS.has(detail)) return undefined;
  const stated: string[] = [];
  for (let i = 0; i < tokens.length && !ASKING.has(tokens[i]!); i++) {
    const t = tokens[i]!;
    if (/^(?:1[89]|20)\d\d$/.test(t)) stated.push(t);
    else if (isClockAt(tokens, i)) stated.push(`${t}[.:]${tokens[++i]}`);
  }
  return stated.length === 0 ? undefined : new RegExp(`(?<!\\d)(?:${stated.join('|')})(?!\\d)`, 'g');
}

const STATED_DETAILS: ReadonlySet<AskedDetail> = new Set(['clock', 'day', 'date']);
// prettier-ignore
const ASKING = new Set(['what', 'which', 'when', 'hva', 'hvilken', 'hvilket', 'når', 'kva', 'ka', 'kor', 'hvor', 'kortid']);

/** Whether the texts tell of an event: a form of its word ("built", "bygd"; "founded", "founding"). */
export function tellsEvent(texts: readonly string[], event: string): boolean {
  return texts.some((text) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => sameWord(w, event) || sameShortWord(w, event)));
}

// "død" and "døde", "die" and "died": short words whose forms add an ending.
function sameShortWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2;
}

// Asked of the same tokens a few times a question (see LastTokensMemo).
// "Hur många hästar", "hvornår": a Swede's or a Dane's question asks as the Norwegian one does.
const lastAsked = new LastTokensMemo((tokens) => detailAskedIn(withNordicQuestionWords(tokens)));
const lastAskedAsTyped = new LastTokensMemo(detailAskedIn);

/** The detail a question asks for, from its lower-cased tokens. */
export function askedDetail(tokens: readonly string[]): AskedDetail | undefined {
  return lastAsked.of(tokens);
}

/**
 * The same with Swedish and Danish question words read as typed, that is as none: the answer decision was fitted with
 * its fact feature (fact-question.ts) read so, and reading "hur många" there as a fact asked lowers its confidence in
 * answers it gives rightly ("hur många satellitbilder handlar det om").
 */
export function askedDetailAsTyped(tokens: readonly string[]): AskedDetail | undefined {
  return lastAskedAsTyped.of(tokens);
}

// "Klokka hva var toget …": the time of day, whatever the rest asks ("hva var toget" alone asks what it was).
// prettier-ignore
const AT_WHAT_O_CLOCK = new TokenPatternSet([
  ['klokka', 'hva'], ['klokken', 'hva'], ['kl', 'hva'], ['klokka', 'kva'], ['klokka', 'ka'], ['klokken', 'ka'], ['kl', 'ka'], ['kl', 'kva'],
]);

// "How far back do the ties date", "since when": when something began, which a year or a "since" answers (not the
// moment of a picture), whatever else a word such as "date" would ask.
// prettier-ignore
const SINCE_WHEN = new TokenPatternSet([
  ['how', 'far', 'back'], ['how', 'long', 'ago'], ['since', 'when'], ['hvor', 'langt', 'tilbake'], ['kor', 'langt', 'tilbake'], ['siden', 'når'],
  ['sidan', 'når'], ['hvor', 'langt', 'back'], ['kor', 'langt', 'back'],
  // "How long is it since a train was seen here": how long ago it began, not a length.
  ['how', 'long', 'since'], ['how', 'long', 'is', 'it', 'since'], ['how', 'long', 'has', 'it', 'been', 'since'], ['how', 'long', 'was', 'it', 'since'],
]);

// "Who wrote about 'strategic cooperation'", "hvem skrev det til hvem": whose words they are, which the entry quoting
// them names, not the name of the article's author.
// prettier-ignore
const WROTE_ABOUT_OR_TO = new TokenPatternSet([
  ['who', 'wrote', 'about'], ['who', 'wrote', 'to'], ['hvem', 'skrev', 'om'], ['hvem', 'skrev', 'til'], ['hvem', 'skrev', 'det', 'til'],
  ['kven', 'skreiv', 'om'], ['kven', 'skreiv', 'til'], ['kven', 'skreiv', 'det', 'til'],
]);

function detailAskedIn(tokens: readonly string[]): AskedDetail | undefined {
  const plain = withoutIdioms(tokens);
  if (AT_WHAT_O_CLOCK.matches(plain)) return 'clock';
  if (SINCE_WHEN.matches(plain)) return 'since';
  // Before a "when" of a clause is set aside: "how old was he when …" asks an age at that time.
  if (asksAge(tokens)) return 'age';
  const found = patternsIn(plain);
  for (let i = 0; i < ORDER.length; i++) {
    const detail = ORDER[i]!;
    if (detail === 'later' && (journeyEnd(plain) || asksWhoDidThen(plain))) continue;
    if (detail === 'name' && WROTE_ABOUT_OR_TO.matches(plain)) continue;
    // "Hvor lang er avstanden": the way between two places, asked with a length's words.
    if (detail === 'length' && ASKS.distance.occursIn(found)) {
      if (ASKS_LONG_MEASURE.occursIn(found) || countsLength(plain, found)) return detail;
      continue;
    }
    if (asks(detail, plain, found)) {
      // "How many metres is the bridge": its length, which a distance from it ("200 m from the bridge") does not give.
      if (detail === 'distance' && countsLength(plain, found)) return 'length';
      return detail;
    }
  }
  return undefined;
}

/** Whether the tokens count a length's units with nothing to measure a distance from ("how many metres is the bridge"). */
function countsLength(tokens: readonly string[], found: FoundPatterns): boolean {
  return ASKS_COUNTED_UNIT.occursIn(found) && !hasAny(tokens, DISTANCE_WORDS);
}

/** `found`: the patterns found in the tokens. */
function asks(detail: (typeof ORDER)[number], tokens: readonly string[], found: FoundPatterns): boolean {
  if (detail === 'which') return askedKind(tokens) !== undefined;
  if (detail === 'contents') return asksContents(tokens);
  if (detail === 'place') return asksPlace(tokens);
  if (detail === 'definition') return asksDefinition(tokens);
  if (detail === 'identity') return askedIdentity(tokens) !== undefined;
  if (detail === 'motive') return asksMotive(tokens);
  if (detail === 'size') return asksSize(tokens);
  if (detail === 'owner') return asksOwner(tokens);
  if (detail === 'name') return ASKS.name.occursIn(found) && (!mayStateName(tokens) || ASKS.name.matches(withoutStatedNames(tokens)));
  // "Bilde nummer 2", "number three": a number naming which one, not one asked for. Most questions name none: no copy
  // of their tokens then (a filtered copy per call was most of what this allocates).
  if (detail === 'identifier') return hasAny(tokens, NUMBER_NAMING) ? ASKS.identifier.matches(withoutNumberNaming(tokens)) : ASKS.identifier.occursIn(found);
  return ASKS[detail].occursIn(found);
}

const NUMBER_NAMING = new Set(['nummer', 'number', 'nr', 'no']);
const COUNTS = /^(?:\d+|one|two|three|four|five|en|ett|to|tre|fire|fem|første|andre|tredje|fjerde|first|second|third|fourth)$/;

function withoutNumberNaming(tokens: readonly string[]): readonly string[] {
  return tokens.filter((t, i) => !(NUMBER_NAMING.has(t) && isCount(tokens[i + 1])));
}

function isCount(token: string | undefined): boolean {
  return token !== undefined && COUNTS.test(token);
}

// "What is a think tank", "hva er en FN-resolusjon": what a kind of thing is in general, which no entry tells (they tell
// of this story's think tank, this resolution). Only the whole question, put as that: "what is a think tank and who
// is 38 North" asks about the story too.
// "What's a", "ka e ein", "hva e en": the "'s" and the dialect's lone "e" are gone before this is read ("what an think
// tank", "ka ein tenketank"), so the question word alone opens it, before its article.
// prettier-ignore
const DEFINITION = [['what', 'is'], ['whats'], ['hva', 'er'], ['kva', 'er'], ['what'], ['hva'], ['kva'], ['ka']];
const INDEFINITE = new Set(['a', 'an', 'en', 'et', 'ei', 'ein', 'eit']);
// At most this many words after the article: "what is an ICBM anyway".
const DEFINED_WORDS = 3;
const JOINS = new Set(['and', 'og', 'or', 'eller', 'who', 'hvem', 'kven', 'did', 'does']);

function asksDefinition(tokens: readonly string[]): boolean {
  const opening = DEFINITION.find((d) => d.every((w, i) => tokens[i] === w));
  if (!opening || !INDEFINITE.has(tokens[opening.length] ?? '')) return false;
  const rest = tokens.slice(opening.length + 1);
  return rest.length > 0 && rest.length <= DEFINED_WORDS && !rest.some((t) => JOINS.has(t));
}

// "Where did the train go in the end", "hvor havnet toget til slutt": the end of a journey the article tells, not
// what came after it.
// prettier-ignore
// "Who analysed them afterwards", "hvem analyserte dem etterpå": who did a thing the article tells; the adverb places it
// after what came before, asking nothing that happened later.
const WHO = new Set(['who', 'whos', 'hvem', 'kven', 'kem', 'kæm']);
const THEN = new Set(['afterwards', 'afterward', 'etterpå', 'etterkant']);

function asksWhoDidThen(tokens: readonly string[]): boolean {
  return hasAny(tokens, WHO) && hasAny(tokens, THEN) && !ASKS.later.matches(tokens.filter((t) => !THEN.has(t)));
}

const WHERE = new Set([
  'where',
  'hvor',
  'kvar',
  'hvorhen',
  'kor',
  'havnet',
  'hamna',
  'hamnet',
  'enda',
  'endte',
  // "Kva stasjon stod toget på til slutt": the station it stopped at.
  'stasjon',
  'stasjonen',
  'station',
  'stod',
  'sto',
  'stoppet',
  'stoppa',
  'stopped',
  'ended',
]);
const IN_THE_END = new TokenPatternSet([
  ['in', 'the', 'end'],
  ['til', 'slutt'],
  ['te', 'slutt'],
]);

function journeyEnd(tokens: readonly string[]): boolean {
  return hasAny(tokens, WHERE) && IN_THE_END.matches(tokens) && !ASKS.later.matches(tokens.filter((t) => t !== 'slutt' && t !== 'end'));
}

function withoutIdioms(tokens: readonly string[]): readonly string[] {
  // Most questions have no "when" to look at: no copy of their tokens then.
  let out = hasAny(tokens, WHEN) ? withoutClauseWhen(tokens) : tokens;
  // Most questions have no idiom's first word: no copy and no closure then (this runs a few times a question).
  if (!hasAny(out, IDIOM_FIRST)) return out;
  for (const idiom of IDIOMS) {
    for (let i = out.indexOf(idiom[0]!); i >= 0; i = out.indexOf(idiom[0]!, i + 1)) {
      if (idiomAt(out, i, idiom)) out = [...out.slice(0, i), ...out.slice(i + idiom.length)];
    }
  }
  return out;
}

function withoutClauseWhen(tokens: readonly string[]): readonly string[] {
  const clause = (i: number): boolean => tokens.slice(0, i).some((t) => WHY_OR_HOW.has(t));
  const reach = (i: number): boolean => tokens.slice(i + 1, i + 1 + REACH_SPAN).some((n) => REACH.has(n));
  return tokens.filter((t, i) => !(WHEN.has(t) && (clause(i) || (t !== 'when' && reach(i)))));
}

function idiomAt(tokens: readonly string[], at: number, idiom: readonly string[]): boolean {
  if (at + idiom.length > tokens.length) return false;
  for (let j = 0; j < idiom.length; j++) if (idiom[j] !== '*' && tokens[at + j] !== idiom[j]) return false;
  return true;
}

/** Whether any token is one of the words. */
function hasAny(tokens: readonly string[], words: ReadonlySet<string>): boolean {
  for (let i = 0; i < tokens.length; i++) if (words.has(tokens[i]!)) return true;
  return false;
}
