/**
 * "How far back does the Russia-North Korea friendship go", "hvor lenge har russland og nk vært bestevenner": the two
 * countries' friendship is their relationship, which the 1948 entry tells, not the Friendship Bridge ("Vennskapsbroen")
 * whose name holds the word. Read so only when the message names the countries and no bridge.
 */
// prettier-ignore
const FRIENDSHIP = new Map<string, string>([
  ['friendship', 'relationship'], ['friends', 'relationship'], ['besties', 'relationship'], ['bffs', 'relationship'],
  ['homies', 'relationship'], ['buddies', 'relationship'], ['bromance', 'relationship'], ['allies', 'relationship'],
  ['vennskap', 'forholdet'], ['vennskapet', 'forholdet'], ['venner', 'forholdet'], ['venna', 'forholdet'], ['bestevenner', 'forholdet'],
  ['kompiser', 'forholdet'], ['bestiser', 'forholdet'], ['vener', 'forholdet'], ['venskap', 'forholdet'], ['venskapet', 'forholdet'],
  ['allierte', 'forholdet'], ['allierde', 'forholdet'],
]);
// prettier-ignore
const COUNTRIES = new Set(['russia', 'russland', 'korea', 'nk', 'dprk', 'moscow', 'moskva', 'pyongyang', 'countries', 'landene', 'landa', 'land',
  'nations', 'kreml', 'kremlin']);
// The bridge however it is typed ("bride", "brige") or taken for another crossing ("the Friendship Tunnel").
const BRIDGE = /^(?:bro|bru|bri|tunnel|tunell|crossing)/u;

/** Whether a word may name a friendship (see withFriendshipAsTies). */
export function mayNameFriendship(word: string): boolean {
  return FRIENDSHIP.has(word);
}

/** The tokens with the countries' friendship read as their relationship, or the tokens themselves. */
export function withFriendshipAsTies(tokens: readonly string[]): readonly string[] {
  // "Bromance" names a friendship, not a bridge ("bro").
  if (!tokens.some((t) => COUNTRIES.has(t)) || tokens.some((t) => BRIDGE.test(t) && !FRIENDSHIP.has(t))) return tokens;
  return tokens.map((t) => FRIENDSHIP.get(t) ?? t);
}
