/** Fact-check statuses an entry can carry; shown to users as localized words, never as these ids. */
export const STATUSES = [
  'documented',
  'reported',
  'stated',
  'unproven',
  'disputed',
  'suspected',
  'unknown',
  'historical',
  'meta',
  'confirmed',
  'refuted',
] as const;

export type Status = (typeof STATUSES)[number];
