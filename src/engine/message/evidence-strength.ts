/**
 * "Hard proof", "solid evidence", "håndfaste bevis": how strong the proof asked for is says nothing of what it is proof of,
 * and the adjective is a topic word elsewhere ("harder to enforce sanctions"). The proof is asked for as proof.
 */
// prettier-ignore
const STRENGTH = new Set([
  'hard', 'solid', 'concrete', 'firm', 'definitive', 'conclusive', 'clear', 'actual', 'real', 'harde', 'hardt', 'konkrete', 'konkret',
  'håndfaste', 'handfaste', 'håndfast', 'klare', 'klart', 'sikre', 'sikkert', 'faktiske', 'skikkelige', 'ordentlige',
]);
// prettier-ignore
const PROOF = new Set(['proof', 'proofs', 'evidence', 'bevis', 'beviset', 'bevisene', 'prov', 'provet', 'prova', 'evidens']);

/** Whether a word may say how strong a proof is (see withoutEvidenceStrength): a message with none is left as it is. */
export function maySayStrength(word: string): boolean {
  return STRENGTH.has(word);
}

/** The tokens without the adjectives of strength before a word for proof (the same array when there are none). */
export function withoutEvidenceStrength(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t, i) => STRENGTH.has(t) && PROOF.has(tokens[i + 1] ?? ''))) return tokens;
  return tokens.filter((t, i) => !(STRENGTH.has(t) && PROOF.has(tokens[i + 1] ?? '')));
}
