import { z } from 'zod';
import { STATUSES } from './statuses.js';
import { CONVERSATION_INTENTS } from './conversation-intents.js';
import { KB_LIMITS } from './kb-limits.js';

/**
 * The knowledge base as one JSON object: the format of data/, of `kb export` and of `kb import`.
 * Fields beyond these are allowed (the contract says so) and ignored.
 * Validated as a whole before anything is written.
 */
const slug = z
  .string()
  .min(KB_LIMITS.idMin)
  .max(KB_LIMITS.idMax)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9 and single dashes)');

/** NUL and unpaired UTF-16 surrogates (possible in JSON as "\u0000", "\ud800") are no text anyone can read or store faithfully. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isCleanText = (value: string) => !value.includes('\u0000') && !UNPAIRED_SURROGATE.test(value);
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(isCleanText, { message: 'must not contain NUL or unpaired surrogate characters', params: { key: 'admin.problem.badCharacters' } });
const localized = (max: number) => z.object({ nb: text(max), en: text(max) });
const questionList = z.array(text(KB_LIMITS.question)).max(KB_LIMITS.questionsPerLanguage);

/** A source's name: one string for both languages, or `{ nb, en }` ("FN" / "United Nations"). */
export const sourceNameSchema = z.union([text(KB_LIMITS.sourceName), localized(KB_LIMITS.sourceName)]);

export const sourceSchema = z.object({
  id: slug,
  name: sourceNameSchema,
  description: localized(KB_LIMITS.sourceDescription),
});

/**
 * The claim an entry reviews, as it was made, in both languages; `by` is the source that made it
 * (default: the entry's first source), `date` when it was made public (default: the article's).
 */
export const claimSchema = z
  .object({
    nb: text(KB_LIMITS.claim),
    en: text(KB_LIMITS.claim),
    by: slug.optional(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
  })
  .strict();

export const entrySchema = z.object({
  id: slug,
  status: z.enum(STATUSES),
  title: localized(KB_LIMITS.title),
  answer: localized(KB_LIMITS.answer),
  sources: z.array(slug).min(1).max(KB_LIMITS.sourcesPerEntry),
  questions: z.object({ nb: questionList, en: questionList }),
  claim: claimSchema.optional(),
  retired: z.boolean().optional(),
});

export const conversationIntentSchema = z.object({
  id: z.enum(CONVERSATION_INTENTS),
  questions: z.object({ nb: questionList, en: questionList }),
});

export const knowledgeBaseSchema = z
  .object({
    entries: z.array(entrySchema).min(1).max(KB_LIMITS.entries),
    sources: z.array(sourceSchema).min(1).max(KB_LIMITS.sources),
    conversation: z.array(conversationIntentSchema).default([]),
    outOfScope: z.object({ nb: questionList, en: questionList }).default({ nb: [], en: [] }),
  })
  .superRefine((kb, ctx) => {
    const sourceIds = new Set<string>();
    kb.sources.forEach((s, i) => {
      if (sourceIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
      sourceIds.add(s.id);
    });
    const entryIds = new Set<string>();
    kb.entries.forEach((e, i) => {
      if (entryIds.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate entry id "${e.id}"` });
      if ((CONVERSATION_INTENTS as readonly string[]).includes(e.id))
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `"${e.id}" is reserved for a conversation intent` });
      entryIds.add(e.id);
      e.sources.forEach((s, j) => {
        if (!sourceIds.has(s)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'sources', j], message: `unknown source "${s}"` });
      });
      if (e.claim?.by !== undefined && !sourceIds.has(e.claim.by))
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'claim', 'by'], message: `unknown source "${e.claim.by}"` });
    });
  });

export type Source = z.infer<typeof sourceSchema>;
export type SourceName = z.infer<typeof sourceNameSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type ConversationIntentExamples = z.infer<typeof conversationIntentSchema>;
export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;

export class KnowledgeBaseInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid knowledge base:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'KnowledgeBaseInvalidError';
  }
}

/** Names the record (by id where it has one) and the field of each problem, for admins. */
export function parseKnowledgeBase(input: unknown): KnowledgeBase {
  const result = knowledgeBaseSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${describePath(input, issue.path)}: ${issue.message}`);
  throw new KnowledgeBaseInvalidError(problems);
}

function describePath(input: unknown, path: PropertyKey[]): string {
  const [collection, index, ...rest] = path;
  if ((collection === 'entries' || collection === 'sources') && typeof index === 'number') {
    const record = (input as Record<string, Array<{ id?: unknown }>>)[collection]?.[index];
    const id = typeof record?.id === 'string' ? ` "${record.id}"` : '';
    const kind = collection === 'entries' ? 'entry' : 'source';
    return `${kind} #${index + 1}${id}${rest.length ? ` field ${rest.map(String).join('.')}` : ''}`;
  }
  return path.length ? `field ${path.map(String).join('.')}` : 'file';
}
