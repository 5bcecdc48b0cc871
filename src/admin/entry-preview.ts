import { AnswerComposer } from '../engine/answer-composer.js';
import type { EngineAnswer } from '../engine/answer.js';
import type { Translate } from '../i18n/translator.js';
import { LANGS, type Lang } from '../kb/languages.js';
import type { EntryRecord } from '../storage/kb-records-repository.js';
import type { AdminContext } from './admin-context.js';
import { LocalizedError, type Detail } from '../errors/localized-error.js';
import { checkEntry } from './entry-checks.js';
import { entryAddSchema, validate } from './validation.js';

export interface EntryPreview {
  /** The answer in each language as the engine composes it (null where the draft is not valid). */
  answers: Record<Lang, EngineAnswer | null>;
  /** What is wrong with the draft, by the same rules every save is checked with. */
  problems: Detail[];
}

/**
 * A draft entry's answer before it is saved, composed by the engine's own answer composer (status
 * word, attribution to the sources), with the problems a save would refuse.
 */
export class EntryPreviewer {
  constructor(
    private readonly ctx: AdminContext,
    private readonly translate: Translate,
  ) {}

  preview(draft: unknown): EntryPreview {
    let entry: EntryRecord;
    try {
      const parsed = validate(entryAddSchema, draft, { record: 'entry' });
      entry = checkEntry(parsed, this.ctx.records);
    } catch (error) {
      if (!(error instanceof LocalizedError)) throw error;
      return { answers: { nb: null, en: null }, problems: error.details.length ? error.details : [{ key: error.key, values: error.values }] };
    }
    const sources = new Map(this.ctx.records.listSources().map((s) => [s.id, s]));
    const composer = new AnswerComposer(this.translate, sources);
    const answers = Object.fromEntries(LANGS.map((lang) => [lang, composer.entry({ question: entry.title[lang], lang, confidence: 1 }, entry)])) as Record<
      Lang,
      EngineAnswer
    >;
    return { answers, problems: [] };
  }
}
