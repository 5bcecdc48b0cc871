import { z } from 'zod';
import type { TranslationKey } from '../i18n/translator.js';
import { CONVERSATION_INTENTS } from '../kb/conversation-intents.js';
import { claimSchema, entrySchema, sourceSchema } from '../kb/knowledge-base.js';
import { LANGS } from '../kb/languages.js';
import { STATUSES } from '../kb/statuses.js';
import { LocalizedError, type Detail, type ProblemLocation } from '../errors/localized-error.js';

/**
 * The shapes of admin requests. Lengths, the slug form of ids, languages and statuses come from
 * the knowledge base's own schema (src/kb/knowledge-base.ts), so a request and an import agree.
 */
const slug = entrySchema.shape.id;
const titleText = entrySchema.shape.title.shape.nb;
const answerText = entrySchema.shape.answer.shape.nb;
const questionText = entrySchema.shape.questions.shape.nb.element;
const nameText = entrySchema.shape.title.shape.nb.max(100);
const descriptionText = sourceSchema.shape.description.shape.nb;

export const langSchema = z.enum(LANGS);
export const statusSchema = z.enum(STATUSES);
export const idSchema = slug;

export const entryAddSchema = entrySchema
  .extend({
    questions: entrySchema.shape.questions.default({ nb: [], en: [] }),
    retired: z.boolean().default(false),
  })
  .strict();
export type EntryAddInput = z.input<typeof entryAddSchema>;

export const entryPatchSchema = z
  .object({
    status: statusSchema.optional(),
    title: z.object({ nb: titleText.optional(), en: titleText.optional() }).strict().optional(),
    answer: z.object({ nb: answerText.optional(), en: answerText.optional() }).strict().optional(),
    sources: entrySchema.shape.sources.optional(),
    // The claim the entry reviews (whole), or null to say it reviews none.
    claim: claimSchema.nullable().optional(),
  })
  .strict();
export type EntryPatch = z.input<typeof entryPatchSchema>;

export const questionSchema = z.object({ entryId: slug, lang: langSchema, text: questionText }).strict();
export type QuestionInput = z.input<typeof questionSchema>;

export const sourceAddSchema = sourceSchema;
export type SourceAddInput = z.input<typeof sourceAddSchema>;

export const sourcePatchSchema = z
  .object({
    // The whole name (one string for both languages, or { nb, en }), or only one language of it.
    name: z.union([nameText, z.object({ nb: nameText.optional(), en: nameText.optional() }).strict()]).optional(),
    description: z.object({ nb: descriptionText.optional(), en: descriptionText.optional() }).strict().optional(),
  })
  .strict();
export type SourcePatch = z.input<typeof sourcePatchSchema>;

export const linkSchema = z.object({ entryId: slug, sourceId: slug }).strict();
export type LinkInput = z.input<typeof linkSchema>;

/** Parses or throws a LocalizedError naming each field that is wrong. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: Omit<ProblemLocation, 'field'> = {},
  key: TranslationKey = 'admin.error.invalid',
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new LocalizedError(
    key,
    {},
    issuesToDetails(result.error.issues, input, (path) => ({ ...where, field: fieldName(path) })),
  );
}

export function fieldName(path: readonly PropertyKey[]): string | undefined {
  return path.length ? path.map(String).join('.') : undefined;
}

/** zod's issues as localizable details: the kind of problem by its code, not zod's English text. */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], input: unknown, locate: (path: PropertyKey[]) => ProblemLocation): Detail[] {
  return issues.map((issue) => ({ ...describeIssue(issue, input), at: locate(issue.path) }));
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): Omit<Detail, 'at'> {
  const last = issue.path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return { key: 'admin.problem.missing' };
      return { key: 'admin.problem.wrongType', values: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? { key: 'admin.problem.empty' } : { key: 'admin.problem.tooShort', values: { min: Number(issue.minimum) } };
      if (issue.origin === 'array') return { key: 'admin.problem.tooFew', values: { min: Number(issue.minimum) } };
      return { key: 'admin.problem.tooSmall', values: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'admin.problem.tooLong', values: { max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { key: 'admin.problem.tooMany', values: { max: Number(issue.maximum) } };
      return { key: 'admin.problem.tooBig', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { key: 'admin.problem.notSlug' };
    case 'invalid_value':
      return { key: 'admin.problem.notOneOf', values: { options: issue.values.map(String).join(', ') } };
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options?.length) return { key: 'admin.problem.notOneOf', values: { options: options.map(String).join(', ') } };
      return { key: 'admin.problem.other', values: { message: issue.message } };
    }
    case 'unrecognized_keys':
      return { key: 'admin.problem.unknownFields', values: { fields: issue.keys.join(', ') } };
    case 'custom': {
      const params = (issue as { params?: { key?: TranslationKey; values?: Record<string, unknown> } }).params;
      if (params?.key) return { key: params.key, values: params.values ?? {} };
      // The knowledge base's own cross-record checks (src/kb/knowledge-base.ts), told apart by path.
      const value = valueAt(input, issue.path);
      if (issue.path[0] === 'entries' && (issue.path[2] === 'sources' || issue.path[2] === 'claim'))
        return { key: 'admin.problem.unknownSource', values: { source: String(value) } };
      if (last === 'id' && (CONVERSATION_INTENTS as readonly unknown[]).includes(value))
        return { key: 'admin.problem.reservedId', values: { id: String(value) } };
      if (last === 'id') return { key: 'admin.problem.duplicateId', values: { id: String(value) } };
      return { key: 'admin.problem.other', values: { message: issue.message } };
    }
    default:
      return { key: 'admin.problem.other', values: { message: issue.message } };
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}
