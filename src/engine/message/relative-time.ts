import { TokenPatternSet } from './token-pattern.js';

/**
 * One event's time asked against another's ("when were the pictures taken compared to the US claim", "hvor mange dager
 * etter anklagen ble bildene tatt", "before or after the accusation?"): an entry whose answer counts the time between
 * them ("two days after the US claimed …") answers it, though the question's words are split between two topics.
 */
// The tokenizer drops the lone "i" of "i forhold til".
// prettier-ignore
const AGAINST = new TokenPatternSet([
  ['compared', 'to'], ['compared', 'with'], ['relative', 'to'], ['in', 'relation', 'to'], ['sammenlignet', 'med'], ['sammenliknet', 'med'],
  ['samanlikna', 'med'], ['forhold', 'til'], ['forhold', 'te'], ['before', 'or', 'after'], ['after', 'or', 'before'], ['før', 'eller', 'etter'],
  ['etter', 'eller', 'før'], ['came', 'first'], ['comes', 'first'], ['kom', 'først'], ['kom', 'fyrst'], ['skjedde', 'først'], ['happened', 'first'],
  ['how', 'much', 'later'],
  ...['after', 'before', 'etter', 'før', 'between', 'mellom'].flatMap((side) => [
    ['how', 'soon', side], ['how', 'long', side], ['hvor', 'lenge', side], ['kor', 'lenge', side],
    ['hvor', 'lang', 'tid', side], ['kor', 'lang', 'tid', side],
    ...['days', 'weeks', 'hours', 'dager', 'døgn', 'uker', 'timer', 'dagar', 'veker', 'timar'].flatMap((unit) => [
      ['how', 'many', unit, side], ['hvor', 'mange', unit, side], ['kor', 'mange', unit, side],
      ['how', 'many', unit, '*', side], ['hvor', 'mange', unit, '*', side], ['kor', 'mange', unit, '*', side],
    ]),
  ]),
]);

/** Whether a question asks when something happened against another event, or which of two came first. */
export function asksRelativeTime(tokens: readonly string[]): boolean {
  return AGAINST.matches(tokens);
}

// A count of days or weeks between two events: "two days after the US claimed", "to dager etter at", "a week before".
const COUNTS_BETWEEN =
  /\b(?:\d+|a|one|two|three|four|five|six|seven|ten|en|ett|ei|to|tre|fire|fem|seks|sju|syv|ti)\s+(?:days?|weeks?|hours?|dager|døgn|uker?|timer)\s+(?:after|before|later|earlier|etter|før|seinere|senere|tidligere)\b/iu;

/** Whether an answer counts the time between two events. */
export function countsTimeBetween(answer: string): boolean {
  return COUNTS_BETWEEN.test(answer);
}
