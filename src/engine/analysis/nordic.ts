/**
 * Swedish and Danish spellings of Norwegian words. Swedes and Danes read a Norwegian article and ask
 * about it in their own language, and many Norwegians mix in a Swedish or Danish form ("mycket",
 * "hvornår", "billederne"): the function words and the everyday words of questions about news, each
 * mapped to its Bokmål form before stemming (like Nynorsk, see nynorsk.ts). Only words that are not
 * Norwegian words of another meaning: not "var", "været" (the weather) or "have" (a garden).
 */
// prettier-ignore
const NORDIC_TO_BOKMAL = new Map<string, string>(Object.entries({
  // Greetings: Swedish "hej", "hejsan", "hallå", "tjena", Danish "halløj".
  hej: 'hei', hejsan: 'heisann', hejsa: 'hei', hejså: 'hei', hallå: 'hallo', tjena: 'hei', tjenare: 'hei', halløj: 'hallo',
  // Swedish question and function words.
  vad: 'hva', vem: 'hvem', denna: 'denne', detta: 'dette', vems: 'hvem', när: 'når', varför: 'hvorfor', hur: 'hvor', vilken: 'hvilken',
  vilket: 'hvilket', vilka: 'hvilke', och: 'og', inte: 'ikke', icke: 'ikke', jag: 'jeg', mig: 'meg', dig: 'deg',
  sig: 'seg', också: 'også', mycket: 'mye', många: 'mange', efter: 'etter', mellan: 'mellom', från: 'fra',
  till: 'til', över: 'over', här: 'her', där: 'der', någon: 'noen', något: 'noe', några: 'noen', nåt: 'noe',
  sedan: 'siden', förr: 'før', förut: 'før', innan: 'før', tidigare: 'tidligere', egentligen: 'egentlig',
  verkligen: 'virkelig', stämmer: 'stemmer', riktigt: 'riktig', kanske: 'kanskje', tack: 'takk', 
  hade: 'hadde', haft: 'hatt', blev: 'ble', blivit: 'blitt', varit: 'vært', vara: 'være', säger: 'sier',
  sade: 'sa', visar: 'viser', visade: 'viste', visat: 'vist', veta: 'vite', 
  finns: 'finnes', fanns: 'var', skickar: 'sender', skickade: 'sendte', skickat: 'sendt', skicka: 'sende',
  levererar: 'leverer', levererade: 'leverte', levererat: 'levert', säljer: 'selger', sålde: 'solgte', sålt: 'solgt',
  sälja: 'selge', köper: 'kjøper', köpte: 'kjøpte', köpt: 'kjøpt', förnekar: 'benekter', förnekade: 'benektet', förnekat: 'benektet',
  nekar: 'nekter', nekade: 'nektet', nekat: 'nektet', hjälp: 'hjelp', hjälpte: 'hjalp', hjälpt: 'hjulpet',
  hjälpa: 'hjelpe', är: 'er', själv: 'selv', själva: 'selv', förbjudet: 'forbudt', förbjuden: 'forbudt', förbjudna: 'forbudte',
  förbud: 'forbud', exportera: 'eksportere', exporterar: 'eksporterer', exporterade: 'eksporterte', stängd: 'stengt', stängdes: 'stengt', stängde: 'stengte', stängt: 'stengt', öppnade: 'åpnet',
  lastat: 'lastet', lastade: 'lastet', tagit: 'tatt', tagna: 'tatt', fotograferade: 'fotograferte',
  // Swedish nouns and adjectives of news about war, trade and trains.
  vapen: 'våpen', vapnen: 'våpnene', vapnet: 'våpenet', ryssland: 'russland', ryska: 'russiske', ryske: 'russiske',
  rysk: 'russisk', ryssarna: 'russerne', nordkoreanska: 'nordkoreanske', amerikanska: 'amerikanske',
  sovjetiska: 'sovjetiske', bilderna: 'bildene', bilden: 'bildet', tåget: 'toget', tåg: 'tog', tågen: 'togene',
  bron: 'broen', häst: 'hest', hästar: 'hester', hästarna: 'hestene', granaterna: 'granatene',
  anklagelserna: 'anklagene', anklagelser: 'anklager', anklagelsen: 'anklagen', sanktionerna: 'sanksjonene', ledare: 'leder', ledaren: 'lederen', breven: 'brevene', gränsen: 'grensen',
  gräns: 'grense', järnväg: 'jernbane', järnvägen: 'jernbanen', vagn: 'vogn', vagnar: 'vogner', vagnarna: 'vognene',
  stationen: 'stasjonen', station: 'stasjon', påståendet: 'påstanden', påstående: 'påstand', bevisen: 'bevisene',
  artikeln: 'artikkelen', artikel: 'artikkel', källa: 'kilde', källan: 'kilden', källor: 'kilder', robotar: 'raketter',
  missilerna: 'missilene', kriget: 'krigen', pengar: 'penger', pengarna: 'pengene', dagar: 'dager',
  senast: 'sist', sträcka: 'strekning', sträckan: 'strekningen', sådant: 'slikt', sådan: 'slik', sådana: 'slike',
  fattar: 'skjønner', förstår: 'forstår', förstod: 'forsto',
  anklagade: 'anklaget', anklagar: 'anklager', anklagat: 'anklaget', för: 'for', vecka: 'uke', veckan: 'uken', veckor: 'uker',
  gillar: 'liker', gilla: 'like', olaglig: 'ulovlig', olagligt: 'ulovlig', svår: 'vanskelig', svårt: 'vanskelig', stoppa: 'stoppe',
  enligt: 'ifølge', länge: 'lenge', långt: 'langt', varandra: 'hverandre', grafiken: 'grafikken', ifrån: 'fra', hemlighet: 'hemmelighet',
  hemligt: 'hemmelig', hemlig: 'hemmelig', vita: 'hvite', kärnvapen: 'atomvåpen', hände: 'skjedde', händer: 'skjer', hänt: 'skjedd',
  bekräfta: 'bekrefte', bekräftade: 'bekreftet', bekräftat: 'bekreftet', bekräftades: 'bekreftet', datum: 'dato', exakt: 'eksakt',
  togs: 'tatt', fick: 'fikk', bara: 'bare', väl: 'vel', alltså: 'altså', därför: 'derfor', eftersom: 'ettersom', medan: 'mens',
  utan: 'uten', någonsin: 'noensinne', aldrig: 'aldri', korsa: 'krysse', korsade: 'krysset', korsar: 'krysser', övervakar: 'overvåker',
  bevakar: 'overvåker', uttalande: 'uttalelse', ammunition: 'ammunisjon', containrar: 'containere', containrarna: 'containerne',
  vänskap: 'vennskap', vänskapsbron: 'vennskapsbroen', satellitbild: 'satellittbilde', satellitbilder: 'satellittbilder',
  satellitbilden: 'satellittbildet', sydkorea: 'sør-korea', hästtåget: 'hestetoget', hästtransport: 'hestetransport',
  dölja: 'skjule', döljer: 'skjuler', dolde: 'skjulte', dolt: 'skjult', laglig: 'lovlig', lagligt: 'lovlig', lagliga: 'lovlige',
  ens: 'engang', lastades: 'lastet', lastas: 'lastes', grejer: 'greier', grejen: 'greia', ovanlig: 'uvanlig', ovanligt: 'uvanlig',
  // Danish question and function words.
  hvad: 'hva', hvornår: 'når', hvorn: 'når', af: 'av', bag: 'bak', gennem: 'gjennom', mellem: 'mellom', mod: 'mot',
  ud: 'ut', op: 'opp', nogen: 'noen', noget: 'noe', nogle: 'noen', meget: 'mye', havde: 'hadde', 
  blevet: 'blitt', sige: 'si', siger: 'sier', sagde: 'sa', set: 'sett', sandt: 'sant', rigtigt: 'riktig',
  rigtig: 'riktig', nægter: 'nekter', nægtet: 'nektet', benægter: 'benekter', benægtet: 'benektet', åbnet: 'åpnet',
  lukkede: 'stengte', købte: 'kjøpte', købt: 'kjøpt', køber: 'kjøper', sælger: 'selger', skudt: 'skutt',
  affyret: 'avfyrt', udvekslet: 'utvekslet', hjælp: 'hjelp', hjælpe: 'hjelpe', efterretning: 'etterretning',
  taget: 'tatt', skete: 'skjedde', sket: 'skjedd', faldt: 'falt', ej: 'ikke', overhovedet: 'overhodet', igen: 'igjen',
  artiklen: 'artikkelen',
  // Danish nouns.
  billede: 'bilde', billeder: 'bilder', billederne: 'bildene', billedet: 'bildet', satellitbillede: 'satellittbilde',
  satellitbilleder: 'satellittbilder', satellitbillederne: 'satellittbildene', satellit: 'satellitt', 
  vogne: 'vogner', heste: 'hester', våben: 'våpen', våbnene: 'våpnene', våbenet: 'våpenet', rusland: 'russland',
  grænsen: 'grensen', grænse: 'grense', penge: 'penger', dage: 'dager', uger: 'uker', eftermiddagen: 'ettermiddagen',
  breve: 'brev', hvide: 'hvite', præsident: 'president', præsidenten: 'presidenten', leverancer: 'leveranser',
  leverancerne: 'leveransene', beviser: 'bevis', udtalt: 'uttalt', udtalelse: 'uttalelse', hemmelighed: 'hemmelighet',
  hemmeligt: 'hemmelig', krydse: 'krysse', krydser: 'krysser', krydsede: 'krysset', overvåger: 'overvåker', venskab: 'vennskap',
  venskabsbroen: 'vennskapsbroen', hjælpen: 'hjelpen', spørgsmål: 'spørsmål',
  usædvanlig: 'uvanlig', usædvanligt: 'uvanlig', strækning: 'strekning', strækningen: 'strekningen',
}));

/**
 * Danish and Swedish endings of a word nothing else recognised, in the Bokmål forms to try: the
 * definite plural ("billederne", "vagnarna" -> "-ene") and the Swedish past participle ("lastat" -> "lastet").
 */
export function nordicForms(token: string): string[] {
  if (token.length < 6) return [];
  if (token.endsWith('erne')) return [`${token.slice(0, -4)}ene`];
  if (/(?:ar|er|or)na$/.test(token)) return [`${token.slice(0, -4)}ene`, `${token.slice(0, -3)}ene`];
  if (token.endsWith('at')) return [`${token.slice(0, -2)}et`];
  return [];
}

/** Swedish and Danish heads of compounds ("satellitbilderna", "togbillederne"), mapped like the word alone. */
// prettier-ignore
const NORDIC_HEADS: ReadonlyArray<[string, string]> = [
  ['billederne', 'bildene'], ['billedene', 'bildene'], ['billeder', 'bilder'], ['billedet', 'bildet'], ['billede', 'bilde'], ['bilderna', 'bildene'],
  ['vagnarna', 'vognene'], ['vagnar', 'vogner'], ['gränsen', 'grensen'], ['grænsen', 'grensen'],
  ['hästarna', 'hestene'], ['hästar', 'hester'], ['tåget', 'toget'], ['heste', 'hester'],
];
const MIN_HEAD_PREFIX = 3;

/** The Bokmål form of a Swedish or Danish word, or undefined. */
export function nordicToBokmal(token: string): string | undefined {
  const mapped = NORDIC_TO_BOKMAL.get(token);
  if (mapped !== undefined) return mapped;
  // Indexed, not destructured in a for-of: this runs on every Norwegian word of a build, before V8 optimises it.
  for (let i = 0; i < NORDIC_HEADS.length; i++) {
    const head = NORDIC_HEADS[i]![0];
    if (token.length >= head.length + MIN_HEAD_PREFIX && token.endsWith(head)) return token.slice(0, -head.length) + NORDIC_HEADS[i]![1];
  }
  return undefined;
}

// Swedish words no Norwegian writes: beside them, "tog" is Swedish "took", not Norwegian "train".
// prettier-ignore
const SWEDISH = new Set(['vem', 'vad', 'hur', 'när', 'varför', 'inte', 'och', 'är', 'jag', 'också', 'bilderna', 'bilden', 'vilken', 'vilket', 'vilka', 'satellitbilderna', 'fotona', 'fotot']);
// Swedish forms that are other Norwegian words ("tog": train), read as Swedish only beside a Swedish word.
const SWEDISH_HOMOGRAPHS = new Map([
  ['tog', 'tok'],
  ['togs', 'tatt'],
]);

/** The tokens with Swedish "tog" (took) read as Bokmål "tok" when a Swedish word stands beside it ("vem tog bilderna"). */
export function readAsSwedish(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => SWEDISH_HOMOGRAPHS.has(t)) || !tokens.some((t) => SWEDISH.has(t))) return tokens;
  return tokens.map((t) => SWEDISH_HOMOGRAPHS.get(t) ?? t);
}

// Swedish and Danish question words, and the words of measure they ask with, which no English or Norwegian writer
// uses: read as Bokmål, the kind of fact asked is found ("hur många hästar": how many horses).
// prettier-ignore
const NORDIC_QUESTION_WORDS = new Map([
  ['vad', 'hva'], ['vem', 'hvem'], ['när', 'når'], ['varför', 'hvorfor'], ['vilken', 'hvilken'], ['vilket', 'hvilket'], ['vilka', 'hvilke'],
  ['hvad', 'hva'], ['hvornår', 'når'], ['många', 'mange'], ['mycket', 'mye'], ['lång', 'lang'], ['långt', 'langt'], ['länge', 'lenge'],
  ['gammal', 'gammel'], ['är', 'er'], ['tillbaka', 'tilbake'],
]);
// Swedish "hur" is "hvor" before a measure or a count ("hur lång", "hur många"), else "hvordan" ("hur vet de det"); so
// before the Norwegian word, in a Norwegian's Swedish-tinged question ("hur mange hester har Kim").
// prettier-ignore
const MEASURES = new Set([
  'många', 'mycket', 'lång', 'långt', 'länge', 'gammal', 'stor', 'stora', 'ofta', 'snabbt', 'fort', 'tung', 'hög', 'långa',
  'mange', 'mye', 'lang', 'langt', 'lenge', 'gammel', 'store', 'ofte', 'raskt', 'høy', 'høyt', 'lange', 'tungt',
]);

/** The tokens with Swedish and Danish question words as their Bokmål forms (see NORDIC_QUESTION_WORDS); others as they are. */
export function withNordicQuestionWords(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => t === 'hur' || NORDIC_QUESTION_WORDS.has(t))) return tokens;
  return tokens.map((t, i) => (t === 'hur' ? (MEASURES.has(tokens[i + 1] ?? '') ? 'hvor' : 'hvordan') : (NORDIC_QUESTION_WORDS.get(t) ?? t)));
}
