/**
 * "What is the article talking about", "hva snakker saken om": the story (or people at large) "talking about" something is
 * the story being about it. The verb asks nothing, and its word is known from elsewhere ("skeptically speaking"), where it pulls the
 * question away from the entry on what the article is about.
 */
// prettier-ignore
const STORY = new Set([
  'article', 'story', 'piece', 'news', 'text', 'report', 'it', 'this', 'that', 'artikkelen', 'artikkel', 'saken', 'saka', 'teksten', 'nyheten',
  'nyheita', 'den', 'denne', 'dette', 'det', 'reportasjen',
  // People at large: "the bridge they're talking about", "ka e det for ei bru dem snakke om".
  'they', 'de', 'dei', 'dem', 'dæm', 'folk',
]);
// prettier-ignore
const TALKS = new Set(['talking', 'speaking', 'talk', 'talks', 'speak', 'speaks', 'snakker', 'snakkar', 'snakke', 'prater', 'pratar', 'prate']);
const ABOUT = new Set(['about', 'om']);
// Between the story and its verb: "the article is talking about", "det er artikkelen snakker om".
const IS = new Set(['is', 's', 'er', 'e']);

/** Whether a word may be a verb of talking (see withoutStoryTalk): a message with none is left as it is. */
export function mayTalk(word: string): boolean {
  return TALKS.has(word);
}

/** The tokens without a verb of talking that has the story as its subject (the same array when there is none). */
export function withoutStoryTalk(tokens: readonly string[]): readonly string[] {
  for (let i = 0; i < tokens.length; i++) {
    if (!mayTalk(tokens[i]!)) continue;
    const before = IS.has(tokens[i - 1] ?? '') ? i - 2 : i - 1;
    // "what is the article talking about"; "hva snakker artikkelen om" (the verb before its subject).
    const storyBefore = STORY.has(tokens[before] ?? '') && ABOUT.has(tokens[i + 1] ?? '');
    const storyAfter = STORY.has(tokens[i + 1] ?? '') && ABOUT.has(tokens[i + 2] ?? '');
    if (storyBefore || storyAfter) return [...tokens.slice(0, i), ...tokens.slice(i + 1)];
  }
  return tokens;
}
