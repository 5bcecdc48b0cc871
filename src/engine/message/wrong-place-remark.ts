// "Sorry feil kanal", "oops wrong chat": the asker posted where they did not mean to. The place words are also the
// story's ("kanal" is TV 2's channel), so the remark would otherwise be answered with the entry on who published it.
const WRONG = new Set(['wrong', 'feil', 'fel', 'gal', 'galt', 'gale']);
// prettier-ignore
const PLACES = new Set(['channel', 'chan', 'chat', 'thread', 'server', 'group', 'room', 'dm', 'place', 'tab', 'window',
  'kanal', 'kanalen', 'tråd', 'tråden', 'gruppe', 'gruppa', 'gruppen', 'rom', 'rommet', 'sted', 'stad', 'fane', 'vindu']);
// Words that put a question ("is this the wrong channel for questions about the bridge?"): then something is asked.
// prettier-ignore
const ASKS = new Set(['who', 'what', 'when', 'where', 'why', 'how', 'which', 'is', 'are', 'was', 'does', 'can',
  'hvem', 'hva', 'når', 'hvor', 'hvorfor', 'hvordan', 'hvilken', 'kven', 'kva', 'kvar', 'kor', 'ka', 'er', 'var', 'kan']);
const MAX_WORDS = 8;

/** Whether a short message only says it was posted in the wrong place ("oops, posted in the wrong channel!"). */
export function remarksWrongPlace(tokens: readonly string[]): boolean {
  if (tokens.length > MAX_WORDS || tokens.some((t) => ASKS.has(t))) return false;
  return tokens.some((t, i) => WRONG.has(t) && PLACES.has(tokens[i + 1] ?? ''));
}
