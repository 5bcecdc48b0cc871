/**
 * The sentences of a message, for questions that come after chatter ("my uncle keeps saying …. how
 * far back does that go"). A message of one sentence gives none: the whole is already asked.
 */
export function sentencesOf(text: string): string[] {
  const parts = text
    .split(/(?<=[.!?…])\s+|\n+|(?<=[.!?])(?=\p{L})/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  return parts.length > 1 ? parts : [];
}
