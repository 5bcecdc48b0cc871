/**
 * Word lists for the synthetic newsroom archive: the things Norwegian local and national news is
 * about, each with its Bokmål and English form (and a synonym, for paraphrases the knowledge base
 * never saw). Places are real Norwegian towns; people are invented from common names.
 */

export interface Topic {
  /** ASCII slug used in entry ids. */
  slug: string;
  /** Bokmål indefinite and definite singular ("skole", "skolen"). */
  nb: string;
  nbDef: string;
  /** A Bokmål synonym, definite ("grunnskolen"). */
  nbSyn: string;
  en: string;
  enSyn: string;
}

// prettier-ignore
const t = (slug: string, nb: string, nbDef: string, nbSyn: string, en: string, enSyn: string): Topic => ({ slug, nb, nbDef, nbSyn, en, enSyn });

// prettier-ignore
export const TOPICS: readonly Topic[] = [
  t('school', 'skole', 'skolen', 'grunnskolen', 'school', 'primary school'),
  t('hospital', 'sykehus', 'sykehuset', 'lokalsykehuset', 'hospital', 'local hospital'),
  t('maternity', 'fødeavdeling', 'fødeavdelingen', 'fødestua', 'maternity ward', 'birth clinic'),
  t('er-clinic', 'legevakt', 'legevakta', 'akuttmottaket', 'emergency clinic', 'casualty unit'),
  t('nursing-home', 'sykehjem', 'sykehjemmet', 'omsorgssenteret', 'nursing home', 'care home'),
  t('kindergarten', 'barnehage', 'barnehagen', 'småbarnsavdelingen', 'kindergarten', 'nursery'),
  t('library', 'bibliotek', 'biblioteket', 'folkebiblioteket', 'library', 'public library'),
  t('pool', 'svømmehall', 'svømmehallen', 'badeanlegget', 'swimming pool', 'swimming baths'),
  t('sports-hall', 'idrettshall', 'idrettshallen', 'flerbrukshallen', 'sports hall', 'arena'),
  t('culture-house', 'kulturhus', 'kulturhuset', 'konserthuset', 'culture centre', 'concert hall'),
  t('cinema', 'kino', 'kinoen', 'filmteatret', 'cinema', 'movie theatre'),
  t('museum', 'museum', 'museet', 'bygdemuseet', 'museum', 'heritage museum'),
  t('fire-station', 'brannstasjon', 'brannstasjonen', 'brannvakta', 'fire station', 'firehouse'),
  t('police-station', 'politistasjon', 'politistasjonen', 'lensmannskontoret', 'police station', 'police office'),
  t('prison', 'fengsel', 'fengselet', 'anstalten', 'prison', 'jail'),
  t('town-hall', 'rådhus', 'rådhuset', 'kommunehuset', 'town hall', 'city hall'),
  t('courthouse', 'tinghus', 'tinghuset', 'rettsbygningen', 'courthouse', 'court building'),
  t('airport', 'flyplass', 'flyplassen', 'lufthavnen', 'airport', 'airfield'),
  t('harbour', 'havn', 'havna', 'kaianlegget', 'harbour', 'port'),
  t('ferry-quay', 'ferjekai', 'ferjekaia', 'ferjeleiet', 'ferry quay', 'ferry terminal'),
  t('ferry-route', 'ferjesamband', 'ferjesambandet', 'ferjeruta', 'ferry route', 'ferry service'),
  t('bus-route', 'bussrute', 'bussruta', 'busslinja', 'bus route', 'bus line'),
  t('railway-line', 'jernbanestrekning', 'jernbanestrekningen', 'banestrekningen', 'railway line', 'rail link'),
  t('station', 'togstasjon', 'togstasjonen', 'jernbanestasjonen', 'railway station', 'train station'),
  t('tunnel', 'tunnel', 'tunnelen', 'fjelltunnelen', 'tunnel', 'road tunnel'),
  t('bridge', 'bru', 'brua', 'broen', 'bridge', 'crossing'),
  t('national-road', 'riksvei', 'riksveien', 'hovedveien', 'national road', 'main road'),
  t('motorway', 'motorvei', 'motorveien', 'firefeltsveien', 'motorway', 'highway'),
  t('toll-station', 'bomstasjon', 'bomstasjonen', 'bomringen', 'toll station', 'toll ring'),
  t('road-tolls', 'bompenger', 'bompengene', 'bomavgiften', 'road tolls', 'toll charges'),
  t('car-park', 'parkeringshus', 'parkeringshuset', 'parkeringsanlegget', 'car park', 'parking garage'),
  t('cycle-path', 'sykkelvei', 'sykkelveien', 'sykkelstien', 'cycle path', 'bike lane'),
  t('footbridge', 'gangbru', 'gangbrua', 'gangbroen', 'footbridge', 'pedestrian bridge'),
  t('waterworks', 'vannverk', 'vannverket', 'drikkevannsanlegget', 'waterworks', 'water supply plant'),
  t('sewage-plant', 'renseanlegg', 'renseanlegget', 'avløpsanlegget', 'sewage plant', 'wastewater plant'),
  t('waste-plant', 'avfallsanlegg', 'avfallsanlegget', 'søppelfyllinga', 'waste plant', 'landfill'),
  t('wind-farm', 'vindpark', 'vindparken', 'vindkraftverket', 'wind farm', 'wind power plant'),
  t('power-plant', 'kraftverk', 'kraftverket', 'vannkraftverket', 'power plant', 'hydro plant'),
  t('power-line', 'kraftlinje', 'kraftlinja', 'høyspentlinja', 'power line', 'transmission line'),
  t('solar-farm', 'solcellepark', 'solcelleparken', 'solkraftverket', 'solar farm', 'solar park'),
  t('data-centre', 'datasenter', 'datasenteret', 'serverparken', 'data centre', 'server farm'),
  t('battery-factory', 'batterifabrikk', 'batterifabrikken', 'battericellefabrikken', 'battery factory', 'battery plant'),
  t('smelter', 'smelteverk', 'smelteverket', 'aluminiumsverket', 'smelter', 'aluminium works'),
  t('sawmill', 'sagbruk', 'sagbruket', 'høvleriet', 'sawmill', 'timber mill'),
  t('fish-plant', 'fiskefabrikk', 'fiskefabrikken', 'fiskemottaket', 'fish plant', 'fish processing plant'),
  t('fish-farm', 'oppdrettsanlegg', 'oppdrettsanlegget', 'merdene', 'fish farm', 'salmon pens'),
  t('mine', 'gruve', 'gruva', 'gruvedriften', 'mine', 'mining operation'),
  t('oil-field', 'oljefelt', 'oljefeltet', 'feltutbyggingen', 'oil field', 'offshore field'),
  t('gas-pipeline', 'gassrørledning', 'gassrørledningen', 'rørledningen', 'gas pipeline', 'pipeline'),
  t('express-boat', 'hurtigbåt', 'hurtigbåten', 'båtruta', 'express boat', 'passenger boat'),
  t('night-train', 'nattog', 'nattoget', 'sovevognen', 'night train', 'sleeper train'),
  t('air-route', 'flyrute', 'flyruta', 'flyforbindelsen', 'air route', 'flight connection'),
  t('post-office', 'postkontor', 'postkontoret', 'posten i butikk', 'post office', 'postal counter'),
  t('bank-branch', 'bankfilial', 'bankfilialen', 'bankkontoret', 'bank branch', 'bank office'),
  t('grocery', 'dagligvarebutikk', 'dagligvarebutikken', 'nærbutikken', 'grocery store', 'corner shop'),
  t('mall', 'kjøpesenter', 'kjøpesenteret', 'handlesenteret', 'shopping centre', 'mall'),
  t('hotel', 'hotell', 'hotellet', 'overnattingsstedet', 'hotel', 'lodging'),
  t('campsite', 'campingplass', 'campingplassen', 'bobilparkeringen', 'campsite', 'caravan park'),
  t('ski-resort', 'skisenter', 'skisenteret', 'alpinbakken', 'ski resort', 'ski slope'),
  t('stadium', 'stadion', 'stadionet', 'fotballbanen', 'stadium', 'football ground'),
  t('property-tax', 'eiendomsskatt', 'eiendomsskatten', 'boligskatten', 'property tax', 'homeowner tax'),
  t('power-subsidy', 'strømstøtte', 'strømstøtten', 'strømkompensasjonen', 'electricity subsidy', 'power support'),
  t('grid-fee', 'nettleie', 'nettleien', 'nettavgiften', 'grid fee', 'network tariff'),
  t('child-benefit', 'barnetrygd', 'barnetrygden', 'småbarnsstøtten', 'child benefit', 'family allowance'),
  t('gp-scheme', 'fastlegeordning', 'fastlegeordningen', 'legeordningen', 'GP scheme', 'family doctor scheme'),
  t('waiting-times', 'ventetid', 'ventetiden', 'helsekøen', 'waiting times', 'hospital queues'),
  t('wage-deal', 'lønnsoppgjør', 'lønnsoppgjøret', 'tariffoppgjøret', 'wage settlement', 'pay deal'),
  t('strike', 'streik', 'streiken', 'arbeidsnedleggelsen', 'strike', 'walkout'),
  t('layoffs', 'permittering', 'permitteringene', 'oppsigelsene', 'layoffs', 'job cuts'),
  t('budget', 'budsjett', 'budsjettet', 'årsbudsjettet', 'budget', 'annual budget'),
  t('debt', 'gjeld', 'gjelden', 'lånegjelden', 'debt', 'borrowing'),
  t('house-prices', 'boligpris', 'boligprisene', 'eiendomsprisene', 'house prices', 'property prices'),
  t('rent', 'husleie', 'husleien', 'leieprisene', 'rent', 'rental prices'),
  t('merger', 'kommunesammenslåing', 'kommunesammenslåingen', 'sammenslåingen', 'municipal merger', 'council merger'),
  t('wolf-hunt', 'ulvejakt', 'ulvejakta', 'lisensjakta', 'wolf hunt', 'wolf cull'),
  t('reindeer', 'reinbeite', 'reinbeitet', 'beiteområdet', 'reindeer grazing', 'grazing land'),
  t('landslide', 'rasfare', 'rasfaren', 'skredfaren', 'landslide risk', 'rockfall danger'),
  t('flood-defence', 'flomvern', 'flomvernet', 'flomsikringen', 'flood defence', 'flood barrier'),
  t('forest-fire', 'skogbrann', 'skogbrannen', 'lyngbrannen', 'forest fire', 'wildfire'),
  t('avalanche', 'snøskred', 'snøskredet', 'snøraset', 'avalanche', 'snow slide'),
  t('oil-spill', 'oljeutslipp', 'oljeutslippet', 'oljesølet', 'oil spill', 'oil leak'),
  t('air-pollution', 'luftforurensning', 'luftforurensningen', 'svevestøvet', 'air pollution', 'smog'),
  t('microplastics', 'mikroplast', 'mikroplasten', 'plastforurensningen', 'microplastics', 'plastic pollution'),
  t('sea-lice', 'lakselus', 'lakselusa', 'lusepåslaget', 'sea lice', 'salmon lice'),
  t('wild-salmon', 'villaks', 'villaksen', 'laksebestanden', 'wild salmon', 'salmon stock'),
  t('fishing-quota', 'fiskekvote', 'fiskekvoten', 'torskekvoten', 'fishing quota', 'cod quota'),
  t('housing-project', 'boligprosjekt', 'boligprosjektet', 'boligfeltet', 'housing project', 'housing development'),
  t('student-housing', 'studentbolig', 'studentboligene', 'hyblene', 'student housing', 'student flats'),
  t('refugee-centre', 'asylmottak', 'asylmottaket', 'flyktningmottaket', 'asylum centre', 'refugee centre'),
  t('youth-club', 'fritidsklubb', 'fritidsklubben', 'ungdomshuset', 'youth club', 'youth centre'),
  t('church', 'kirke', 'kirken', 'kirkebygget', 'church', 'parish church'),
  t('cemetery', 'gravplass', 'gravplassen', 'kirkegården', 'cemetery', 'graveyard'),
  t('ambulance', 'ambulansestasjon', 'ambulansestasjonen', 'ambulansetjenesten', 'ambulance station', 'ambulance service'),
  t('rescue-helicopter', 'redningshelikopter', 'redningshelikopteret', 'luftambulansen', 'rescue helicopter', 'air ambulance'),
  t('dental-clinic', 'tannklinikk', 'tannklinikken', 'tannhelsetjenesten', 'dental clinic', 'dentist'),
  t('psychiatry', 'psykiatriavdeling', 'psykiatriavdelingen', 'psykiatrien', 'psychiatric ward', 'mental health unit'),
  t('high-school', 'videregående skole', 'den videregående skolen', 'vidaregåande', 'upper secondary school', 'high school'),
  t('university', 'høgskole', 'høgskolen', 'studiestedet', 'university college', 'campus'),
  t('broadband', 'bredbånd', 'bredbåndet', 'fiberutbyggingen', 'broadband', 'fibre network'),
  t('mobile-coverage', 'mobildekning', 'mobildekningen', 'mobilnettet', 'mobile coverage', 'cell coverage'),
];

export interface Actor {
  nb: string;
  en: string;
}

// prettier-ignore
const a = (nb: string, en: string): Actor => ({ nb, en });

// prettier-ignore
export const ORGANISATIONS: readonly Actor[] = [
  a('regjeringen', 'the government'),
  a('Stortinget', 'parliament'),
  a('kommunestyret', 'the municipal council'),
  a('formannskapet', 'the executive committee'),
  a('fylkeskommunen', 'the county council'),
  a('politiet', 'the police'),
  a('Statens vegvesen', 'the Public Roads Administration'),
  a('Bane NOR', 'Bane NOR'),
  a('helseforetaket', 'the health trust'),
  a('Mattilsynet', 'the Food Safety Authority'),
  a('Miljødirektoratet', 'the Environment Agency'),
  a('Norges Bank', 'the central bank'),
  a('NAV', 'the welfare agency NAV'),
  a('Forsvaret', 'the armed forces'),
  a('Kystverket', 'the Coastal Administration'),
  a('brannvesenet', 'the fire service'),
  a('Statsforvalteren', 'the County Governor'),
  a('Statnett', 'the grid operator Statnett'),
  a('NVE', 'the Water Resources Directorate'),
  a('Fiskeridirektoratet', 'the Directorate of Fisheries'),
  a('Helsetilsynet', 'the Board of Health'),
  a('Arbeidstilsynet', 'the Labour Inspection Authority'),
  a('Datatilsynet', 'the Data Protection Authority'),
  a('Riksrevisjonen', 'the Auditor General'),
  a('Avinor', 'the airport operator Avinor'),
  a('Posten', 'the postal service'),
  a('fagforeningen', 'the trade union'),
  a('arbeidsgiverforeningen', "the employers' association"),
  a('Sametinget', 'the Sami Parliament'),
  a('tingretten', 'the district court'),
  a('lagmannsretten', 'the court of appeal'),
  a('eierne', 'the owners'),
  a('utbyggeren', 'the developer'),
  a('styret', 'the board'),
  a('beboerne', 'the residents'),
  a('miljøorganisasjonene', 'environmental groups'),
];

// prettier-ignore
export const ROLES: readonly Actor[] = [
  a('ordfører', 'mayor'),
  a('varaordfører', 'deputy mayor'),
  a('kommunedirektør', 'chief executive'),
  a('helseminister', 'health minister'),
  a('finansminister', 'finance minister'),
  a('samferdselsminister', 'transport minister'),
  a('klimaminister', 'climate minister'),
  a('fiskeriminister', 'fisheries minister'),
  a('styreleder', 'board chair'),
  a('administrerende direktør', 'chief executive officer'),
  a('politimester', 'police chief'),
  a('fylkesordfører', 'county mayor'),
];

// prettier-ignore
export const FIRST_NAMES: readonly string[] = [
  'Kari', 'Ola', 'Ingrid', 'Lars', 'Sigrid', 'Erik', 'Nora', 'Magnus', 'Ida', 'Henrik', 'Marte', 'Jonas',
  'Silje', 'Anders', 'Hilde', 'Per', 'Tone', 'Knut', 'Astrid', 'Bjørn', 'Solveig', 'Trond', 'Guro', 'Eirik',
  'Ragnhild', 'Håkon', 'Liv', 'Sindre', 'Maren', 'Øystein', 'Thea', 'Vegard', 'Hanne', 'Jørgen', 'Randi',
  'Kjetil', 'Aud', 'Stian', 'Berit', 'Tor',
];

// prettier-ignore
export const LAST_NAMES: readonly string[] = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Berg', 'Haugen', 'Hagen', 'Eriksen', 'Bakken', 'Solberg', 'Lunde', 'Dahl', 'Moen', 'Strand', 'Lie', 'Holm',
  'Aasen', 'Brekke', 'Sæther', 'Nygård', 'Fjeld', 'Vik', 'Myhre', 'Rønning', 'Tveit', 'Kvam', 'Løvås', 'Sunde',
  'Hovland', 'Ødegård', 'Bjerke', 'Halvorsen', 'Lindstad', 'Grøtte',
];

export interface Action {
  nbPast: string;
  nbPart: string;
  /** A Bokmål synonym in the past tense, for paraphrases. */
  nbSyn: string;
  enPast: string;
  enBase: string;
  enSyn: string;
}

// prettier-ignore
const v = (nbPast: string, nbPart: string, nbSyn: string, enPast: string, enBase: string, enSyn: string): Action => ({
  nbPast, nbPart, nbSyn, enPast, enBase, enSyn,
});

// prettier-ignore
export const ACTIONS: readonly Action[] = [
  v('stengte', 'stengt', 'la ned', 'closed', 'close', 'shut down'),
  v('åpnet', 'åpnet', 'innviet', 'opened', 'open', 'inaugurated'),
  v('vedtok', 'vedtatt', 'godkjente', 'approved', 'approve', 'passed'),
  v('avviste', 'avvist', 'sa nei til', 'rejected', 'reject', 'turned down'),
  v('utsatte', 'utsatt', 'skjøv på', 'postponed', 'postpone', 'delayed'),
  v('kuttet', 'kuttet', 'reduserte', 'cut', 'cut', 'reduced'),
  v('økte', 'økt', 'hevet', 'increased', 'increase', 'raised'),
  v('gransket', 'gransket', 'undersøkte', 'investigated', 'investigate', 'probed'),
  v('kritiserte', 'kritisert', 'refset', 'criticised', 'criticise', 'slammed'),
  v('stanset', 'stanset', 'stoppet', 'halted', 'halt', 'stopped'),
  v('solgte', 'solgt', 'avhendet', 'sold', 'sell', 'sold off'),
  v('kjøpte', 'kjøpt', 'overtok', 'bought', 'buy', 'acquired'),
  v('bygde', 'bygd', 'reiste', 'built', 'build', 'constructed'),
  v('rev', 'revet', 'jevnet med jorden', 'demolished', 'demolish', 'tore down'),
  v('flyttet', 'flyttet', 'omlokaliserte', 'relocated', 'relocate', 'moved'),
  v('finansierte', 'finansiert', 'betalte for', 'funded', 'fund', 'paid for'),
  v('evaluerte', 'evaluert', 'vurderte', 'evaluated', 'evaluate', 'assessed'),
  v('forlenget', 'forlenget', 'videreførte', 'extended', 'extend', 'prolonged'),
  v('privatiserte', 'privatisert', 'konkurranseutsatte', 'privatised', 'privatise', 'outsourced'),
  v('moderniserte', 'modernisert', 'oppgraderte', 'modernised', 'modernise', 'upgraded'),
  v('reparerte', 'reparert', 'utbedret', 'repaired', 'repair', 'fixed'),
  v('saksøkte', 'saksøkt', 'gikk til sak mot', 'sued', 'sue', 'took to court'),
  v('bøtela', 'bøtelagt', 'ga bot til', 'fined', 'fine', 'penalised'),
  v('fredet', 'fredet', 'vernet', 'protected', 'protect', 'preserved'),
];

// prettier-ignore
export const PLACES: readonly string[] = [
  'Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Tromsø', 'Kristiansand', 'Drammen', 'Fredrikstad', 'Bodø', 'Ålesund',
  'Sandnes', 'Sarpsborg', 'Skien', 'Tønsberg', 'Moss', 'Haugesund', 'Arendal', 'Hamar', 'Larvik', 'Halden',
  'Lillehammer', 'Molde', 'Harstad', 'Gjøvik', 'Kongsberg', 'Narvik', 'Alta', 'Kirkenes', 'Hammerfest', 'Vadsø',
  'Mo i Rana', 'Mosjøen', 'Steinkjer', 'Levanger', 'Namsos', 'Førde', 'Florø', 'Sogndal', 'Voss', 'Odda',
  'Stord', 'Egersund', 'Flekkefjord', 'Mandal', 'Grimstad', 'Risør', 'Kragerø', 'Notodden', 'Rjukan', 'Elverum',
  'Kongsvinger', 'Jessheim', 'Lillestrøm', 'Asker', 'Sandvika', 'Hønefoss', 'Honningsvåg', 'Svolvær', 'Sortland',
  'Finnsnes', 'Lyngseidet', 'Røros', 'Oppdal', 'Orkanger', 'Brønnøysund', 'Sandnessjøen', 'Vardø', 'Lakselv',
  'Karasjok', 'Kautokeino', 'Geilo', 'Fagernes', 'Otta', 'Åndalsnes', 'Kristiansund', 'Ulsteinvik', 'Volda',
  'Stryn', 'Lærdal', 'Årdalstangen', 'Leknes', 'Stokmarknes', 'Andenes', 'Bardufoss', 'Setermoen', 'Skjervøy',
  'Tana', 'Båtsfjord', 'Mehamn', 'Berlevåg', 'Hadsel', 'Meløy', 'Fauske', 'Saltdal', 'Rognan', 'Vefsn',
  'Hemnes', 'Nesna', 'Lurøy', 'Vega', 'Verdal', 'Stjørdal', 'Malvik', 'Melhus', 'Skaun', 'Frøya', 'Hitra',
  'Surnadal', 'Sunndalsøra', 'Tingvoll', 'Averøy', 'Sykkylven', 'Ørsta', 'Hareid', 'Herøy',
];

// prettier-ignore
export const NEWS_SOURCES: ReadonlyArray<{ id: string; name: string }> = [
  { id: 'nrk', name: 'NRK' }, { id: 'tv2', name: 'TV 2' }, { id: 'ntb', name: 'NTB' }, { id: 'aftenposten', name: 'Aftenposten' },
  { id: 'vg', name: 'VG' }, { id: 'dagbladet', name: 'Dagbladet' }, { id: 'bt', name: 'Bergens Tidende' },
  { id: 'adressa', name: 'Adresseavisen' }, { id: 'nordlys', name: 'Nordlys' }, { id: 'itromso', name: 'iTromsø' },
  { id: 'sa', name: 'Stavanger Aftenblad' }, { id: 'fvn', name: 'Fædrelandsvennen' }, { id: 'an', name: 'Avisa Nordland' },
  { id: 'smp', name: 'Sunnmørsposten' }, { id: 'ta', name: 'Telemarksavisa' }, { id: 'oa', name: 'Oppland Arbeiderblad' },
  { id: 'rb', name: 'Romerikes Blad' }, { id: 'dn', name: 'Dagens Næringsliv' }, { id: 'e24', name: 'E24' },
  { id: 'klassekampen', name: 'Klassekampen' }, { id: 'ssb', name: 'Statistisk sentralbyrå' },
  { id: 'kommunen', name: 'Kommunens saksdokumenter' }, { id: 'domstol', name: 'Domstolenes avgjørelser' },
  { id: 'pressemelding', name: 'Pressemelding fra aktøren' },
];

/**
 * Vocabulary the knowledge base never uses, for questions it must decline: everyday requests and
 * general knowledge, in both languages.
 */
// prettier-ignore
export const OFF_TOPIC = {
  dishes: [['pannekaker', 'pancakes'], ['lasagne', 'lasagna'], ['fiskesuppe', 'fish soup'], ['kjøttkaker', 'meatballs'],
    ['vafler', 'waffles'], ['taco', 'tacos'], ['pizzadeig', 'pizza dough'], ['lapskaus', 'stew'], ['risgrøt', 'rice pudding'],
    ['surdeigsbrød', 'sourdough bread'], ['sushi', 'sushi'], ['kanelboller', 'cinnamon buns']],
  sports: [['cupfinalen i fotball', 'the football cup final'], ['VM i håndball', 'the handball world championship'],
    ['Tour de France', 'the Tour de France'], ['Holmenkollen-stafetten', 'the Holmenkollen relay'],
    ['Champions League', 'the Champions League'], ['Wimbledon', 'Wimbledon'], ['Birkebeinerrennet', 'the Birkebeiner race'],
    ['Eurovision', 'Eurovision'], ['Melodi Grand Prix', 'the Norwegian song contest'], ['sjakk-VM', 'the chess world championship']],
  products: [['en iPhone', 'an iPhone'], ['en elsykkel', 'an e-bike'], ['en robotstøvsuger', 'a robot vacuum'],
    ['en brukt Tesla', 'a used Tesla'], ['en PlayStation', 'a PlayStation'], ['et par joggesko', 'a pair of running shoes'],
    ['en varmepumpe', 'a heat pump'], ['en kaffemaskin', 'a coffee machine']],
  countries: [['Australia', 'Australia'], ['Brasil', 'Brazil'], ['Canada', 'Canada'], ['Japan', 'Japan'], ['Kenya', 'Kenya'],
    ['Peru', 'Peru'], ['Mongolia', 'Mongolia'], ['Portugal', 'Portugal'], ['Vietnam', 'Vietnam'], ['Chile', 'Chile']],
  things: [['en god krimroman', 'a good crime novel'], ['en film for fredagskvelden', 'a film for Friday night'],
    ['et dikt om høsten', 'a poem about autumn'], ['en vits om katter', 'a joke about cats'],
    ['en treningsplan', 'a workout plan'], ['et navn til hunden min', 'a name for my dog'],
    ['en gave til mamma', 'a present for my mum'], ['en podkast om historie', 'a history podcast']],
} as const;

/**
 * Village names built the way many Norwegian place names are (a first part and a landscape word:
 * Bjørk+vik, Lang+nes): only for archives larger than the towns above can hold (100 topics ×
 * 115 towns), so the 1,000- and 10,000-entry archives stay exactly as they were.
 */
// prettier-ignore
export const VILLAGE_FIRST: readonly string[] = [
  'Bjørk', 'Lang', 'Sand', 'Øster', 'Vester', 'Stor', 'Lille', 'Rød', 'Hov', 'Fjell', 'Dal', 'Elv', 'Holm', 'Lund', 'Skog',
  'Grøn', 'Hvit', 'Svart', 'Lyng', 'Furu', 'Gran', 'Ask', 'Eik', 'Alm', 'Hegg', 'Rogn', 'Selje', 'Lind', 'Ore', 'Kvern',
  'Sag', 'Kirke', 'Prest', 'Gjeter', 'Fiske', 'Mølle', 'Brygge', 'Kvit', 'Mel', 'Sol',
];
// prettier-ignore
export const VILLAGE_LAST: readonly string[] = [
  'vik', 'nes', 'dal', 'berg', 'fjord', 'øy', 'strand', 'haug', 'bø', 'mo', 'sund', 'eid', 'heim', 'stad', 'rud',
  'set', 'voll', 'by', 'land', 'li', 'åsen', 'myra', 'bakken', 'lia', 'tun', 'vann', 'elva', 'holmen', 'ås', 'våg',
];
