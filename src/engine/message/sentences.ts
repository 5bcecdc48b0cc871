/**
 * The sentences of a message, for questions that come after chatter ("my uncle keeps saying …. how
 * far back does that go"), and the questions of a message that asks two ("how long is the bridge,
 * and who reported the horse train"): a colon, a semicolon, or a comma with "and"/"og" before a
 * question word starts a new part. A message of one part gives none: the whole is already asked.
 */
const QUESTION_WORDS =
  'who|what|when|where|why|how|which|did|does|do|is|are|was|were|has|have|can|could|' +
  'hvem|hva|når|hvor|hvorfor|hvordan|hvilken|hvilket|hvilke|kven|kva|kvar|kvifor|korleis|kor|ka|kem|' +
  'har|er|var|kan|finnes|stemmer';
const CLAUSE = new RegExp(`\\s*[:;]\\s+|,?\\s+(?:and|og|men|but)\\s+(?=(?:${QUESTION_WORDS})\\s)`, 'iu');

export function sentencesOf(text: string): string[] {
  const parts = text
    .split(/(?<=[.!?…])\s+|\n+|(?<=[.!?])(?=\p{L})/u)
    .flatMap((s) => s.split(CLAUSE))
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  return parts.length > 1 ? parts : [];
}
