import type { AskedDetail } from './detail-kinds.js';
import { TokenPatternSet } from './token-pattern.js';

/**
 * The word patterns that ask for each detail (see askedDetail): "how many", "hvilken dato", "exact wording" … As data
 * beside the rules that read them, so each detail's wordings can be read and extended in one place.
 */

/** The details an entry's text is checked for; names are checked against the question (named-in.ts). */
export type PatternDetail = Exclude<
  AskedDetail,
  'which' | 'contents' | 'place' | 'definition' | 'identity' | 'motive' | 'size' | 'age' | 'owner' | 'since' | 'lifeEvent'
>;

// "How many metres long", "hvor mange meter lang": a distance's words, but the thing's own length asked. Only after a
// distance's words: "the bridge is like 8 km long?" is a length guessed, to be checked.
// prettier-ignore
const LONG_MEASURE: string[][] = [
  ...['m', 'metres', 'meters', 'metre', 'meter', 'km', 'kilometres', 'kilometers', 'kilometer', 'miles'].flatMap((unit) => [[unit, 'long'], [unit, 'lang'], [unit, 'lange']]),
  ['is', 'long'], ['er', 'lang'],
];
export const ASKS_LONG_MEASURE = new TokenPatternSet(LONG_MEASURE);

// "How many metres": a distance, or the length of the thing it names.
// prettier-ignore
const COUNTED_UNIT: string[][] = [
  ['how', 'many', 'metres'], ['how', 'many', 'meters'], ['how', 'many', 'meter'], ['how', 'many', 'kilometres'], ['how', 'many', 'kilometers'],
  ['how', 'many', 'km'], ['how', 'many', 'miles'], ['hvor', 'mange', 'meter'], ['hvor', 'mange', 'kilometer'], ['hvor', 'mange', 'km'],
  ['kor', 'mange', 'meter'], ['kor', 'mange', 'kilometer'], ['kor', 'mange', 'km'],
];
export const ASKS_COUNTED_UNIT = new TokenPatternSet(COUNTED_UNIT);
// The words that make a counted unit a distance: "how many metres from the bridge", "hvor mange km unna".
// prettier-ignore
export const DISTANCE_WORDS = new Set(['from', 'to', 'away', 'apart', 'between', 'off', 'fra', 'frå', 'til', 'te', 'unna', 'mellom', 'borte', 'far', 'langt', 'distance', 'avstand', 'avstanden']);

// How far after "how many" an "exactly" still says that the count is to be exact (see exactQuantity).
const MOST_BEFORE_EXACTLY = 10;

// Posts a person holds, asked whether they still do (see 'later').
// prettier-ignore
const STILL_HELD_POSTS = ['adviser', 'advisor', 'spokesman', 'spokesperson', 'spokeswoman', 'spokesmen', 'president', 'minister', 'secretary',
  'rådgiver', 'rådgjevar', 'sikkerhetsrådgiver', 'talsperson', 'talsmann', 'pressetalsperson', 'pressetalsmann', 'jobb', 'jobben', 'job', 'office', 'post', 'stilling', 'stillingen'];

// prettier-ignore
export const ASKS: Record<PatternDetail, TokenPatternSet> = {
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
    // What a buyer pays in a deal going on: "how much is Russia paying for the ammo", "hvor mye betaler Russland". Not what
    // was paid ("how much did Kim pay for his horses": thousands of dollars over the years, a sum the article gives).
    ['how', 'much', 'is', '*', 'paying'], ['how', 'much', 'is', '*', '*', 'paying'], ['how', 'much', 'are', '*', 'paying'],
    ['how', 'much', 'does', '*', 'pay'], ['how', 'much', 'does', '*', '*', 'pay'], ['how', 'much', 'do', '*', 'pay'],
    ['hvor', 'mye', 'betaler'], ['kor', 'mykje', 'betalar'], ['kor', 'mye', 'betaler'],
  ]),
  // The time of day ("what time did it cross"), which a date or a weekday does not give. Not "kva tid":
  // in Nynorsk that is plain "when".
  clock: new TokenPatternSet([
    ['what', 'time'], ['klokkeslett'], ['klokkeslettet'], ['what', 'hour'], ['hva', 'var', 'klokka'], ['hva', 'var', 'klokken'],
    ['kva', 'var', 'klokka'], ['hvor', 'mye', 'var', 'klokka'], ['kor', 'mykje', 'var', 'klokka'], ['time', 'of', 'day'],
    // "Kva klokka gjekk toget", "ka klokka kom det": the spoken "at what o'clock".
    ['hva', 'klokka'], ['hva', 'klokken'], ['kva', 'klokka'], ['ka', 'klokka'], ['kva', 'klokke'], ['ka', 'klokke'], ['hvilket', 'klokkeslett'],
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
    // Swedish "datum" ("Vilket datum togs bilderna?").
    ['dato'], ['datoen'], ['date'], ['calendar', 'date'], ['datum'], ['datumet'],
    // Which of a weekday ("which wednesday did it cross", "hvilken onsdag"): the date, which the weekday alone does not give.
    ...['which', 'what', 'hvilken', 'kva', 'ka'].flatMap((which) =>
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mandag', 'måndag', 'tirsdag', 'tysdag', 'onsdag', 'torsdag',
        'fredag', 'lørdag', 'laurdag', 'søndag', 'sundag'].map((day) => [which, day])),
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
        Array.from({ length: MOST_BEFORE_EXACTLY + 1 }, (_, gap) => [...howMany, ...Array<string>(gap).fill('*'), exactly]))),
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
  // A company's country ("is Planet Labs an American company", "er Planet Labs et amerikansk selskap"): the article calls
  // it a commercial satellite company, of no country.
  nationality: new TokenPatternSet(
    ['american', 'us', 'norwegian', 'russian', 'chinese', 'british', 'european', 'korean', 'amerikansk', 'amerikanske', 'norsk', 'norske', 'russisk',
      'russiske', 'kinesisk', 'kinesiske', 'britisk', 'britiske', 'europeisk', 'europeiske'].flatMap((country) =>
      ['company', 'firm', 'business', 'corporation', 'selskap', 'selskapet', 'firma', 'firmaet', 'bedrift', 'bedriften'].map((company) => [country, company])),
  ),
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
    ['made', 'of'], ['laget', 'av'], ['lagd', 'av'], ['laga', 'av'], ['modell'], ['modellen'],
    // A source's record ("any track record of getting stuff wrong"): the article weighs no one's past work.
    ['track', 'record'], ['track', 'records'],
    // A model asked for ("what model was the locomotive", "the train's locomotive model"), not one the asker builds or
    // plays ("I build model railways", "model UN prep").
    ['what', 'model'], ['which', 'model'], ['what', '*', 'model'], ['which', '*', 'model'], ['the', 'model'], ['model', 'name'],
    ['model', 'number'], ['model', 'of'], ['make', 'and', 'model'],
    // A kind by its class ("what class of locomotive"), not a school class.
    ['what', 'class', 'of'], ['which', 'class', 'of'],
    ...['locomotive', 'train', 'satellite', 'camera', 'missile', 'icbm', 'container', 'wagon', 'ai'].map((thing) => [thing, 'model']),
    // How sharp a picture is: said of pictures ("the resolution of the images", "hvor god oppløsning har de"), not of the
    // UN's resolutions nor of the Soviet Union breaking up ("gikk i oppløsning").
    ...['oppløsning', 'oppløysing'].flatMap((sharpness) => [['god', sharpness], ['høy', sharpness], ['høg', sharpness], [sharpness, 'på'], [sharpness, 'har']]),
    ...['oppløsningen', 'oppløysinga'].flatMap((sharpness) => [[sharpness, 'på'], [sharpness, 'til'], [sharpness, 'er'], [sharpness, 'var']]),
    ['megapixel'], ['megapixels'], ['pixel'], ['pixels'], ['piksler'],
    // A railway's gauge asked ("what gauge is the track", "kva sporvidde har dei"), which the article does not give; not
    // one told on the way to another question ("sporvidda skifter jo ved grensa, men …").
    ['what', 'gauge'], ['which', 'gauge'], ['rail', 'gauge'], ['track', 'gauge'], ['railway', 'gauge'], ['gauge', 'is'], ['gauge', 'was'],
    ...['sporvidde', 'sporvidden', 'sporvidda', 'sporbredde', 'sporbredden'].flatMap((gauge) => [
      ['hvilken', gauge], ['kva', gauge], ['ka', gauge], ['hva', gauge], ['slags', gauge], [gauge, 'har'], [gauge, 'er'], [gauge, 'e'], [gauge, 'på'],
    ]),
    ['camera', 'resolution'], ['image', 'resolution'], ['imagery', 'resolution'],
    ...['images', 'pictures', 'pics', 'photos', 'imagery', 'cameras'].flatMap((pictures) => [
      ['resolution', 'of', 'the', pictures], ['resolution', 'on', 'the', pictures], ['resolution', 'are', 'the', pictures],
    ]),
    ...['the', 'your', 'their', 'planet'].map((whose) => ['resolution', 'on', whose, 'satellite']),
    // "at what resolution?", "what resolution are these images?": a UN resolution is not taken at or asked what it is so.
    ['at', 'what', 'resolution'], ['in', 'what', 'resolution'], ['what', 'resolution', 'are'], ['what', 'resolution', 'were'],
    ['what', 'resolution', 'do'], ['what', 'resolution', 'does', 'planet'], ['high', 'resolution'], ['resolution', 'and', 'all'],
  ]),
  // An animal's breed ("what breed were the horses", "hvilken rase"), not breeding ("my grandpa breeds horses"): only a text
  // naming one gives it.
  breed: new TokenPatternSet([
    ['breed'], ['what', 'breeds'], ['which', 'breeds'], ['rase'], ['rasen'], ['raser'], ['hesterase'], ['hesterasen'], ['hesteraser'],
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
  // What someone did before the story's moment ("what did Kim Il-sung do before he became leader", "hva gjorde han før han
  // ble leder"): the article tells of the moment, not of the life before it.
  earlier: new TokenPatternSet([
    ['what', 'did', '*', 'do', 'before'], ['what', 'did', '*', '*', 'do', 'before'], ['what', 'did', '*', '*', '*', 'do', 'before'],
    ['before', 'he', 'became'], ['before', 'she', 'became'], ['before', 'he', 'was', 'made'], ['before', 'they', 'made', 'him'],
    ['before', 'the', 'soviets', 'made'], ['hva', 'gjorde', '*', 'før'], ['hva', 'gjorde', '*', '*', 'før'], ['kva', 'gjorde', '*', 'før'],
    ['før', 'han', 'ble'], ['før', 'hun', 'ble'], ['før', 'han', 'vart'], ['før', 'han', 'blei'],
  ]),
  // What someone holds ("how many missiles does NK have in stock", "hvor mange granater har de på lager"): the article
  // counts what was fired and sent, not what is kept.
  stock: new TokenPatternSet([
    ['på', 'lager'], ['in', 'stock'], ['stockpile'], ['stockpiles'], ['stockpiled'], ['arsenal'], ['arsenalet'], ['lagerbeholdning'], ['lagrene'],
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
    // An abbreviation the tokens spell out ("hva står ICBM for": "intercontinental missile").
    ['hva', 'står', '*', '*', 'for'], ['kva', 'står', '*', '*', 'for'], ['ka', 'står', '*', '*', 'for'],
  ]),
  identifier: new TokenPatternSet([
    // "Which resolution" the entry answers (the article does not say); its number it cannot.
    ['resolution', 'number'], ['number', 'of', 'the', 'resolution'], ['number', 'of', 'the', 'un', 'resolution'],
    // "Which UN resolution is it, what number has it?", "what number does the resolution have".
    ['what', 'number', 'has'], ['what', 'number', 'does', '*', 'have'], ['what', 'number', 'does', '*', '*', 'have'],
    // The indirect order: "… and what number it has", "by number".
    ['what', 'number', 'it', 'has'], ['what', 'number', 'it', 'had'], ['by', 'number'],
    // "What number is the UN resolution", "which number is it".
    ['what', 'number', 'is'], ['what', 'number', 'was'], ['which', 'number', 'is'], ['which', 'number', 'was'],
    // "Which number has the resolution", "which number does it have".
    ['which', 'number', 'has'], ['which', 'number', 'does'], ['what', 'number', 'did'], ['which', 'number', 'did'],
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
    // The unit alone, asked after the question ("hvor mye last hadde de? tonn?").
    ['tonn'], ['tons'], ['tonnes'],
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
    // Or proven later ("ble det ikke bevist seinere at …", "was it proven later"), "seinere" the other Bokmål spelling.
    ...['senere', 'seinere', 'seinare'].flatMap((later) => [['bevist', later], [later, 'bevist'], [later, 'blitt'], ['bekreftet', later], [later, 'bekreftet']]),
    ['proven', 'later'], ['proved', 'later'], ['later', 'proven'], ['later', 'proved'],
    // "Did the White House later publish it", "what happened after this at the station", "kva skjedde med brua etter det", "did Putin write back".
    ['did', '*', 'later'], ['did', '*', '*', 'later'], ['did', '*', '*', '*', 'later'], ['after', 'this'], ['happened', 'after'], ['skjedde', 'etter'], ['skjedde', '*', '*', 'etter'],
    ['skjedde', '*', '*', '*', 'etter'], ['write', 'back'], ['wrote', 'back'], ['skrev', 'tilbake'], ['skreiv', 'tilbake'], ['svarte', 'tilbake'],
    // Past the journey's last sight: "what happened to the train after it got to Khasan", "hvor ble det av toget etter stasjonen".
    ['after', 'it', 'got', 'to'], ['after', 'it', 'reached'], ['after', 'they', 'got', 'to'], ['after', 'they', 'reached'], ['after', 'reaching'],
    ['after', 'it', 'stopped'], ['after', 'stopping'], ['after', '*', 'station'], ['etter', '*', 'stasjon'],
    ['etter', 'stasjonen'], ['etter', 'at', 'det', 'kom', 'til'], ['after', 'khasan'], ['etter', 'khasan'], ['go', 'next'], ['went', 'next'],
    ['kjørte', 'videre'], ['kjørte', '*', 'videre'], ['køyrde', 'vidare'], ['køyrde', '*', 'vidare'],
    // A later day than the pictures': "how many wagons stood there the next day", "dagen derpå". Not "how many days later",
    // which may count the days between the claim and the pictures.
    ['next', 'day'], ['following', 'day'], ['neste', 'dag'], ['neste', 'dagen'], ['dagen', 'derpå'], ['dagen', 'etterpå'],
    // Whether what was watched for came about ("did the shipments ever arrive", "finally reach Russia", "any update?"): the
    // article tells only that it was being watched. Not "ever reached": "does the US even know if they ever reached
    // Russia" asks what the US knows.
    ...['arrive', 'arrived', 'arive'].map((arrive) => ['ever', arrive]),
    ...['arrive', 'arrived', 'arive', 'reach', 'reached'].map((arrive) => ['finally', arrive]),
    ['ended', 'up', 'arriving'], ['end', 'up', 'arriving'], ['any', 'update'], ['any', 'updates'],
    ['have', 'since'], ['has', 'since'],
    // Whether someone still holds their post ("is Kirby still the national security spokesman", "er Kirby fortsatt
    // sikkerhetsrådgiver"): what came after the article, not how things stood in it (an entry's "still monitoring").
    ...['still', 'fortsatt', 'framleis', 'fremdeles'].flatMap((still) =>
      STILL_HELD_POSTS.flatMap((post) => [[still, post], [still, '*', post], [still, '*', '*', post], [still, '*', '*', '*', post]]),
    ),
    // "Did the White House ever release any proof later on": "ever" a few words before "later". Not "plans to sell arms to
    // Russia later on", the plans the denial spoke of.
    ['ever', '*', 'later'], ['ever', '*', '*', 'later'], ['ever', '*', '*', '*', 'later'],
    // Where the journey was to end, past where the pictures last show the train: "its final destination", "endestasjonen".
    ['final', 'destination'], ['ultimate', 'destination'], ['endelige', 'destinasjon'], ['endelige', 'destinasjonen'], ['endestasjon'],
    ['endestasjonen'], ['ultimately', 'headed'], ['ultimately', 'going'], ['final', 'stop'],
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
    // "Who led North Korea between Kim Il-sung and Kim Jong-un": someone the text must name besides those the question does.
    ['who', 'led'], ['who', 'ruled'], ['hvem', 'ledet'], ['hvem', 'styrte'], ['kven', 'leia'], ['kven', 'styrte'], ['kem', 'styrte'],
    ['kem', 'av', 'dæm'], ['hvem', 'var', 'de'], ['kven', 'var', 'dei'], ['kem', 'va', 'dæm'], ['kem', 'var', 'dem'],
    // "Hvem i Nord-Korea": the tokenizer drops the one-letter "i", so "hvem" stands right before the body.
    ...['hvem', 'kven', 'kem', 'kæm'].flatMap((who) =>
      ['nord', 'nordkorea', 'usa', 'russland', 'kreml', 'regjeringen', 'regjeringa', 'ledelsen', 'leiinga', 'myndighetene', 'styresmaktene',
        'hæren', 'partiet', 'pyongyang', 'moskva', 'washington', 'administrasjonen', 'hos', 'kvite', 'hvite', 'pentagon'].map((body) => [who, body])),
    // "Hvem i Det hvite hus", "kven i det kvite huset": the body after "det".
    ...['hvem', 'kven', 'kem', 'kæm'].flatMap((who) => [[who, 'det', 'hvite'], [who, 'det', 'kvite']]),
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
    ['author', 'of'], ['forfatteren'], ['forfatternavn'], ['forfatternavnet'], ['byline'],
    // Asked in the passive: "hvem er artikkelen skrevet av", "who was it written by", "by whom was it written".
    ...['hvem', 'kven', 'kem', 'who'].flatMap((who) =>
      [0, 1, 2, 3].flatMap((n) => ['skrevet', 'skreve', 'skriven', 'skrivi', 'written'].map((written) => [who, ...Array<string>(n).fill('*'), written, written === 'written' ? 'by' : 'av'])),
    ),
    ['by', 'whom', '*', '*', 'written'], ['by', 'whom', '*', 'written'],
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
    // Asked yes or no: "did it take long", "satt Kim Il-sung lenge som leder", "tok det lang tid".
    ...['last', 'lasted', 'stay', 'stayed', 'stand', 'stood', 'rule', 'ruled'].map((verb) => [verb, 'long']),
    ...['take', 'took', 'takes'].flatMap((verb) => [[verb, 'long'], [verb, '*', 'long'], [verb, '*', '*', 'long'], [verb, '*', '*', '*', 'long']]),
    ...['satt', 'sat', 'sto', 'stod', 'varte'].flatMap((verb) => [[verb, 'lenge'], [verb, '*', 'lenge'], [verb, '*', '*', 'lenge'], [verb, '*', '*', '*', 'lenge']]),
    ...['tok', 'tar', 'tek'].flatMap((verb) => [[verb, 'lang', 'tid'], [verb, 'det', 'lang', 'tid']]),
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
    // "Var det lenge siden broen ble bygget?", "was that long ago?".
    ['lenge', 'siden'], ['lenge', 'sidan'], ['long', 'ago'],
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
    // A sum of money ("det største beløpet Sovjet ga").
    ['beløp'], ['beløpet'], ['beløpene'], ['summen'],
  ]),
};
