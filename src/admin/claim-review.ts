import type { Translate } from '../i18n/translator.js';
import type { Entry, KnowledgeBase, Source } from '../kb/knowledge-base.js';
import type { Lang } from '../kb/languages.js';

/** The article every claim was reviewed against (../shared/CONTRACT.md). */
export const ARTICLE = { publisher: 'TV 2', datePublished: '2022-11', inLanguage: 'nb' } as const;

/**
 * Sources that are people (schema.org Person); the knowledge base does not record the difference,
 * and every other source here is an organisation or authority.
 */
const PEOPLE = new Set(['john-kirby']);

export interface ClaimReviewOptions {
  translate: Translate;
  /** Languages to write reviews in (one review per claim and language). */
  langs: readonly Lang[];
  /** Who wrote the reviews (schema.org author of the ClaimReview). */
  reviewer: string;
  /** The date an entry was last reviewed (YYYY-MM-DD…), by entry id. */
  reviewedAt: (entryId: string) => string | null;
}

/**
 * schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview) for every claim the knowledge
 * base checks: each active entry except the one describing the article itself (status "meta").
 * The claim is attributed to the entry's first source; the rating's alternateName is the status
 * word in the review's language, as users see it.
 */
export function toClaimReviews(kb: KnowledgeBase, options: ClaimReviewOptions): Array<Record<string, unknown>> {
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const claims = kb.entries.filter((e) => !e.retired && e.status !== 'meta');
  return options.langs.flatMap((lang) => claims.map((entry) => claimReview(entry, lang, sources, options)));
}

function claimReview(entry: Entry, lang: Lang, sources: Map<string, Source>, options: ClaimReviewOptions): Record<string, unknown> {
  const claimant = sources.get(entry.sources[0]!);
  const reviewed = options.reviewedAt(entry.id)?.slice(0, 10);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: entry.id,
    inLanguage: lang,
    claimReviewed: entry.title[lang],
    reviewBody: entry.answer[lang],
    reviewRating: {
      '@type': 'Rating',
      alternateName: options.translate(`status.${entry.status}`, lang),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: claimant ? party(claimant) : { '@type': 'Organization', name: ARTICLE.publisher },
      appearance: {
        '@type': 'NewsArticle',
        publisher: { '@type': 'Organization', name: ARTICLE.publisher },
        datePublished: ARTICLE.datePublished,
        inLanguage: ARTICLE.inLanguage,
      },
    },
    author: { '@type': 'Organization', name: options.reviewer },
    datePublished: reviewed ?? new Date().toISOString().slice(0, 10),
  };
}

function party(source: Source): Record<string, unknown> {
  return { '@type': PEOPLE.has(source.id) ? 'Person' : 'Organization', name: source.name };
}

/**
 * ClaimReview JSON-LD as text that is safe to paste into an HTML <script type="application/ld+json">
 * (where it is usually published): `<`, `>` and `&` (so no `</script>` or `<!--` ends it early) and
 * U+2028/U+2029 (line terminators in older JavaScript) are written as \u escapes. Still the same JSON.
 */
export function claimReviewJson(reviews: unknown): string {
  return `${JSON.stringify(reviews, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
