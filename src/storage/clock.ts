/** Timestamps are stored as UTC ISO 8601 strings. */
export function utcNow(): string {
  return new Date().toISOString();
}
