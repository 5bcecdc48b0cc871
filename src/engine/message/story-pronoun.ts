/**
 * "What is it about?", "what's all this about", "what was that all about": asked of nothing named, the
 * "it" is the story the asker has in front of them (the bot keeps no conversation it could point back to). Read with
 * the story named, the knowledge base's own questions about the article answer it ("hva handler det om" already asks
 * with words of its own).
 */
const WHAT = new Set(['what', 'whats']);
const POINTING = new Set(['it', 'this', 'that']);
const ABOUT: ReadonlyArray<readonly string[]> = [['about'], ['all', 'about'], ['all', 'this', 'about']];
const FILLER = new Set(['is', 's', 'was', 'so', 'actually', 'even', 'all']);

/** The tokens with the story named for the pronoun, when they only ask what "it" is about; else the tokens themselves. */
export function withStoryNamed(tokens: readonly string[]): readonly string[] {
  if (!WHAT.has(tokens[0] ?? '')) return tokens;
  let i = 1;
  while (i < tokens.length && FILLER.has(tokens[i]!)) i++;
  const pronoun = i;
  if (!POINTING.has(tokens[pronoun] ?? '')) return tokens;
  let j = pronoun + 1;
  while (j < tokens.length && FILLER.has(tokens[j]!)) j++;
  const rest = tokens.slice(j);
  if (!ABOUT.some((about) => about.length === rest.length && about.every((w, k) => rest[k] === w))) return tokens;
  return [...tokens.slice(0, pronoun), 'story', ...tokens.slice(pronoun + 1)];
}
