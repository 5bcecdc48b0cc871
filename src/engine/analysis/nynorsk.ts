import { nordicToBokmal } from './nordic.js';

/**
 * Nynorsk (and common dialect spellings) mapped to Bokmål before stemming, so a Nynorsk question
 * meets the same terms as a Bokmål one. Only words whose Bokmål form differs.
 */
// prettier-ignore
const NYNORSK_TO_BOKMAL = new Map<string, string>(Object.entries({
  kva: 'hva', ka: 'hva', kvifor: 'hvorfor', korfor: 'hvorfor', kvi: 'hvorfor', kven: 'hvem', kem: 'hvem',
  kvar: 'hvor', kor: 'hvor', korleis: 'hvordan', koss: 'hvordan', kossen: 'hvordan', kvart: 'hvert', kvarandre: 'hverandre',
  kvifør: 'hvorfor', når: 'når', kortid: 'når',
  ikkje: 'ikke', eg: 'jeg', meg: 'meg', ho: 'hun', dykk: 'dere', dokker: 'dere', me: 'vi',
  dei: 'de', deira: 'deres', deim: 'dem', han: 'han', hennar: 'hennes', hans: 'hans', sin: 'sin',
  ein: 'en', eit: 'et', eitt: 'ett', nokon: 'noen', noko: 'noe', nokre: 'noen', ingen: 'ingen', inga: 'ingen',
  frå: 'fra', fraa: 'fra', åt: 'til', mot: 'mot', òg: 'også', og: 'og', au: 'også', berre: 'bare', mykje: 'mye',
  meir: 'mer', mest: 'mest', lite: 'lite', litt: 'litt', heile: 'hele', saman: 'sammen',
  vore: 'vært', vere: 'være', er: 'er', var: 'var', vart: 'ble', blei: 'ble', blitt: 'blitt', vorte: 'blitt',
  har: 'har', hadde: 'hadde', gjer: 'gjør', gjere: 'gjøre', gjera: 'gjøre', gjorde: 'gjorde', gjort: 'gjort', seie: 'si', seier: 'sier',
  sei: 'si', sa: 'sa', sagt: 'sagt', veit: 'vet', vite: 'vite', finst: 'finnes', fins: 'finnes', kome: 'komme',
  kjem: 'kommer', kom: 'kom', komme: 'komme', køyrde: 'kjørte', køyre: 'kjøre', køyrer: 'kjører', køyrt: 'kjørt',
  sende: 'sendte', sendt: 'sendt', sender: 'sender', send: 'sender', tek: 'tar', teke: 'tatt', tok: 'tok',
  syner: 'viser', synte: 'viste', syna: 'vise', vise: 'vise', viser: 'viser', sjå: 'se', ser: 'ser', såg: 'så', sett: 'sett',
  tenkjer: 'tenker', meiner: 'mener', meinte: 'mente', trur: 'tror', hevdar: 'hevder', påstår: 'påstår', nektar: 'nekter',
  bilete: 'bilde', biletet: 'bildet', bileta: 'bildene', bilda: 'bildene', biletene: 'bildene', bileter: 'bilder',
  satellittbilete: 'satellittbilde', satellittbileta: 'satellittbildene', satellittbileter: 'satellittbilder',
  bru: 'bro', brua: 'broen', brui: 'broen', bruer: 'broer', vennskapsbrua: 'vennskapsbroen', vennskapsbru: 'vennskapsbro',
  vogn: 'vogn', vognar: 'vogner', vognene: 'vognene', vognane: 'vognene', hestar: 'hester', hestane: 'hestene',
  granatar: 'granater', granatane: 'granatene', artillerigranatar: 'artillerigranater', våpna: 'våpnene',
  sanksjonane: 'sanksjonene', sanksjonar: 'sanksjoner', rakettar: 'raketter', missilar: 'missiler',
  kjelde: 'kilde', kjelda: 'kilden', kjelder: 'kilder', kjeldene: 'kildene', kjeldane: 'kildene',
  prov: 'bevis', prova: 'bevisene', stadfesta: 'bekreftet', stadfeste: 'bekrefte', stadfest: 'bekreftet',
  landa: 'landene', landet: 'landet', grensa: 'grensen', grense: 'grense', stasjonen: 'stasjonen',
  tenkjetanken: 'tenketanken', tenkjetank: 'tenketank', leiar: 'leder', leiaren: 'lederen', leiarar: 'ledere',
  amerikanarane: 'amerikanerne', amerikanarar: 'amerikanere', russarane: 'russerne', russarar: 'russere',
  nordkoreanarane: 'nordkoreanerne', nordkoreanarar: 'nordkoreanere', styresmaktene: 'myndighetene',
  styresmakter: 'myndigheter', veterinærstyresmaktene: 'veterinærmyndighetene', tollstyresmaktene: 'tollmyndighetene',
  artikkelen: 'artikkelen', saka: 'saken', sak: 'sak', byrja: 'begynte', byrjinga: 'begynnelsen', starta: 'startet',
  stengde: 'stengte', stengt: 'stengt', opna: 'åpnet', lang: 'lang', lange: 'lange', langt: 'langt',
  augo: 'øyne', auga: 'øye', ute: 'ute', inne: 'inne', mellom: 'mellom', etter: 'etter', før: 'før',
  difor: 'derfor', derfor: 'derfor', då: 'da', no: 'nå', her: 'her', der: 'der', dit: 'dit', heilt: 'helt',
  særleg: 'særlig', verkeleg: 'virkelig', eigentleg: 'egentlig', sikkert: 'sikkert', truleg: 'trolig',
  eigar: 'eier', eig: 'eier', åtte: 'eide', fekk: 'fikk', får: 'får', gjekk: 'gikk', går: 'går', gått: 'gått',
  handel: 'handel', handelen: 'handelen', sal: 'salg', salet: 'salget', våpensal: 'våpensalg', våpensalet: 'våpensalget',
  forsendingane: 'forsendelsene', forsendingar: 'forsendelser', forsending: 'forsendelse', løyndom: 'hemmelighet',
  løynd: 'hemmelighet', hemmeleg: 'hemmelig', open: 'åpen', offentleggjorde: 'offentliggjorde',
  offentleggjort: 'offentliggjort', rapporterte: 'rapporterte', melde: 'meldte', tydar: 'tyder', tyder: 'tyder',
  samarbeid: 'samarbeid', brev: 'brev', breva: 'brevene', utveksla: 'utvekslet', farfar: 'farfar', bestefar: 'farfar',
  lasta: 'lastet', grunnlegginga: 'opprettelsen', skipinga: 'opprettelsen', oppretta: 'opprettet', hjelp: 'hjelp', hjelpte: 'hjalp',
  bistanden: 'bistanden', samanbrotet: 'kollapsen', samanbrot: 'kollaps', fall: 'fall', tala: 'tallet', talet: 'tallet',
  mange: 'mange', fleire: 'flere', fleste: 'fleste', tusenvis: 'tusenvis', dollar: 'dollar', kjend: 'kjent', kjent: 'kjent',
  interessa: 'interessen', interesse: 'interesse', likar: 'liker', lika: 'likte', ei: 'en',
  auge: 'øye', spela: 'spilte', spelte: 'spilte', spel: 'spill', spelar: 'spiller', sovjetarane: 'sovjeterne',
  sovjetarar: 'sovjetere', vatn: 'vann', framleis: 'fortsatt', enno: 'ennå', sidan: 'siden', medan: 'mens',
  sjølv: 'selv', held: 'holder', heldt: 'holdt', halde: 'holde', gjeld: 'gjelder', gjaldt: 'gjaldt', høyrt: 'hørt',
  høyre: 'høre', høyrer: 'hører', lese: 'lese', skriv: 'skriver', skreiv: 'skrev', kjøpte: 'kjøpte', kjøper: 'kjøper',
  brukte: 'brukte', bruka: 'brukte', pengar: 'penger', pengane: 'pengene', folk: 'folk',
  vegen: 'veien', veg: 'vei', retning: 'retning', nordkoreanske: 'nordkoreanske', russiske: 'russiske',
  amerikanske: 'amerikanske', ifølgje: 'ifølge', ifylgje: 'ifølge', etterretning: 'etterretning', åtvaring: 'advarsel', åtvara: 'advarte',
  hendinga: 'hendelsen', hending: 'hendelse', skjedd: 'skjedd', hende: 'skje', hendt: 'skjedd', hender: 'skjer',
  tyde: 'tyde', dømes: 'eksempel', døme: 'eksempel', ynskjer: 'ønsker', ønskjer: 'ønsker',
  treng: 'trenger', trong: 'behov', fortelje: 'fortelle', fortel: 'forteller', spørje: 'spørre', meine: 'mene',
  selje: 'selge', selde: 'solgte', tru: 'tro', burde: 'burde', stort: 'stort',
  tenkje: 'tenke', tenkte: 'tenkte', visst: 'visst', ver: 'vær', veret: 'været', hugs: 'husk',
  // Old written Bokmål (Riksmål), as older people still write it.
  hvorledes: 'hvordan', nu: 'nå', nøiaktig: 'nøyaktig', nøiagtig: 'nøyaktig', netop: 'nettopp', opstått: 'oppstått', opstod: 'oppsto',
  omlastning: 'omlasting', omlastningen: 'omlastingen', falder: 'faller', aldrig: 'aldri', billedene: 'bildene', sne: 'snø',
  eftermiddag: 'ettermiddag', efterpå: 'etterpå', derefter: 'deretter', aften: 'kveld', aftenen: 'kvelden',
  // Spoken Norwegian and dialect forms people type in chat (Trøndelag, Vestland, Nord-Norge, Oslo).
  åssen: 'hvordan', assen: 'hvordan', åsn: 'hvordan', kordan: 'hvordan', korsn: 'hvordan', korsen: 'hvordan',
  kolles: 'hvordan', kossn: 'hvordan', koffor: 'hvorfor', kofor: 'hvorfor', koffer: 'hvorfor', kvafor: 'hvorfor',
  hvafor: 'hvorfor', kæffor: 'hvorfor', keffer: 'hvorfor', kåffer: 'hvorfor', kåfor: 'hvorfor', kåffor: 'hvorfor', åffer: 'hvorfor',
  sku: 'skulle', kæm: 'hvem', kæ: 'hva', kå: 'hva', hvaffor: 'hvilken',
  kolla: 'hvilken', kokken: 'hvilken', itj: 'ikke', ittj: 'ikke', ikkj: 'ikke', kje: 'ikke',
  va: 'var', sjøl: 'selv', sjæl: 'selv', te: 'til', elle: 'eller', ell: 'eller', sia: 'siden', sida: 'siden',
  di: 'de', dæm: 'de', døm: 'de', dæmm: 'de', dem: 'dem', hu: 'hun', mæ: 'meg', dæ: 'deg', sæ: 'seg',
  nåkka: 'noe', nokka: 'noe', nåkke: 'noe', noka: 'noe', nån: 'noen', nåkken: 'noen',
  dåkker: 'dere', dokk: 'dere', åkke: 'oss', skjønne: 'skjønner', funke: 'fungerer', funker: 'fungerer', funket: 'fungerte',
  funka: 'fungerte', russarn: 'russerne', russeran: 'russerne', amerikanaran: 'amerikanerne',
  sir: 'sier', sie: 'sier', heite: 'heter', veka: 'uka', veke: 'uke', vekene: 'ukene', hainn: 'han', hanj: 'han', tå: 'av', mykkje: 'mye', mæjn: 'men',
  bærre: 'bare', bære: 'bare', kainn: 'kan', ska: 'skal', skar: 'skal',
  morgon: 'morgen', morgonen: 'morgenen', kvit: 'hvit', kvite: 'hvite', kvitt: 'hvitt', midtausten: 'midtøsten',
  austen: 'østen', aust: 'øst', skaut: 'skjøt', skote: 'skutt', oppskytinga: 'oppskytingen', rakettane: 'rakettene',
  missila: 'missilene', missilane: 'missilene', kryssa: 'krysset', fotografane: 'fotografene', forbod: 'forbud',
  forbodet: 'forbudet', brot: 'brudd', brotet: 'bruddet', tollstyresmakter: 'tollmyndigheter',
  veterinærstyresmakter: 'veterinærmyndigheter', nyheitsbyrå: 'nyhetsbyrå', tenkjetankar: 'tenketanker',
  // The "-an" plural of the article's nouns in many dialects, in training questions and questions alike
  // (other unknown "-an" words are tried against the Bokmål forms by dialectPluralForms).
  bildan: 'bildene', vognan: 'vognene', hestan: 'hestene', granatan: 'granatene', våpnan: 'våpnene',
  sanksjonan: 'sanksjonene', russan: 'russerne', veterinæran: 'veterinærene', rakettan: 'rakettene', togan: 'togene',
  tel: 'til', sel: 'selger', venna: 'venner', vennan: 'venner', elr: 'eller', skilnaden: 'forskjellen', skilnad: 'forskjell', forteljingar: 'fortellinger', forteljing: 'fortelling', knyter: 'knytter', eine: 'ene',
  // "Hva fantes på toget" asks what was on it, not what was found ("fant").
  fantes: 'var', fanst: 'var',
  // "Kor langt attende går tilhøvet": how far back the relationship goes.
  attende: 'tilbake', tebake: 'tilbake', tebakers: 'tilbake', tilhøvet: 'forholdet', tilhøve: 'forhold', tilhøva: 'forholdene',
  // Colloquial "sånne" is "slike" (such), not a form of "sann" (true), which it folds to.
  sånne: 'slike', sånna: 'slike',
  // Slang "digge" (to dig, like): "digger Kim hester?" asks whether he likes them; no excavator in the story.
  digger: 'liker', digga: 'likte', digge: 'like',
  desse: 'disse', nåen: 'noen', någe: 'noe', nåe: 'noe', nokken: 'noen', åran: 'årene', høyrde: 'hørte', trudde: 'trodde', skjøner: 'skjønner', skjønar: 'skjønner', skøte: 'skutt', skøtt: 'skutt', nånting: 'noe', nåkkå: 'noe', nokke: 'noe', utviklinga: 'utviklingen', opprettinga: 'opprettelsen', bestefaren: 'farfaren', hjelpa: 'hjelpen',
}));

/**
 * Nynorsk and dialect endings of compound nouns the article uses ("jernbanebrua", "satellittbileta",
 * "satellittbildan"): the head word is mapped like the word alone, so "…brua" meets "…broen".
 */
// prettier-ignore
const NYNORSK_HEADS: ReadonlyArray<[string, string]> = [
  ['brua', 'broen'], ['bileta', 'bildene'], ['biletet', 'bildet'], ['bilete', 'bilde'], ['biletene', 'bildene'],
  ['grensa', 'grensen'], ['vognane', 'vognene'], ['vognar', 'vogner'], ['granatane', 'granatene'], ['granatar', 'granater'],
  ['styresmaktene', 'myndighetene'], ['styresmakter', 'myndigheter'],
  // The dialects' "-an" plural closing a compound too: "satellittbildan", "godsvognan".
  ['bildan', 'bildene'], ['vognan', 'vognene'], ['hestan', 'hestene'], ['granatan', 'granatene'], ['rakettan', 'rakettene'],
];
const MIN_HEAD_PREFIX = 3;

// Nynorsk marks a lost consonant with a circumflex ("vêr", "fôr"); people type it or leave it out.
const CIRCUMFLEX = /[êôâ]/g;
const HAS_CIRCUMFLEX = /[êôâ]/;
const PLAIN: Record<string, string> = { ê: 'e', ô: 'o', â: 'a' };

/** Nynorsk, dialect, and Swedish or Danish (nordic.ts) words in their Bokmål form; other words as they are. */
export function nynorskToBokmal(token: string): string {
  const mapped =
    NYNORSK_TO_BOKMAL.get(token) ??
    nordicToBokmal(token) ??
    (HAS_CIRCUMFLEX.test(token) ? NYNORSK_TO_BOKMAL.get(token.replace(CIRCUMFLEX, (c) => PLAIN[c]!)) : undefined);
  if (mapped !== undefined) return mapped;
  // Indexed, not destructured in a for-of: this runs on every word of a build, before V8 optimises it.
  for (let i = 0; i < NYNORSK_HEADS.length; i++) {
    const head = NYNORSK_HEADS[i]![0];
    if (token.length >= head.length + MIN_HEAD_PREFIX && token.endsWith(head)) return token.slice(0, -head.length) + NYNORSK_HEADS[i]![1];
  }
  return token;
}

/**
 * The Bokmål forms a dialect plural may stand for: many dialects end the definite plural in -an
 * or -a ("bildan", "hestan", "vognan" for "bildene", "hestene", "vognene"), and the feminine
 * definite singular ends in -a ("broa", "grensa" for "broen", "grensen"). Tried only for words
 * nothing else recognised.
 */
export function dialectPluralForms(token: string): string[] {
  // The feminine definite singular in -a ("broa", "boka") is Bokmål's -en ("broen").
  if (token.length === 4) return token.endsWith('a') ? [`${token.slice(0, -1)}en`] : [];
  if (token.length < 5) return [];
  // Nynorsk "-arane" of a noun in "-ar" ("containarane") is Bokmål's "-erne".
  if (token.endsWith('arane')) return [`${token.slice(0, -5)}erne`, `${token.slice(0, -3)}ene`];
  if (token.endsWith('ane')) return [`${token.slice(0, -3)}ene`];
  if (token.endsWith('an')) return [`${token.slice(0, -2)}ene`, `${token.slice(0, -2)}er`, `${token.slice(0, -2)}erne`];
  if (token.endsWith('a')) return [`${token.slice(0, -1)}ene`, `${token.slice(0, -1)}en`];
  return [];
}

// Dialect question words and the words of measure they ask with, which no Bokmål or English writer uses: read as
// Bokmål, the kind of fact asked is found ("kor mykkje penga": how much money; "kor mang hesta": how many horses).
// prettier-ignore
const SPOKEN_QUESTION_WORDS = new Map([
  ['mykkje', 'mye'], ['mang', 'mange'], ['kokken', 'hvilken'], ['kolla', 'hvilken'], ['korsn', 'hvordan'],
]);

/** The tokens with dialect question words as their Bokmål forms (see SPOKEN_QUESTION_WORDS); others as they are. */
export function withSpokenQuestionWords(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => SPOKEN_QUESTION_WORDS.has(t))) return tokens;
  return tokens.map((t) => SPOKEN_QUESTION_WORDS.get(t) ?? t);
}
