/**
 * Questions for someone's age at a time ("how old was Kim Il-sung when he became leader", "hvor gammel var han i 1948"),
 * or for the age of someone asked of by a pronoun ("hvor gammel er han som lagde grafikken"):
 * only a text giving an age answers them. The year of the event says when, not how old anyone was. "How old" alone may
 * ask how long something has lasted ("how old is the friendship"), which a year does answer (see asked-detail.ts).
 */
const HOW = new Set(['how', 'hvor', 'kor']);
const OLD = new Set(['old', 'gammel', 'gamle', 'gammal', 'gamal']);
// What places the age at a time: "… when he became leader", "… da han ble leder", "… in 1948", "… at the time".
const WHEN = new Set(['when', 'da', 'då', 'når']);
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;
const AGE_WORDS = new Set(['age', 'alder', 'alderen', 'aged']);
// Someone asked of by a pronoun: "how old is he", "hvor gammel er han som lagde grafikken" (not "how old is it").
const BE = new Set(['is', 'was', 'er', 'var', 'e', 'va']);
const PERSON = new Set(['he', 'she', 'him', 'her', 'han', 'hun', 'ho', 'hu']);

/** Whether a question, from its lower-cased tokens, asks how old someone was at some time, or how old someone is. */
export function asksAge(tokens: readonly string[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const asked = (OLD.has(tokens[i]!) && HOW.has(tokens[i - 1]!)) || (AGE_WORDS.has(tokens[i]!) && tokens[i - 1] === 'what');
    if (!asked) continue;
    if (BE.has(tokens[i + 1] ?? '') && PERSON.has(tokens[i + 2] ?? '')) return true;
    for (let j = i + 1; j < tokens.length; j++) {
      // A year after it places the age ("in 1948"; the tokens have lost Norwegian's "i").
      if (WHEN.has(tokens[j]!) || YEAR.test(tokens[j]!)) return true;
      if (tokens[j] === 'at' && tokens[j + 1] === 'the' && tokens[j + 2] === 'time') return true;
    }
  }
  return false;
}

/** Whether a text gives an age: "42 years old", "a 42-year-old", "42 år gammel", "aged 42". */
export const TELLS_AGE = /\d+[-\s]years?[-\s]old|\d+\s+år\s+gam[m]?[ae]l|\d+-åring|(?<!\p{L})aged\s+\d+/iu;
