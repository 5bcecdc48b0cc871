import { MINE_AFTER, MINE_BEFORE } from './askers-kin.js';

/**
 * The asker's own piece of work ("need it for our piece", "til oppgaven min", "for my essay"): why they ask, not what.
 * Its words are the story's own ("piece", "article", "saken"), so left in they pull the question to the entry on what
 * the article is about.
 */
// prettier-ignore
const WORK = new Set([
  'piece', 'article', 'story', 'report', 'essay', 'paper', 'assignment', 'homework', 'project', 'presentation', 'thesis', 'blog', 'post',
  'podcast', 'newsletter', 'column', 'artikkel', 'artikkelen', 'sak', 'saken', 'saka', 'oppgave', 'oppgaven', 'oppgåve', 'oppgåva', 'innlevering',
  'innleveringa', 'innleveringen', 'stil', 'stilen', 'rapport', 'rapporten', 'prosjekt', 'prosjektet', 'presentasjon', 'presentasjonen',
  'foredrag', 'foredraget', 'innlegg', 'innlegget', 'lekse', 'leksa', 'leksen', 'særoppgave', 'særoppgaven', 'masteroppgave', 'masteroppgaven',
]);

// A piece of work that cannot be the story, named without a possessive after "for" ("oppsummer saken for nyhetsbrevet",
// "give me a hot take for the pod"): what the answer is for.
// prettier-ignore
const OUTLET_WORK = new Set([
  'nyhetsbrev', 'nyhetsbrevet', 'podden', 'podkasten', 'podcasten', 'sendingen', 'sendinga', 'innslaget', 'episoden', 'newsletter', 'pod',
  'podcast', 'show', 'segment', 'slot', 'broadcast', 'episode', 'bulletin',
]);
const FOR = new Set(['for', 'til', 'to']);

/** Whether a word may name a piece of work (see withoutAskersWork): a message with none is left as it is. */
export function mayNameWork(word: string): boolean {
  return WORK.has(word) || OUTLET_WORK.has(word);
}

/** The tokens without a piece of work the asker claims as theirs and the possessive claiming it (the same array when none). */
export function withoutAskersWork(tokens: readonly string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const work = WORK.has(t) || OUTLET_WORK.has(t);
    const before = work && MINE_BEFORE.has(tokens[i - 1] ?? '');
    const after = work && MINE_AFTER.has(tokens[i + 1] ?? '');
    // "for the pod": the lone "a" is no token, "the" is.
    const the = tokens[i - 1] === 'the' ? 1 : 0;
    const purpose = !before && OUTLET_WORK.has(t) && FOR.has(tokens[i - 1 - the] ?? '');
    if (!before && !after && !purpose) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    if (before) out.pop();
    if (purpose) out.splice(out.length - 1 - the, 1 + the);
    if (after) i++;
  }
  return out ?? (tokens as string[]);
}
