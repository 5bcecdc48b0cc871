import type { ClaimReview, Organization, Person, WithContext } from 'schema-dts';
import type { Translate } from '../i18n/translator.js';
import type { Claim, Entry, KnowledgeBase, Source } from '../kb/knowledge-base.js';
import type { Lang } from '../kb/languages.js';
import { localizedName } from '../kb/source-name.js';
import type { Status } from '../kb/statuses.js';

/** The article every claim was reviewed against (../shared/CONTRACT.md). */
export const ARTICLE = { publisher: 'TV 2', datePublished: '2022-11', inLanguage: 'nb' } as const;

/**
 * The statuses that are a verdict on a claim someone made, and where each sits on the rating
 * scale (1 = false … 5 = true). Other statuses (documented, reported, stated, unknown, historical,
 * meta) describe facts and what sources say: there is no claim to rate, so they are not exported.
 */
export const CLAIM_RATINGS: Partial<Record<Status, number>> = {
  refuted: 1,
  disputed: 2,
  unproven: 3,
  suspected: 4,
  confirmed: 5,
};
export const WORST_RATING = 1;
export const BEST_RATING = 5;

/**
 * Sources that are people (schema.org Person); the knowledge base does not record the difference,
 * and every other source here is an organisation or authority.
 */
const PEOPLE = new Set(['john-kirby']);

/** Who publishes the reviews, and where (FACTBOT_PUBLIC_URL, FACTBOT_PUBLISHER_NAME, FACTBOT_PUBLISHER_URL). */
export interface ClaimReviewPublisher {
  /** Base address of the public pages; a review's url is `<publicUrl>/verdicts/<id>?lang=<lang>`. */
  publicUrl: string;
  name: string;
  url: string;
}

/** The publisher from the configuration; null without FACTBOT_PUBLIC_URL (reviews need a url). */
export function publisherFromConfig(config: {
  FACTBOT_PUBLIC_URL?: string | undefined;
  FACTBOT_PUBLISHER_NAME?: string | undefined;
  FACTBOT_PUBLISHER_URL?: string | undefined;
}): ClaimReviewPublisher | null {
  if (!config.FACTBOT_PUBLIC_URL) return null;
  const base = new URL(config.FACTBOT_PUBLIC_URL);
  return {
    publicUrl: config.FACTBOT_PUBLIC_URL.replace(/\/+$/, ''),
    name: config.FACTBOT_PUBLISHER_NAME ?? base.hostname,
    url: config.FACTBOT_PUBLISHER_URL ?? base.origin,
  };
}

/** The public page of one verdict (served by the desk). */
export function verdictUrl(publisher: ClaimReviewPublisher, entryId: string, lang: Lang): string {
  return `${publisher.publicUrl}/verdicts/${encodeURIComponent(entryId)}?lang=${lang}`;
}

export interface ClaimReviewOptions {
  translate: Translate;
  publisher: ClaimReviewPublisher;
  /** Languages to write reviews in (one review per claim and language). */
  langs: readonly Lang[];
  /** The date an entry was last reviewed (YYYY-MM-DD…), by entry id. */
  reviewedAt: (entryId: string) => string | null;
}

export type ReviewedEntry = Entry & { claim: Claim };

/** Active entries that review a claim: a claim status and the claim's text. */
export function reviewedClaims(kb: KnowledgeBase): ReviewedEntry[] {
  return kb.entries.filter((e): e is ReviewedEntry => !e.retired && CLAIM_RATINGS[e.status] !== undefined && e.claim !== undefined);
}

/** Active entries with a claim status but no claim text: not exported (an admin should add it). */
export function claimsWithoutText(kb: KnowledgeBase): string[] {
  return kb.entries.filter((e) => !e.retired && CLAIM_RATINGS[e.status] !== undefined && !e.claim).map((e) => e.id);
}

/**
 * schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview, and Google's fact-check
 * markup) for every claim the knowledge base reviews. The claim is attributed to whoever made it
 * (`claim.by`, else the entry's first source); the rating's alternateName is the status word in
 * the review's language, as users see it.
 */
export function toClaimReviews(kb: KnowledgeBase, options: ClaimReviewOptions): Array<WithContext<ClaimReview>> {
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const claims = reviewedClaims(kb);
  return options.langs.flatMap((lang) => claims.map((entry) => claimReview(entry, lang, sources, options)));
}

function claimReview(entry: ReviewedEntry, lang: Lang, sources: Map<string, Source>, options: ClaimReviewOptions): WithContext<ClaimReview> {
  const { publisher } = options;
  const claimant = sources.get(entry.claim.by ?? entry.sources[0]!);
  const reviewed = options.reviewedAt(entry.id)?.slice(0, 10);
  const status = options.translate(`status.${entry.status}`, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: entry.id,
    url: verdictUrl(publisher, entry.id, lang),
    inLanguage: lang,
    name: entry.title[lang],
    claimReviewed: entry.claim[lang],
    reviewBody: entry.answer[lang],
    reviewRating: {
      '@type': 'Rating',
      ratingValue: CLAIM_RATINGS[entry.status]!,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: status,
      name: status,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: claimant ? party(claimant, lang) : { '@type': 'Organization', name: ARTICLE.publisher },
      datePublished: entry.claim.date ?? ARTICLE.datePublished,
      appearance: {
        '@type': 'NewsArticle',
        publisher: { '@type': 'Organization', name: ARTICLE.publisher },
        datePublished: ARTICLE.datePublished,
        inLanguage: ARTICLE.inLanguage,
      },
    },
    author: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    datePublished: reviewed ?? new Date().toISOString().slice(0, 10),
  };
}

function party(source: Source, lang: Lang): Person | Organization {
  const name = localizedName(source, lang);
  return PEOPLE.has(source.id) ? { '@type': 'Person', name } : { '@type': 'Organization', name };
}

/**
 * ClaimReview JSON-LD as text that is safe to paste into an HTML <script type="application/ld+json">
 * (where it is usually published): `<`, `>` and `&` (so no `</script>` or `<!--` ends it early) and
 * U+2028/U+2029 (line terminators in older JavaScript) are written as \u escapes. Still the same JSON.
 */
export function claimReviewJson(reviews: unknown): string {
  return `${JSON.stringify(reviews, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
