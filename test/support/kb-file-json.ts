/**
 * A knowledge-base file (what `kb export` writes) read as plain JSON: the fields tests look at or break
 * on purpose (a wrong status, a missing language), so typed looser than the validated model.
 */
export interface KbFileJson {
  entries: Array<{ id: string; status: string; answer: Partial<Record<string, string>>; sources: string[] }>;
}

/** One ClaimReview record of a `kb export --claimreview` file, as JSON. */
export type ClaimReviewJson = Record<string, unknown> & { identifier: string };
