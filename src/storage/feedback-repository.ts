import type { Database, Statement } from 'better-sqlite3';
import type { Lang } from '../kb/languages.js';
import { utcNow } from './clock.js';

/** How the question was answered (the engine's answer kinds; storage does not depend on the engine). */
export type AskedKind = 'entry' | 'conversation' | 'declined' | 'empty';

/** Where a question reached the bot. */
export type QuestionSurface = 'mention' | 'dm' | 'channel' | 'slash' | 'context-menu' | 'chat';

/** Stored questions are cut to this many characters (Discord allows 4,000 in a message). */
export const MAX_STORED_QUESTION_CHARS = 4000;

export interface NewAskedQuestion {
  surface: QuestionSurface;
  question: string;
  lang: Lang;
  kind: AskedKind;
  intent: string | null;
  status: string | null;
  confidence: number;
  guildId: string | null;
  channelId: string | null;
  /** Entries offered to the asker when the question was declined, best first. */
  suggestions?: readonly string[];
  /** Who asked (a Discord user id); null where unknown or after the retention period. */
  userId?: string | null;
}

export interface AskedQuestion extends NewAskedQuestion {
  id: number;
  askedAt: string;
  suggestions: string[];
  /** The offered entry the asker picked, if any. */
  pickedIntent: string | null;
}

/** What picking a suggestion did: stored, or refused because it was not offered for that question. */
export type PickOutcome = 'recorded' | 'not-offered' | 'no-question';

export interface FeedbackCounts {
  useful: number;
  notUseful: number;
}

/** What a vote did: a first vote, the same vote again (not counted twice), or a changed vote. */
export type FeedbackOutcome = 'recorded' | 'unchanged' | 'changed';

interface AskedRow {
  id: number;
  asked_at: string;
  surface: QuestionSurface;
  question: string;
  lang: Lang;
  kind: AskedKind;
  intent: string | null;
  status: string | null;
  confidence: number;
  guild_id: string | null;
  channel_id: string | null;
  suggestions: string | null;
  picked_intent: string | null;
  user_id: string | null;
}

/** An asked question as the question log writes it: its id reserved beforehand, its time when asked. */
export interface LoggedQuestion extends NewAskedQuestion {
  id: number;
  askedAt: string;
}

/** Questions not yet written (the question log's buffer): written before any read of a question. */
export interface PendingQuestions {
  flush(): void;
}

/**
 * The only place that reads and writes asked questions and answer feedback. Every write is one
 * transaction; several processes (shards) share the file. Question ids come from
 * question_id_blocks (migration 10), so ids reserved by another process are never taken.
 */
export class FeedbackRepository {
  /** The question log's statements, prepared once: compiling them cost more than running them. */
  private statements: { reserve: Statement; insert: Statement } | undefined;

  constructor(
    private readonly db: Database,
    /** The question log of this process: its buffered questions are written before a question is read. */
    private readonly pending?: PendingQuestions,
  ) {}

  /** Reserves `count` consecutive question ids for this process and returns the first. */
  reserveQuestionIds(count: number): number {
    return this.db.transaction(() => this.reserve(count)).immediate();
  }

  /** Records one asked question now and returns its id (buttons on the answer refer to it). */
  recordQuestion(q: NewAskedQuestion): number {
    return this.db
      .transaction(() => {
        const id = this.reserve(1);
        this.insert({ ...q, id, askedAt: utcNow() });
        return id;
      })
      .immediate();
  }

  /** Writes questions whose ids were reserved, all in one transaction. */
  recordQuestions(questions: readonly LoggedQuestion[]): void {
    this.db
      .transaction(() => {
        for (const q of questions) this.insert(q);
      })
      .immediate();
  }

  private prepared(): { reserve: Statement; insert: Statement } {
    return (this.statements ??= {
      reserve: this.db.prepare(
        `UPDATE question_id_blocks SET next_id = max(next_id, (SELECT coalesce(max(id), 0) + 1 FROM asked_questions)) + ?
         RETURNING next_id`,
      ),
      insert: this.db.prepare(
        `INSERT INTO asked_questions (id, asked_at, surface, question, lang, kind, intent, status, confidence, guild_id, channel_id, suggestions, user_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    });
  }

  private reserve(count: number): number {
    const row = this.prepared().reserve.get(count) as { next_id: number };
    return row.next_id - count;
  }

  private insert(q: LoggedQuestion): void {
    this.prepared().insert.run(
      q.id,
      q.askedAt,
      q.surface,
      q.question.slice(0, MAX_STORED_QUESTION_CHARS),
      q.lang,
      q.kind,
      q.intent,
      q.status,
      Math.min(1, Math.max(0, q.confidence)),
      q.guildId,
      q.channelId,
      q.suggestions?.length ? JSON.stringify(q.suggestions) : null,
      q.userId ?? null,
    );
  }

  /** Records which offered suggestion the asker picked (the latest pick counts). */
  recordPick(questionId: number, intent: string): PickOutcome {
    this.pending?.flush();
    return this.db
      .transaction((): PickOutcome => {
        const row = this.db.prepare(`SELECT suggestions FROM asked_questions WHERE id = ?`).get(questionId) as { suggestions: string | null } | undefined;
        if (!row) return 'no-question';
        if (!parseIds(row.suggestions).includes(intent)) return 'not-offered';
        this.db.prepare(`UPDATE asked_questions SET picked_intent = ?, picked_at = ? WHERE id = ?`).run(intent, utcNow(), questionId);
        return 'recorded';
      })
      .immediate();
  }

  findQuestion(id: number): AskedQuestion | undefined {
    this.pending?.flush();
    const row = this.db.prepare(`SELECT * FROM asked_questions WHERE id = ?`).get(id) as AskedRow | undefined;
    return row && toAsked(row);
  }

  /** Declined questions, newest first: what admins review to extend the knowledge base. */
  listUnanswered(limit = 50): AskedQuestion[] {
    this.pending?.flush();
    const rows = this.db.prepare(`SELECT * FROM asked_questions WHERE kind = 'declined' ORDER BY asked_at DESC, id DESC LIMIT ?`).all(limit) as AskedRow[];
    return rows.map(toAsked);
  }

  /**
   * One vote per user and answer: a repeated click does not count again, a different click
   * changes the vote. Unknown question ids return undefined.
   */
  recordFeedback(questionId: number, userId: string, useful: boolean): FeedbackOutcome | undefined {
    const now = utcNow();
    const value = useful ? 1 : 0;
    this.pending?.flush();
    return this.db
      .transaction((): FeedbackOutcome | undefined => {
        if (!this.db.prepare(`SELECT 1 FROM asked_questions WHERE id = ?`).get(questionId)) return undefined;
        const existing = this.db.prepare(`SELECT useful FROM answer_feedback WHERE question_id = ? AND user_id = ?`).get(questionId, userId) as
          { useful: number } | undefined;
        if (existing?.useful === value) return 'unchanged';
        this.db
          .prepare(
            `INSERT INTO answer_feedback (question_id, user_id, useful, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (question_id, user_id) DO UPDATE SET useful = excluded.useful, updated_at = excluded.updated_at`,
          )
          .run(questionId, userId, value, now, now);
        return existing ? 'changed' : 'recorded';
      })
      .immediate();
  }

  feedbackCounts(questionId: number): FeedbackCounts {
    const row = this.db
      .prepare(
        `SELECT COALESCE(SUM(useful), 0) AS useful, COALESCE(SUM(1 - useful), 0) AS notUseful
         FROM answer_feedback WHERE question_id = ?`,
      )
      .get(questionId) as FeedbackCounts;
    return { useful: row.useful, notUseful: row.notUseful };
  }
}

function toAsked(row: AskedRow): AskedQuestion {
  return {
    id: row.id,
    askedAt: row.asked_at,
    surface: row.surface,
    question: row.question,
    lang: row.lang,
    kind: row.kind,
    intent: row.intent,
    status: row.status,
    confidence: row.confidence,
    guildId: row.guild_id,
    channelId: row.channel_id,
    suggestions: parseIds(row.suggestions),
    pickedIntent: row.picked_intent,
    userId: row.user_id,
  };
}

function parseIds(json: string | null): string[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
}
