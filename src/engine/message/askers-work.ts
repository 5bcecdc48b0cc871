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

/** Whether a word may name a piece of work (see withoutAskersWork): a message with none is left as it is. */
export function mayNameWork(word: string): boolean {
  return WORK.has(word);
}

/** The tokens without a piece of work the asker claims as theirs and the possessive claiming it (the same array when none). */
export function withoutAskersWork(tokens: readonly string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = WORK.has(t) && MINE_BEFORE.has(tokens[i - 1] ?? '');
    const after = WORK.has(t) && MINE_AFTER.has(tokens[i + 1] ?? '');
    if (!before && !after) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    if (before) out.pop();
    if (after) i++;
  }
  return out ?? (tokens as string[]);
}
