/**
 * A time asked against another event ("when were the pictures taken compared to the US claim", "når ble bildene tatt i
 * forhold til påstanden"): the event asked about is the one before the comparison; the other is only where the time is
 * counted from. Its entry tells the time that way ("two days after the US claim"), while the other event's words
 * ("made their claim") would match that event's own entry.
 */
const ASKS_TIME = new Set(['when', 'når', 'nar', 'kortid']);
// The tokenizer drops the lone "i" of "i forhold til".
// prettier-ignore
const AGAINST: readonly (readonly string[])[] = [
  ['compared', 'to'], ['compared', 'with'], ['relative', 'to'], ['in', 'relation', 'to'], ['sammenlignet', 'med'], ['sammenliknet', 'med'],
  ['samanlikna', 'med'], ['forhold', 'til'], ['versus'], ['vs'],
];
// A time question opens within its first words ("so when", "men når").
const OPENING = 3;
// The event asked about is named in at least this many words before the comparison ("when was it taken").
const FIRST_WORDS = 3;

/**
 * The event a time is asked of and the one it is asked against, each as its tokens, or undefined when the question asks
 * no time against another.
 */
export function timeReference(tokens: readonly string[]): { asked: readonly string[]; against: readonly string[] } | undefined {
  if (!tokens.slice(0, OPENING).some((t) => ASKS_TIME.has(t))) return undefined;
  for (let i = FIRST_WORDS; i < tokens.length; i++) {
    const words = AGAINST.find((phrase) => phrase.every((w, k) => tokens[i + k] === w));
    if (words) return { asked: tokens.slice(0, i), against: tokens.slice(i + words.length) };
  }
  return undefined;
}
