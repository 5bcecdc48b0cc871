import type { Engine } from '../engine/engine.js';
import type { Lang } from '../kb/languages.js';
import type { OpenNotUseful, OpenUnanswered, ReviewDecision, ReviewQueue } from '../storage/review-repository.js';
import type { Actor } from './actor.js';
import type { AdminContext } from './admin-context.js';
import { LocalizedError } from '../errors/localized-error.js';
import type { ChangeResult } from './change-writer.js';
import { checkEntry } from './entry-checks.js';
import type { PlannedWrite } from './record-diff.js';
import type { QuestionAdmin, QuestionResult } from './question-admin.js';
import { groupQuestions, questionKey } from './question-grouping.js';
import { reviewKey } from './target-store.js';
import { idSchema, langSchema, questionSchema, validate } from './validation.js';

/** One item of a review queue: near-identical questions grouped, counted together. */
export interface ReviewItem {
  /** The item's id: the newest asked question of the group (what promote and dismiss take). */
  id: number;
  queue: ReviewQueue;
  /** The most common wording. */
  question: string;
  lang: Lang;
  /** Unanswered: times asked. Feedback: "not useful" votes. */
  count: number;
  /** Other wordings in the group (at most five). */
  variants: string[];
  recordIds: number[];
  firstAt: string;
  lastAt: string;
  /** Feedback: the entry (or conversation intent) the bot answered with. */
  answeredWith?: string | null;
  /** What the engine answers to the question now (null: still declined). */
  /** Unanswered: the suggestion askers picked most often (what they meant), if any. */
  picked?: string | null;
  nowAnswers?: { intent: string | null; confidence: number; suggestions: string[] };
}

export interface PromoteInput {
  item: number;
  /** Defaults to the suggestion the askers picked. */
  entryId?: string;
  /** Defaults to the language the question was asked in. */
  lang?: Lang;
  /** Defaults to the item's most common wording. */
  text?: string;
  /** Which queue the item is in; looked up in both when left out. */
  queue?: ReviewQueue;
}

export interface QueueOptions {
  limit?: number;
  /** 'count' (default): most asked first; 'newest': most recently asked first. */
  order?: 'count' | 'newest';
  /** Ask the engine what it answers to each item now (default); off where only the items are shown (autocomplete). */
  nowAnswers?: boolean;
}

type QueueRecord = (OpenUnanswered | OpenNotUseful) & {
  weight: number;
  at: string;
  answeredWith?: string | null;
  pickedIntent?: string | null;
};

/** Review queues: unanswered questions and "not useful" feedback; promote an item or dismiss it. */
export class ReviewAdmin {
  /** Grouping keys by asked-question id: a stored question never changes, so each is analysed once per process. */
  private readonly keys = new Map<number, string>();

  constructor(
    private readonly ctx: AdminContext,
    private readonly questions: QuestionAdmin,
  ) {}

  /** Declined questions, grouped, most asked first (or most recently asked first). */
  unanswered(options: QueueOptions = {}): ReviewItem[] {
    return this.list('unanswered', options);
  }

  /** Answers voted "not useful", grouped by answer and question, most votes first (or newest). */
  feedback(options: QueueOptions = {}): ReviewItem[] {
    return this.list('feedback', options);
  }

  private list(queue: ReviewQueue, options: QueueOptions): ReviewItem[] {
    const items = ordered(this.items(queue), options.order).slice(0, clampLimit(options.limit));
    return options.nowAnswers === false ? items : this.withNowAnswers(items);
  }

  /** Adds the item's question as a training question of an entry and closes the item. */
  promote(actor: Actor, input: PromoteInput): QuestionResult & { entryId: string; added: { lang: Lang; text: string } } {
    let entryId = input.entryId === undefined ? undefined : validate(idSchema, input.entryId, { record: 'entry' });
    let added: { lang: Lang; text: string } | undefined;
    const result = this.ctx.writer.commit(actor, 'review.promote', () => {
      const item = this.find(input.item, input.queue);
      entryId ??= item.picked ?? undefined;
      if (entryId === undefined) throw new LocalizedError('admin.error.promoteNeedsEntry', { id: input.item });
      const lang = input.lang === undefined ? item.lang : validate(langSchema, input.lang);
      const text = input.text ?? item.question.trim();
      const q = validate(questionSchema, { entryId, lang, text }, { record: 'entry', id: entryId }, 'admin.error.promoteInvalid');
      added = { lang: q.lang, text: q.text };
      const before = this.ctx.records.getEntry(entryId);
      if (!before) throw new LocalizedError('admin.error.entryNotFound', { id: entryId });
      const after = structuredClone(before);
      if (!after.questions[q.lang].includes(q.text)) after.questions[q.lang].push(q.text);
      return [
        { kind: 'entry', key: entryId, before, after: checkEntry(after, this.ctx.records) },
        ...this.decide(item, { decision: 'promoted', entryId, lang: q.lang }),
      ];
    });
    const { lang, text } = added!;
    const preview = this.questions.preview(text, lang, entryId);
    return {
      ...result,
      entryId: entryId!,
      added: { lang, text },
      alsoIn: this.ctx.records.entriesWithQuestion(lang, text).filter((id) => id !== entryId),
      ...(preview ? { preview } : {}),
    };
  }

  /** Closes the item without changing the knowledge base. */
  dismiss(actor: Actor, input: { item: number; queue?: ReviewQueue }): ChangeResult {
    return this.ctx.writer.commit(actor, 'review.dismiss', () =>
      this.decide(this.find(input.item, input.queue), { decision: 'dismissed', entryId: null, lang: null }),
    );
  }

  private decide(item: ReviewItem, decision: ReviewDecision): PlannedWrite[] {
    return item.recordIds.map((recordId) => {
      const key = reviewKey(item.queue, recordId);
      return { kind: 'review', key, before: this.ctx.store.read('review', key), after: decision };
    });
  }

  private find(id: number, queue: ReviewQueue | undefined): ReviewItem {
    for (const q of queue ? [queue] : (['unanswered', 'feedback'] as const)) {
      const item = this.items(q).find((i) => i.recordIds.includes(id));
      if (item) return item;
    }
    throw new LocalizedError('admin.error.reviewNotFound', { id });
  }

  private items(queue: ReviewQueue): ReviewItem[] {
    const records: QueueRecord[] =
      queue === 'unanswered'
        ? this.ctx.reviews.openUnanswered().map((r) => ({ ...r, weight: 1, at: r.askedAt }))
        : this.ctx.reviews.openNotUseful().map((r) => ({ ...r, weight: r.votes, at: r.lastVoteAt, answeredWith: r.intent }));
    const groups = groupQuestions(
      records,
      (r) => (queue === 'feedback' ? `${r.answeredWith ?? ''}` : ''),
      (r) => this.keyOf(r),
    );
    return groups
      .map((g): ReviewItem => {
        const byWording = new Map<string, number>();
        for (const r of g.items) byWording.set(r.question.trim(), (byWording.get(r.question.trim()) ?? 0) + r.weight);
        const wordings = [...byWording].sort((a, b) => b[1] - a[1]).map(([w]) => w);
        const newest = g.items.reduce((a, b) => (b.at > a.at || (b.at === a.at && b.id > a.id) ? b : a));
        const langs = new Map<Lang, number>();
        for (const r of g.items) langs.set(r.lang, (langs.get(r.lang) ?? 0) + r.weight);
        return {
          id: newest.id,
          queue,
          question: wordings[0]!,
          lang: [...langs].sort((a, b) => b[1] - a[1])[0]![0],
          count: g.count,
          variants: wordings.slice(1, 6),
          recordIds: g.items.map((r) => r.id).sort((a, b) => a - b),
          firstAt: g.items.reduce((a, r) => (r.at < a ? r.at : a), newest.at),
          lastAt: newest.at,
          ...(queue === 'feedback' ? { answeredWith: newest.answeredWith ?? null } : { picked: mostCommon(g.items.map((r) => r.pickedIntent)) }),
        };
      })
      .sort((a, b) => b.count - a.count || (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : b.id - a.id));
  }

  private keyOf(record: { id: number; question: string }): string {
    let key = this.keys.get(record.id);
    if (key === undefined) {
      if (this.keys.size >= MAX_REMEMBERED_KEYS) this.keys.clear();
      key = questionKey(record.question);
      this.keys.set(record.id, key);
    }
    return key;
  }

  private withNowAnswers(items: ReviewItem[]): ReviewItem[] {
    const engine = this.ctx.engine?.current();
    return engine ? items.map((item) => nowAnswering(engine, item)) : items;
  }

  /**
   * The same as the lists' `nowAnswers`, for a server's event loop: one question at a time, letting
   * other work (members' questions) run in between.
   */
  async addNowAnswers(items: ReviewItem[]): Promise<ReviewItem[]> {
    const done: ReviewItem[] = [];
    for (const item of items) {
      const engine = this.ctx.engine?.current();
      done.push(engine ? nowAnswering(engine, item) : item);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return done;
  }
}

/** The item with what the engine answers to its question now. */
function nowAnswering(engine: Engine, item: ReviewItem): ReviewItem {
  // The start of the question decides the match; asking with all of a 4,000-character text costs up to 90 ms a time.
  const answer = engine.ask(item.question.slice(0, NOW_ANSWERS_CHARS), { fallbackLang: item.lang });
  return { ...item, nowAnswers: { intent: answer.intent, confidence: answer.confidence, suggestions: answer.suggestions.map((s) => s.id) } };
}

/** The most frequent non-null value, or null. */
function mostCommon(values: ReadonlyArray<string | null | undefined>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function ordered(items: ReviewItem[], order: QueueOptions['order']): ReviewItem[] {
  if (order !== 'newest') return items;
  return [...items].sort((a, b) => (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : b.id - a.id));
}

/** More keys than this (a queue of tens of thousands) and the memory starts over. */
const MAX_REMEMBERED_KEYS = 50_000;

/** How much of a queued question is asked again to show what the bot answers now. */
const NOW_ANSWERS_CHARS = 300;

function clampLimit(limit: number | undefined): number {
  return Math.min(Math.max(Math.trunc(limit ?? 20), 1), 500);
}
