/**
 * Questions for where something is or went ("where did the missiles land", "hvor landet raketten", "kor e khasan"):
 * only a text that places something answers them: a named place after a preposition ("into Russia", "i Washington"),
 * or the border, a side, a station or a bridge. "North Korea test-fired dozens of missiles" says nothing of where.
 */
// Not "kordan": that is "hvordan" (how) in the north.
const WHERE = new Set(['where', 'wheres', 'whereabouts', 'hvor', 'kor', 'kvar', 'hvorhen']);
// After "hvor"/"kor", words that make it ask how much, how far or how often, not where: "hvor mange", "kor lang".
// prettier-ignore
const DEGREE = new Set([
  'mange', 'mye', 'mykje', 'lang', 'lange', 'langt', 'lenge', 'lengje', 'stor', 'store', 'stort', 'ofte', 'fort', 'raskt', 'gammel', 'gamle',
  'tung', 'tungt', 'bred', 'brei', 'høy', 'høg', 'sikker', 'sikre', 'sikkert', 'sannsynlig', 'godt', 'dårlig', 'viktig', 'mykkje', 'mang',
  'tidlig', 'tidleg', 'sent', 'seint', 'nær', 'nærme', 'nøyaktig', 'vanlig', 'vanleg', 'alvorlig', 'alvorleg', 'farlig', 'farleg', 'mektig',
  'dyr', 'dyrt', 'billig', 'kort', 'for', 'fra', 'frå', 'ifra', 'ofta', 'mye', 'lenge', 'gammelt', 'tett', 'tette', 'nært', 'sterk', 'sterkt',
  'sterke', 'ille', 'klart', 'tydelig', 'tydeleg',
]);
// "Where did you get that", "where does it say": where the asker read something, not a place in the story. "Where does
// the info about the letters come from", "hvor kommer påstanden fra": where what is told comes from, its source.
// prettier-ignore
const NOT_A_PLACE = new Set(['say', 'says', 'said', 'står', 'stod', 'sto', 'read', 'hear', 'heard', 'get', 'got', 'find', 'found', 'source', 'sources', 'kilde', 'kilden', 'leste', 'hørte',
  'info', 'infoen', 'information', 'informasjon', 'informasjonen', 'opplysning', 'opplysningen', 'opplysninga', 'opplysningene', 'opplysningane',
  'claim', 'claims', 'allegation', 'allegations', 'påstand', 'påstanden', 'påstandene', 'påstandane', 'anklagen', 'anklagene', 'rumour', 'rumor',
  'rykte', 'ryktet', 'news', 'nyheten', 'nyheita', 'quote', 'sitat', 'sitatet', 'figures', 'tallene', 'tala', 'data']);
// Spoken "kor" is also "how" before an adjective: "kor lang e brua". Only "kor" before a verb or a noun asks where.

/** Whether a question, from its lower-cased tokens, asks where something is or went. */
export function asksPlace(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!WHERE.has(tokens[i]!)) continue;
    if (DEGREE.has(tokens[i + 1] ?? '')) continue;
    // "Where did you read that", "hvor står det": the source, not a place.
    if (tokens.slice(i + 1, i + 5).some((t) => NOT_A_PLACE.has(t))) continue;
    // "kor" ends many dialect questions ("ka e det kor"): a place only with something after it.
    if (i + 1 >= tokens.length) continue;
    return true;
  }
  return false;
}

// Capitalised words after a preposition that are no place: months and weekdays ("in October"). An acronym ("from KCNA",
// "according to TV 2") names a source, not a place, and has no lower-case letter after its first.
const NOT_PLACES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Whether a text places something: a named place after a preposition, or a border, side, station or bridge. */
export const TELLS_PLACE = new RegExp(
  `(?<!\\p{L})(?:in|at|to|into|from|near|across|toward|towards|on|i|på|til|fra|frå|ved|mot|nær|over)\\s+(?:the\\s+)?(?!(?:${NOT_PLACES})(?!\\p{L}))\\p{Lu}\\p{Ll}` +
    '|(?<!\\p{L})(?:border|grense\\p{L}*|side|station|stasjon\\p{L}*|bridge|bro(?:en)?|bru(?:a)?|based|basert|located|ligger)(?!\\p{L})',
  'u',
);
