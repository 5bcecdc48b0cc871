/**
 * Questions for who owns or pays for something ("who owns Planet Labs", "hvilket selskap eier toget", "who funds 38
 * North", "er 38 North finansiert av CIA"): no entry tells an owner or a backer, only what a company or a think tank
 * did. Who owns the satellites is asked of what the pictures' entry tells (a satellite company took them).
 */
// prettier-ignore
const WHO = new Set(['who', 'whose', 'which', 'what', 'hvem', 'hvilket', 'hvilken', 'hvilke', 'kven', 'kva', 'kem', 'kæm', 'kæmm', 'ka']);
// The owner named as a noun asks who only after a word for a person: "who is the owner"; "hva sa eierne" asks what the owners said.
// prettier-ignore
const WHO_PERSON = new Set(['who', 'whose', 'hvem', 'kven', 'kem', 'kæm', 'kæmm']);
// prettier-ignore
const OWNS = new Set(['owns', 'owned', 'own', 'eier', 'eide', 'eig', 'eigde', 'eiger']);
// prettier-ignore
const OWNER = new Set(['owner', 'owners', 'eieren', 'eierne', 'eigar', 'eigaren', 'eigarane']);
// prettier-ignore
const FUNDS = new Set(['funds', 'funded', 'funding', 'fund', 'funder', 'funders', 'bankrolls', 'bankrolled', 'finansierer', 'finansiert', 'finansiera', 'finansierte', 'finansiering', 'finansieringa', 'finansieringen']);
// The question word at most this many words before the owning verb: "hvilket selskap eier", "who actually owns".
const REACH = 3;
const SATELLITE = /^(?:satellit|satelit|satellite|satelite)/u;

/** Whether a question, from its lower-cased tokens, asks who owns or funds something (not the satellites). */
export function asksOwner(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const funds = FUNDS.has(t);
    const asking = OWNS.has(t) ? WHO : OWNER.has(t) ? WHO_PERSON : undefined;
    if (!funds && asking === undefined) continue;
    if (asking !== undefined && !tokens.slice(Math.max(0, i - REACH), i).some((w) => asking.has(w))) continue;
    // "Hvem eier satellittene (som tok bildene)": the satellite company, which the pictures' entry names.
    if (tokens.slice(Math.max(0, i - REACH), i + REACH + 1).some((w) => SATELLITE.test(w))) continue;
    return true;
  }
  return false;
}

/** Whether a text tells who owns or funds something: "owned by", "X funded the new school", "finansierte". */
export const TELLS_OWNER =
  /(?<!\p{L})(?:owned by|owners?|owns|funded|funds|paid for|eid av|eies av|eigd av|eier av|eierne|eieren|finansier\p{L}*|betalte for|betalt av)(?!\p{L})/iu;
