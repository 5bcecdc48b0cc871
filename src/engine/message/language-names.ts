import type { Lang } from '../../kb/languages.js';

// The languages the article's text is written in: asked for a word of the story in one of them, an entry's text in it answers.
// prettier-ignore
export const LANGUAGES = new Map<string, Lang>([
  ['english', 'en'], ['engelsk', 'en'], ['norwegian', 'nb'], ['norsk', 'nb'], ['bokmål', 'nb'], ['bokmal', 'nb'],
]);
export const INTO = new Set(['in', 'into', 'to', 'på', 'til']);

// A word after the language that makes it an adjective ("på engelsk side", "in English media"): not a request for a word.
// prettier-ignore
const THINGS = new Set([
  'side', 'sida', 'siden', 'media', 'medier', 'press', 'presse', 'pressen', 'news', 'nyheter', 'version', 'versjon', 'versjonen',
  'edition', 'utgave', 'utgaven', 'sources', 'kilder', 'text', 'tekst', 'teksten', 'article', 'artikkel', 'artikkelen', 'speakers', 'time', 'tid',
]);

/** Whether the word after a language's name makes it an adjective ("på engelsk side"), not the language something is in. */
export function namesAThing(next: string | undefined): boolean {
  return next !== undefined && THINGS.has(next);
}
