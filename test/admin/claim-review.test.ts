import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { BEST_RATING, CLAIM_RATINGS, WORST_RATING, publisherFromConfig } from '../../src/admin/claim-review.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { STATUSES } from '../../src/kb/statuses.js';
import { adminError, useAdminDb, zeppelinEntry } from '../support/admin-db.js';

const alice = discordActor('111111111111111111');
const t = createTranslator();
const publisher = publisherFromConfig({
  FACTBOT_PUBLIC_URL: 'https://verdicts.example.org/factbot/',
  FACTBOT_PUBLISHER_NAME: 'Example Fact Desk',
  FACTBOT_PUBLISHER_URL: 'https://example.org/',
})!;

/**
 * Google's ClaimReview structured data (developers.google.com/search/docs/appearance/structured-data/factcheck):
 * required properties, then recommended ones, as paths into each object.
 */
const GOOGLE_REQUIRED = ['claimReviewed', 'reviewRating', 'reviewRating.alternateName', 'url'];
const GOOGLE_RECOMMENDED = [
  'author',
  'author.name',
  'author.url',
  'datePublished',
  'itemReviewed',
  'itemReviewed.author',
  'itemReviewed.author.name',
  'itemReviewed.datePublished',
  'itemReviewed.appearance',
  'reviewRating.bestRating',
  'reviewRating.worstRating',
  'reviewRating.ratingValue',
  'reviewRating.name',
];

/** One exported ClaimReview as JSON, with the fields these tests read. */
interface ReviewJson {
  '@context': string;
  '@type': string;
  identifier: string;
  inLanguage: string;
  url: string;
  datePublished: string;
  claimReviewed: string;
  author: unknown;
  itemReviewed: { '@type': string; author: { '@type': string; name: string; alternateName?: string }; datePublished: string };
  reviewRating: { ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
}

function reviewsOf(result: { reviews: unknown[] }): ReviewJson[] {
  return result.reviews as ReviewJson[];
}

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, step) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[step] : undefined), value);
}

describe('ClaimReview export', () => {
  const dbs = useAdminDb();

  it("every exported object has Google's required and recommended ClaimReview fields, with a consistent rating", () => {
    const { admin } = dbs.open();
    const reviews = reviewsOf(admin.transfer.claimReviews(publisher));
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews) {
      for (const path of [...GOOGLE_REQUIRED, ...GOOGLE_RECOMMENDED]) {
        const value = at(review, path);
        expect(value, `${review.identifier} ${review.inLanguage}: ${path}`).toBeDefined();
        if (typeof value === 'string') expect(value.trim(), `${review.identifier}: ${path}`).not.toBe('');
      }
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(['Person', 'Organization']).toContain(review.itemReviewed.author['@type']);
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Example Fact Desk', url: 'https://example.org/' });
      expect(new URL(review.url).href.startsWith('https://verdicts.example.org/factbot/verdicts/')).toBe(true);
      expect(review.datePublished).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(review.itemReviewed.datePublished).toMatch(/^\d{4}(-\d\d(-\d\d)?)?$/);
      const { ratingValue, bestRating, worstRating, alternateName } = review.reviewRating;
      expect([ratingValue, bestRating, worstRating].every(Number.isInteger)).toBe(true);
      expect(ratingValue).toBeGreaterThanOrEqual(worstRating);
      expect(ratingValue).toBeLessThanOrEqual(bestRating);
      // The rating's name is the status word users see, never the raw id.
      expect(STATUSES).not.toContain(alternateName);
    }
  });

  it('exports only entries that review a claim, with the claim as made, who made it and the status on the scale', () => {
    const { admin } = dbs.open();
    const kb = admin.transfer.exportKb();
    const exported = admin.transfer.claimReviews(publisher);
    const { withoutClaim } = exported;
    const reviews = reviewsOf(exported);
    const ids = new Set(reviews.map((r) => r.identifier));
    // Plain documented facts (the bridge's length) and the article itself are not claims.
    for (const id of ['friendship-bridge', 'image-1024', 'train-crossing', 'article-about', 'horse-train', 'us-monitoring']) expect(ids).not.toContain(id);
    for (const entry of kb.entries) if (ids.has(entry.id)) expect(Object.keys(CLAIM_RATINGS)).toContain(entry.status);
    expect(withoutClaim).toEqual(['transloading-unconfirmed']);

    const byLang = (id: string, lang: 'nb' | 'en') => reviews.find((r) => r.identifier === id && r.inLanguage === lang)!;
    const arms = byLang('claim-arms-supply', 'en');
    expect(arms.claimReviewed).toBe('North Korea is supplying Russia with weapons.');
    expect(arms.claimReviewed).not.toBe(kb.entries.find((e) => e.id === 'claim-arms-supply')!.title.en);
    expect(arms.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'White House' });
    expect(arms.reviewRating).toMatchObject({
      ratingValue: CLAIM_RATINGS.unproven,
      alternateName: 'Unproven',
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
    });
    expect(arms.url).toBe('https://verdicts.example.org/factbot/verdicts/claim-arms-supply?lang=en');
    // Norwegian reviews name the claimant in Norwegian.
    expect(byLang('claim-arms-supply', 'nb').itemReviewed.author.name).toBe('Det hvite hus');
    expect(byLang('claim-arms-supply', 'nb').reviewRating.alternateName).toBe(t('status.unproven', 'nb'));
    expect(byLang('covert-shipments', 'nb').itemReviewed.author).toEqual({ '@type': 'Person', name: 'John Kirby' });
  });

  it("follows admins' changes: a new refuted claim by another source is rated 1 and attributed to it; a retired one disappears", () => {
    const { admin } = dbs.open();
    admin.entries.add(alice, { ...zeppelinEntry('tv2'), sources: ['tv2', 'north-korea'] });
    // Without claim text a claim status is not enough.
    expect(admin.transfer.claimReviews(publisher).withoutClaim).toContain('zeppelin-sighting');
    admin.entries.edit(alice, 'zeppelin-sighting', {
      claim: { nb: 'En zeppeliner fløy over broen.', en: 'A zeppelin flew over the bridge.', by: 'north-korea', date: '2022-11-02' },
    });
    admin.entries.retire(alice, 'dprk-denial');
    const reviews = reviewsOf(admin.transfer.claimReviews(publisher, { langs: ['en'] }));
    const zeppelin = reviews.find((r) => r.identifier === 'zeppelin-sighting');
    expect(zeppelin).toMatchObject({
      claimReviewed: 'A zeppelin flew over the bridge.',
      itemReviewed: { author: { name: 'North Korea' }, datePublished: '2022-11-02' },
      reviewRating: { ratingValue: 1, alternateName: t('status.refuted', 'en') },
    });
    expect(reviews.map((r) => r.identifier)).not.toContain('dprk-denial');
    expect(reviews.every((r) => r.inLanguage === 'en')).toBe(true);

    // The claim's author must be a known source.
    const wrong = adminError(() => admin.entries.edit(alice, 'zeppelin-sighting', { claim: { nb: 'x', en: 'x', by: 'nobody' } }));
    expect(wrong.details[0]).toMatchObject({ key: 'admin.problem.unknownSource', at: { field: 'claim.by' } });
  });

  it('refuses to export without FACTBOT_PUBLIC_URL (every review needs a url), naming the variable', () => {
    const { admin } = dbs.open();
    expect(publisherFromConfig({})).toBeNull();
    expect(adminError(() => admin.transfer.claimReviews(null)).key).toBe('admin.error.noPublicUrl');
    expect(t('admin.error.noPublicUrl', 'nb')).toContain('FACTBOT_PUBLIC_URL');
    // Publisher name and url default to the public address's host and origin.
    expect(publisherFromConfig({ FACTBOT_PUBLIC_URL: 'https://facts.example.net/x' })).toEqual({
      publicUrl: 'https://facts.example.net/x',
      name: 'facts.example.net',
      url: 'https://facts.example.net',
    });
  });
});
