import type { EngineAnswer } from '../engine/answer.js';
import type { Lang } from '../kb/languages.js';
import type { Actor } from './actor.js';
import type { AdminContext } from './admin-context.js';
import { LocalizedError } from '../errors/localized-error.js';
import type { ChangeResult } from './change-writer.js';
import type { EntryAdmin } from './entry-admin.js';
import { questionSchema, validate, type QuestionInput } from './validation.js';

/** What the engine now answers to a question, so an admin sees the effect of a change at once. */
export interface QuestionPreview {
  answer: EngineAnswer;
  /** True when the answer is the entry the question was added to. */
  matchesEntry: boolean;
}

export interface QuestionResult extends ChangeResult {
  preview?: QuestionPreview;
  /** Other entries that already have the same training question (it then pulls two ways). */
  alsoIn: string[];
}

/** Training questions: add and remove per entry and language. */
export class QuestionAdmin {
  constructor(
    private readonly ctx: AdminContext,
    private readonly entries: EntryAdmin,
  ) {}

  add(actor: Actor, input: QuestionInput, options: { preview?: boolean } = {}): QuestionResult {
    const q = validate(questionSchema, input, whereEntry(input));
    const result = this.entries.update(actor, 'question.add', q.entryId, (e) => {
      if (e.questions[q.lang].includes(q.text)) throw new LocalizedError('admin.error.questionExists', { id: q.entryId, lang: q.lang, text: q.text });
      e.questions[q.lang].push(q.text);
      return e;
    });
    const alsoIn = this.ctx.records.entriesWithQuestion(q.lang, q.text).filter((id) => id !== q.entryId);
    const preview = options.preview === false ? undefined : this.preview(q.text, q.lang, q.entryId);
    return { ...result, alsoIn, ...(preview ? { preview } : {}) };
  }

  remove(actor: Actor, input: QuestionInput, options: { preview?: boolean } = {}): QuestionResult {
    const q = validate(questionSchema, input, whereEntry(input));
    const result = this.entries.update(actor, 'question.remove', q.entryId, (e) => {
      const index = e.questions[q.lang].indexOf(q.text);
      if (index < 0) throw new LocalizedError('admin.error.questionNotFound', { id: q.entryId, lang: q.lang, text: q.text });
      e.questions[q.lang].splice(index, 1);
      return e;
    });
    const preview = options.preview === false ? undefined : this.preview(q.text, q.lang, q.entryId);
    return { ...result, alsoIn: [], ...(preview ? { preview } : {}) };
  }

  /** The engine's answer to `text` now (after this process retrained on the latest change). */
  preview(text: string, lang: Lang, entryId?: string): QuestionPreview | undefined {
    if (!this.ctx.engine) return undefined;
    const answer = this.ctx.engine.current().ask(text, { fallbackLang: lang });
    return { answer, matchesEntry: entryId !== undefined && answer.intent === entryId };
  }
}

function whereEntry(input: unknown): { record: 'entry'; id?: string } {
  const id = (input as { entryId?: unknown } | null)?.entryId;
  return typeof id === 'string' ? { record: 'entry', id } : { record: 'entry' };
}
