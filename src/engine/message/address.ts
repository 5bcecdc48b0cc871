import { OPENING_GREETINGS } from './leading-greeting.js';

// Calling the listener "bro" ("bro hva var i toget", "halla bro"): in Norwegian also the bare word for a bridge, so only
// where a bridge cannot stand is it the address: before a question word or English ("bro the train had what in it"),
// after a greeting, or closing a message after a word no bridge follows ("hvem er den kirby-typen bro").
const ADDRESS = new Set(['bro', 'bror', 'brur', 'brah', 'bre']);
// prettier-ignore
const ASKS = new Set(['hva', 'hvem', 'hvor', 'hvorfor', 'hvordan', 'når', 'ka', 'kva', 'kem', 'kven', 'kor', 'korleis', 'kossen', 'åssen',
  'what', 'who', 'where', 'why', 'how', 'when', 'which', 'is', 'was', 'did', 'er', 'var', 'har',
  // English after it: a Norwegian bridge is not followed by it.
  'the', 'its', 'it', 'so', 'like', 'ok', 'okay', 'you', 'u', 'they', 'this', 'that', 'are', 'were', 'do', 'does', 'can', 'just', 'wait', 'ngl',
  'lol', 'have', 'has', 'imagine']);
// Words a bridge may follow at the end of a message ("hvor langt fra bro", "hva er det for en bro", "over the bro").
// prettier-ignore
const BEFORE_A_BRIDGE = new Set(['en', 'ei', 'den', 'denne', 'fra', 'frå', 'til', 'te', 'over', 'på', 'under', 'ved', 'om', 'mellom', 'for', 'hvilken',
  'kva', 'ka', 'hva', 'er', 'e', 'var', 'va', 'is', 'the', 'a', 'that', 'this', 'lang', 'stengt', 'stengte', 'ny', 'gammel', 'samme', 'same', 'eneste', 'einaste']);

/** Whether a word may address the listener (see withoutAddress): a message with none is left as it is. */
export function mayAddress(word: string): boolean {
  return ADDRESS.has(word);
}

/** The tokens without an address to the listener as "bro" (the same array when there is none). */
export function withoutAddress(tokens: readonly string[]): string[] {
  const last = tokens.length - 1;
  const address = (i: number): boolean =>
    ADDRESS.has(tokens[i]!) &&
    ((i === 0 && ASKS.has(tokens[1] ?? '')) ||
      (i > 0 && OPENING_GREETINGS.has(tokens[i - 1]!)) ||
      (i > 0 && i === last && !BEFORE_A_BRIDGE.has(tokens[i - 1]!)));
  return tokens.some((_, i) => address(i)) ? tokens.filter((_, i) => !address(i)) : (tokens as string[]);
}
