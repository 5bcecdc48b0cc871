/**
 * A dictated message: phones type the punctuation people speak as words ("… on the train question
 * mark", "kva var på toget punktum veit nokon det"), and a voice assistant's wake word may come
 * first ("okay google no wait hey factbot …"). The marks become marks, so the message splits into
 * its sentences where it was spoken to, and the wake words go, and so does what a speaker takes
 * back ("… no wait …", "… nei vent …", "scratch that"): none of it is what is asked.
 */
// Spoken marks, Norwegian (Bokmål and Nynorsk) and English. "comma" counts only at the very end of a
// message ("to komma fem"); "period" never ("the Soviet period" ends a question too).
const MARKS: ReadonlyArray<[string, string]> = [
  ['spørsmålstegn|spørsmålsteikn|sporsmalstegn|spørsmålstein|question mark|questionmark', '?'],
  ['utropstegn|utropsteikn|exclamation mark|exclamation point', '!'],
  ['punktum|full stop', '.'],
];
const END_ONLY: ReadonlyArray<[string, string]> = [['komma|comma', ',']];
// "sette spørsmålstegn ved", "there's a question mark over it", "a full stop": the mark named, not spoken.
const NAMED = '(?<!\\b(?:a|the|et|ett|eit|sette|setter|satte|satt|set|sets|put|puts|med|with|no|ingen)\\s)';
const NAMED_BEFORE = '(?!\\s+(?:ved|over|about|on|behind|bak)\\b)';
const SPOKEN = new RegExp(`${NAMED}\\b(?:${MARKS.map(([words]) => words).join('|')})\\b${NAMED_BEFORE}`, 'giu');
// A question ending on its preposition ("hva kan du hjelpe meg med spørsmålstegn", "what is it made with question mark"):
// the mark closing the message is spoken after all.
const SPOKEN_LAST = new RegExp(`(?<=\\b(?:med|with)\\s)(?:${MARKS.map(([words]) => words).join('|')})\\s*$`, 'iu');
const SPOKEN_AT_END = new RegExp(`${NAMED}\\s(?:${END_ONLY.map(([words]) => words).join('|')})\\s*$`, 'iu');
// Or before a question word ("hva kan du hjelpe med komma hva vet du om", "so comma who took them") or the verb opening a
// yes/no question ("… with arms comma does the satellite stuff prove that"): a number never follows there.
const SPOKEN_BEFORE_QUESTION = new RegExp(
  `${NAMED}\\s(?:${END_ONLY.map(([words]) => words).join('|')})(?=\\s+(?:hva|kva|hvem|kven|kem|når|hvor|kor|hvorfor|korfor|what|who|when|where|why|how|` +
    'does|do|did|is|are|was|were|can|could|has|have|will|would|er|var|har|kan|vil|gjorde|ble|vart|stemmer|finnes|fins|veit|vet)\\b)',
  'giu',
);
const MARK_OF = new Map<string, string>([...MARKS, ...END_ONLY].flatMap(([words, mark]) => words.split('|').map((w): [string, string] => [w, mark])));

// A wake word said before the question: "ok google", "hey siri", "alexa".
const WAKE_WORD = /^\s*(?:(?:ok(?:ay)?|hey|hei|hi)\s+(?:google|siri)|siri|alexa)\b[\s,.!]*/iu;

// Everything up to a speaker taking it back, when a question follows (at least two words).
const RETRACTED = /^.*?\b(?:(?:no|nope|nei|oops|sorry),?\s+(?:wait|vent)|scratch that|glem det)\b[\s,.!:;-]*(?=\p{L}+\s+\p{L})/iu;

// Whether a message may hold any of it (most hold none: one test, not several).
const MAY_HOLD = /spørsmål|sporsmal|utrop|punktum|question|exclamation|full stop|komma|comma|google|siri|alexa|wait|vent|scratch|glem/iu;

export function writtenPunctuation(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  return text
    .replace(WAKE_WORD, '')
    .replace(RETRACTED, '')
    .replace(SPOKEN_AT_END, (spoken) => MARK_OF.get(spoken.trim().toLowerCase()) ?? spoken)
    .replace(SPOKEN_BEFORE_QUESTION, (spoken) => MARK_OF.get(spoken.trim().toLowerCase()) ?? spoken)
    .replace(SPOKEN_LAST, (spoken) => MARK_OF.get(spoken.trim().toLowerCase()) ?? spoken)
    .replace(SPOKEN, (spoken) => MARK_OF.get(spoken.toLowerCase()) ?? spoken)
    .replace(/\s+([?!.,])/g, '$1');
}
