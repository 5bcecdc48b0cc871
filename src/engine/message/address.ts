import { OPENING_GREETINGS } from './leading-greeting.js';

// Calling the listener "bro" ("bro hva var i toget", "halla bro"): in Norwegian also the bare word for a bridge, so only
// before a question word, or after a greeting, is it the address.
const ADDRESS = new Set(['bro', 'bror', 'brur', 'brah', 'bre']);
// prettier-ignore
const ASKS = new Set(['hva', 'hvem', 'hvor', 'hvorfor', 'hvordan', 'når', 'ka', 'kva', 'kem', 'kven', 'kor', 'korleis', 'kossen', 'åssen',
  'what', 'who', 'where', 'why', 'how', 'when', 'which', 'is', 'was', 'did', 'er', 'var', 'har']);

/** The tokens without an address to the listener as "bro" (the same array when there is none). */
export function withoutAddress(tokens: readonly string[]): string[] {
  const address = (i: number): boolean =>
    ADDRESS.has(tokens[i]!) && ((i === 0 && ASKS.has(tokens[1] ?? '')) || (i > 0 && OPENING_GREETINGS.has(tokens[i - 1]!)));
  return tokens.some((_, i) => address(i)) ? tokens.filter((_, i) => !address(i)) : (tokens as string[]);
}
