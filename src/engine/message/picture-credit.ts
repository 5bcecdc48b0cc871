import { PICTURES } from './picture-order.js';

/**
 * "Where's the picture of Kim on the horse from", "bildet av Kim på hest, hvem har tatt det", "source for the missile
 * launch photo": a question for who took, made or published a picture, which the entry crediting the pictures answers
 * however much the picture's subject (Kim, his horse) matches the entry on that subject.
 */
const GRAPHICS = new Set(['graphic', 'graphics', 'grafikk', 'grafikken', 'illustration', 'illustrasjon', 'illustrasjonen']);
const PICTURE = new Set([...PICTURES, ...GRAPHICS]);

/** Whether a message names the article's graphics: their maker is in the credits, not in the entry on the satellite images. */
export function namesGraphics(tokens: readonly string[]): boolean {
  return tokens.some((t) => GRAPHICS.has(t));
}
// prettier-ignore
const WHO = new Set(['who', "who's", 'whos', 'hvem', 'kven', 'kem', 'ke']);
// prettier-ignore
const TAKING = new Set(['took', 'take', 'taken', 'shot', 'snapped', 'made', 'photographed', 'captured', 'published', 'released',
  'distributed', 'tok', 'tatt', 'tatte', 'teke', 'tekne', 'knipset', 'knipsa', 'laget', 'lagde', 'laga', 'fotograferte', 'fotografert',
  'publiserte', 'offentliggjorde', 'distribuerte']);
// "Which outlet published the photo", "hvilket nyhetsbyrå distribuerte bildet": who, asked as which publisher.
const WHICH = new Set(['which', 'hvilken', 'hvilket', 'hvilke', 'kva', 'what']);
// prettier-ignore
const PUBLISHERS = new Set(['outlet', 'outlets', 'agency', 'agencies', 'newspaper', 'paper', 'company', 'firm', 'organisation', 'organization',
  'byrå', 'byrået', 'nyhetsbyrå', 'nyhetsbyrået', 'avis', 'avisa', 'selskap', 'selskapet', 'firma', 'organisasjon', 'kanal', 'channel']);
const BEHIND = new Set(['behind', 'bak']);
const WHERE = new Set(['where', 'hvor', 'kor', 'hvorfra', 'korfrå', 'wherefrom']);
const FROM = new Set(['from', 'fra', 'frå']);
// prettier-ignore
const CREDIT = new Set(['source', 'sources', 'credit', 'credits', 'credited', 'copyright', 'photographer', 'kilde', 'kilden', 'kjelde',
  'kjelda', 'kreditt', 'kreditert', 'bildekreditt', 'fotograf', 'fotografen', 'opphav', 'opphavet']);
// Words that may stand between "where" and the picture it asks about: "where is the photo", "hvor kommer dette bildet".
// prettier-ignore
const LEAD = new Set(['is', 's', 'was', 'does', 'did', 'do', 'are', 'were', 'the', 'this', 'that', 'these', 'those', 'a', 'er', 'var',
  'kommer', 'kom', 'stammer', 'har', 'det', 'dette', 'denne', 'disse', 'de', 'den', 'dei', 'kjem']);

// A Norwegian compound naming a picture by what it shows: "missilbildet", "hestebilete", "kimfotoet".
const PICTURE_COMPOUND = /^\p{L}{3,}(?:bilde|bildet|bilete|biletet|foto|fotoet)$/u;
// Pointing back at a picture named before: "missilbildet nederst, hvor kommer det fra".
const POINTING_BACK = new Set(['it', 'that', 'this', 'det', 'den', 'dette', 'denne']);

// A Norwegian compound naming the credit: "fotokreditt", "bildekilde", "pressefotografen".
const CREDIT_COMPOUND = /^\p{L}{3,}(?:kreditt|kreditering|kilde|kilden|kjelde|kjelda|fotograf|fotografen)$/u;

function isCredit(token: string): boolean {
  return CREDIT.has(token) || CREDIT_COMPOUND.test(token);
}

function isPicture(token: string): boolean {
  return PICTURE.has(token) || PICTURE_COMPOUND.test(token);
}

export function asksPictureCredit(tokens: readonly string[]): boolean {
  if (!tokens.some(isPicture)) return false;
  if (tokens.some((t, i) => isCredit(t) && nearPicture(tokens, i))) return true;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    // "who took it", "hvem har tatt det": the taking is of the picture the message names.
    // "Who is behind the photo", "hvem står bak bildet": its maker.
    if (WHO.has(word) && tokens.slice(i + 1, i + 3).some((t) => TAKING.has(t) || BEHIND.has(t))) return true;
    if (WHICH.has(word) && PUBLISHERS.has(tokens[i + 1] ?? '') && tokens.slice(i + 2, i + 4).some((t) => TAKING.has(t))) return true;
    // "where is the picture … from": the picture is what "where" asks about, not something it shows.
    if (WHERE.has(word) && tokens.slice(i + 1).some((t) => FROM.has(t)) && pictureLeads(tokens, i + 1, i > 0 && tokens.slice(0, i).some(isPicture)))
      return true;
  }
  return false;
}

// "Source for the missile launch picture": the credit word and the picture within a few words ("the source of the
// claim about the pictures" asks for the claim's).
const CREDIT_REACH = 5;

function nearPicture(tokens: readonly string[], at: number): boolean {
  return tokens.slice(Math.max(0, at - CREDIT_REACH), at + CREDIT_REACH + 1).some(isPicture);
}

/**
 * Whether the first word from `at` on that is no lead-in word is a picture ("the kim horse pic" too: a picture within three
 * words), or points back at the picture named before (`namedBefore`).
 */
function pictureLeads(tokens: readonly string[], at: number, namedBefore: boolean): boolean {
  let i = at;
  let pointed = false;
  while (i < tokens.length && LEAD.has(tokens[i]!)) pointed ||= POINTING_BACK.has(tokens[i++]!);
  return tokens.slice(i, i + 3).some(isPicture) || (namedBefore && (pointed || POINTING_BACK.has(tokens[i] ?? '')));
}
