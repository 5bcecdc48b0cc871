/**
 * "What about the second one?", "og den siste da?": a thing named only by its place in a row the asker has in mind (the
 * bot keeps no conversation it could point back to), so nothing is named. Its ordinal would match the entry whose
 * texts say "the second image", as if that were asked.
 */
// prettier-ignore
const ORDINALS = new Set([
  'first', 'second', 'third', 'fourth', 'last', 'final', 'next', 'other', 'previous', 'første', 'fyrste', 'andre', 'tredje', 'fjerde', 'siste',
  'neste', 'forrige',
]);
// prettier-ignore
const POINTING = new Set([
  'one', 'ones', 'the', 'that', 'this', 'it', 'about', 'what', 'whats', 's', 'and', 'so', 'then', 'how', 'den', 'det', 'de', 'dei', 'dem', 'hva',
  'kva', 'ka', 'med', 'og', 'da', 'så', 'enn', 'nå', 'is', 'was', 'er', 'var', 'ok', 'okay', 'okei', 'k', 'right', 'yeah', 'but', 'now', 'ja', 'greit',
  'men',
]);

/** Whether a message, from its lower-cased tokens, names nothing but an ordinal ("the second one", "den andre da"). */
export function namesOnlyAnOrdinal(tokens: readonly string[]): boolean {
  return tokens.some((t) => ORDINALS.has(t)) && tokens.every((t) => ORDINALS.has(t) || POINTING.has(t));
}
