import type { Source, SourceName } from './knowledge-base.js';
import type { Lang } from './languages.js';

/** The source's name in `lang`: a plain string name is the same in both languages. */
export function localizedName(source: Pick<Source, 'name'>, lang: Lang): string {
  return nameIn(source.name, lang);
}

export function nameIn(name: SourceName, lang: Lang): string {
  return typeof name === 'string' ? name : name[lang];
}

/** Every form of the name (for search and autocomplete: "FN" and "United Nations" both find it). */
export function allNames(name: SourceName): string[] {
  return typeof name === 'string' ? [name] : name.nb === name.en ? [name.nb] : [name.nb, name.en];
}

/**
 * A name after an edit: `patch` replaces the whole name (a string) or one language of it; a name
 * that ends up the same in both languages is kept as one string.
 */
export function editedName(before: SourceName, patch: string | { nb?: string; en?: string } | undefined): SourceName {
  if (patch === undefined) return before;
  const next = typeof patch === 'string' ? patch : { nb: patch.nb ?? nameIn(before, 'nb'), en: patch.en ?? nameIn(before, 'en') };
  return typeof next !== 'string' && next.nb === next.en ? next.nb : next;
}
