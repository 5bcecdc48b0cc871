import { tokenize } from '../analysis/tokenize.js';
import { askedDetail } from './asked-detail.js';
import type { AskedDetail } from './detail-kinds.js';
import { QUESTION_WORDS } from './question-words.js';
import { isQuestion, sentencesOf } from './sentences.js';

/**
 * "How much did Kim pay for the horses? exact dollar figure, not 'thousands'", "kva tid kryssa hestetoget grensa? klokka?":
 * the detail wanted, added after the question in a few words of their own. It is asked of that question, which the entry
 * may answer without giving it: an exact figure where it gives a rough one, the time of day where it gives the day.
 */
const MOST_ADDED_WORDS = 5;
const NAMING_WORDS = 2;
// A sentence asking for a thing's number may say what for ("I need the resolution number for the citation").
const MOST_NUMBER_WORDS = 10;
// prettier-ignore
const EXACT = new Set(['exact', 'exactly', 'precise', 'precisely', 'nøyaktig', 'nøyaktige', 'eksakt', 'eksakte', 'presis', 'presist']);
const LAST_CLAUSE = /,([^,]*)$/u;
const CLOCK = new Set(['klokka', 'klokken', 'klokkeslett', 'klokkeslettet', 'kl', 'clock', 'hour']);

/** The detail a question asks, made exact by the few words a message adds after it and asking nothing else. */
export function withDetailAdded(detail: AskedDetail | undefined, text: string): AskedDetail | undefined {
  const sentences = sentencesOf(text);
  // Or after a comma in one sentence: "hvor mye har Kim brukt på hester totalt, nøyaktig?".
  const last = sentences.length > 1 ? sentences[sentences.length - 1] : LAST_CLAUSE.exec(text)?.[1];
  if (last === undefined) return detail;
  const added = tokenize(last);
  // The number of a thing asked for after a question asking none ("which UN resolution is it? I need the number for the
  // citation", "hvilken resolusjon er det? trenger nummeret"): a number the entry may not give.
  // Or only named, asked: "which UN resolution is it exactly, what number?".
  const alone = added.length <= NAMING_WORDS || (sentences.length > 1 && !isQuestion(last) && added.length <= MOST_NUMBER_WORDS);
  if (detail === undefined && alone) {
    const before = sentences.length > 1 ? sentences[sentences.length - 2]! : text.slice(0, text.length - last.length - 1);
    const asked = tokenize(before);
    if (askedDetail(asked) !== 'identifier' && askedDetail([...asked, ...added]) === 'identifier') return 'identifier';
  }
  // A question word asks something else, unless it only names the detail ("kva klokkeslett?", "what hour").
  const asks = added.length > NAMING_WORDS && added.some((w) => QUESTION_WORDS.has(w));
  if (added.length === 0 || added.length > MOST_ADDED_WORDS || asks) return detail;
  // Exact only of a figure asked ("what exactly" asks what precisely was said).
  if ((detail === 'quantity' || detail === 'price') && added.some((w) => EXACT.has(w))) return 'exactQuantity';
  // A time of day named after a comma says which picture ("det første bildet, det kl 10.24"), not what is asked.
  if (sentences.length > 1 && (detail === undefined || detail === 'time') && added.some((w) => CLOCK.has(w))) return 'clock';
  return detail;
}
