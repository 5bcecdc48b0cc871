/**
 * Which way between North Korea and Russia a text says something goes: "weapons from North Korea
 * to Russia" and "Russia sells weapons to North Korea" use the same words, so bag-of-words matching
 * cannot tell them apart. The article's claims go one way (arms to Russia) and its horses the other
 * (horses into North Korea), so the direction decides which entry, if any, answers.
 *
 * Read from the plain lower-cased tokens: the words that carry it ("to", "fra", "til") are stop words.
 */
export type Flow = 'to-russia' | 'to-north-korea';

/** The term a text that states a flow carries (a concept, weighted as one). */
export const FLOW_TERMS: Readonly<Record<Flow, string>> = { 'to-russia': '#flow-to-russia', 'to-north-korea': '#flow-to-north-korea' };

type Country = 'north-korea' | 'russia';

// prettier-ignore
const NORTH_KOREA = new Set(['nordkorea', 'nk', 'dprk', 'pyongyang', 'nordkoreanerne', 'nordkoreanarane', 'nordkoreanske', 'nordkoreansk', 'kim']);
// "korea" and its forms count when "north"/"nord" stands before them (the tokenizer splits "Nord-Korea").
// prettier-ignore
const KOREA = new Set(['korea', 'korean', 'koreans', 'koreas', 'koreanerne', 'koreanarane', 'koreanske']);
const NORTH = new Set(['north', 'nord']);
// prettier-ignore
const RUSSIA = new Set(['russia', 'russland', 'russians', 'russian', 'russerne', 'russarane', 'russiske', 'russisk', 'moscow', 'moskva', 'kremlin', 'kreml', 'putin', 'russias', 'russlands']);

// Words before a country that make it the destination, or the origin. Not "mot" or "for": "sanksjoner mot
// Nord-Korea" and "what it means for Russia" send nothing anywhere.
// prettier-ignore
const TOWARDS = new Set(['to', 'into', 'towards', 'toward', 'til', 'inn', 'inni']);
// prettier-ignore
const FROM = new Set(['from', 'fra', 'frå', 'ifra']);
// A country before one of these verbs (within a few words) is where things come from: "Russia sells …". Not "arms":
// mostly the noun ("north korea russia arms").
// prettier-ignore
const SENDS = new Set([
  'sell', 'sells', 'selling', 'sold', 'send', 'sends', 'sending', 'sent', 'ship', 'ships', 'shipping', 'shipped', 'supply', 'supplies',
  'supplying', 'supplied', 'deliver', 'delivers', 'delivering', 'delivered', 'export', 'exports', 'exporting', 'exported', 'arming', 'give', 'gives', 'giving', 'gave', 'provide', 'provides', 'providing', 'provided', 'furnish', 'furnishes', 'furnishing',
  'selger', 'sel', 'solgte', 'selde', 'sender', 'sende', 'sendte', 'leverer', 'levere', 'leverte', 'forsyner', 'forsyne', 'forsynte',
  'eksporterer', 'eksportere', 'eksporterte', 'gir', 'gi', 'ga', 'gav', 'bevæpner', 'væpner', 'skipar', 'skiper', 'sendar',
]);
// A country before one of these is where things go: "Russia buys …".
// prettier-ignore
const RECEIVES = new Set([
  'buy', 'buys', 'buying', 'bought', 'import', 'imports', 'importing', 'imported', 'get', 'gets', 'getting', 'got', 'receive', 'receives',
  'receiving', 'received', 'kjøper', 'kjøpe', 'kjøpte', 'importerer', 'importere', 'importerte', 'får', 'fikk', 'mottar', 'mottok', 'kjøpar',
]);
// "Bildet fra russisk side", "photo from Russia": a picture from a place is where it was taken, not which way things go.
// prettier-ignore
const PICTURES = new Set(['bilde', 'bildet', 'bilder', 'bildene', 'bilete', 'biletet', 'bileta', 'foto', 'fotoet', 'picture', 'pictures', 'photo',
  'photos', 'image', 'images', 'pic', 'pics', 'shot', 'shots', 'satellittbildet', 'satellittbilder', 'satellittbildene']);
// "What happened to Russia's help": "to" after these belongs to the verb, and sends nothing anywhere.
const HAPPENED = new Set(['happened', 'happen', 'happens', 'happening']);
// How far after the country its verb may stand ("North Korea is secretly supplying Russia").
const VERB_SPAN = 3;

/** The flow a text states, from its lower-cased tokens, or undefined when it states none (or both). */
export function flowOf(tokens: readonly string[]): Flow | undefined {
  let toRussia = false;
  let toNorthKorea = false;
  for (let i = 0; i < tokens.length; i++) {
    const country = countryAt(tokens, i);
    if (country === undefined) continue;
    // The word before the country, past "north"/"nord" and "i" ("inn i Russland").
    let before = i - 1;
    if (country === 'north-korea' && NORTH.has(tokens[before] ?? '')) before--;
    if (tokens[before] === 'i' && tokens[before - 1] === 'inn') before--;
    const prep = tokens[before] ?? '';
    let destination: boolean | undefined;
    if (TOWARDS.has(prep) && !HAPPENED.has(tokens[before - 1] ?? '')) destination = true;
    else if (FROM.has(prep) && !PICTURES.has(tokens[before - 1] ?? '')) destination = false;
    else if (FROM.has(prep)) continue;
    else {
      for (let j = i + 1; j <= i + VERB_SPAN && j < tokens.length && destination === undefined; j++) {
        if (SENDS.has(tokens[j]!)) destination = false;
        else if (RECEIVES.has(tokens[j]!)) destination = true;
      }
    }
    if (destination === undefined) continue;
    if ((country === 'russia') === destination) toRussia = true;
    else toNorthKorea = true;
  }
  if (toRussia === toNorthKorea) return undefined;
  return toRussia ? 'to-russia' : 'to-north-korea';
}

/** Whether a word may name a country (countryAt): a text without one states no flow, and is not read for one. */
export function mayNameCountry(token: string): boolean {
  return RUSSIA.has(token) || NORTH_KOREA.has(token) || KOREA.has(token);
}

function countryAt(tokens: readonly string[], i: number): Country | undefined {
  const token = tokens[i]!;
  if (RUSSIA.has(token)) return 'russia';
  if (NORTH_KOREA.has(token)) return 'north-korea';
  if (KOREA.has(token) && NORTH.has(tokens[i - 1] ?? '')) return 'north-korea';
  return undefined;
}
