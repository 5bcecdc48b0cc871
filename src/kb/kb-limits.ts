/**
 * The knowledge base's size limits (characters, or counts), stated once: the schema
 * (knowledge-base.ts) enforces them, and the surfaces that take input (Discord's option lengths
 * and form fields) derive theirs from them, so a form never accepts what the schema refuses.
 */
export const KB_LIMITS = {
  /** An entry or source id (a slug). */
  idMin: 2,
  idMax: 64,
  title: 120,
  answer: 3000,
  /** A source's name, in each language. */
  sourceName: 100,
  sourceDescription: 1000,
  /** One training question. */
  question: 300,
  /** Training questions per language and entry. */
  questionsPerLanguage: 2000,
  /** Sources one entry names. */
  sourcesPerEntry: 20,
  /** The reviewed claim, in each language. */
  claim: 500,
  entries: 100_000,
  sources: 10_000,
} as const;

/** The longest comma-separated list of an entry's source ids ("a,b,…"). */
export const SOURCE_LIST_MAX = KB_LIMITS.sourcesPerEntry * (KB_LIMITS.idMax + 1);
