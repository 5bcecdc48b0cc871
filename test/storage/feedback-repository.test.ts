import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { FeedbackRepository, type NewAskedQuestion } from '../../src/storage/feedback-repository.js';
import { useTempDir } from '../support/temp-dir.js';

const question = (over: Partial<NewAskedQuestion> = {}): NewAskedQuestion => ({
  surface: 'mention',
  question: 'Did the train carry horses?',
  lang: 'en',
  kind: 'entry',
  intent: 'horse-train',
  status: 'reported',
  confidence: 0.9,
  guildId: '111111111111111111',
  channelId: '222222222222222222',
  ...over,
});

describe('FeedbackRepository (migration 2)', () => {
  const tempDir = useTempDir();
  const open = () => {
    const db = openDatabase(path.join(tempDir(), 'bot.db'));
    return { db, repo: new FeedbackRepository(db) };
  };

  it('creates STRICT tables for asked questions and feedback', () => {
    const { db } = open();
    const tables = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('asked_questions', 'answer_feedback')`).all() as Array<{
      name: string;
      sql: string;
    }>;
    expect(tables.map((t) => t.name).sort()).toEqual(['answer_feedback', 'asked_questions']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT\s*$/);
    db.close();
  });

  it('records questions with a UTC timestamp, cut to 4,000 characters, and lists declined ones newest first', () => {
    const { db, repo } = open();
    const id = repo.recordQuestion(question({ question: 'x'.repeat(5000) }));
    const stored = repo.findQuestion(id)!;
    expect(stored.question).toHaveLength(4000);
    expect(stored.askedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const first = repo.recordQuestion(question({ question: 'Who drove the train?', kind: 'declined', intent: null, status: null, confidence: 0.1 }));
    const second = repo.recordQuestion(question({ question: 'Hvem kjørte toget?', lang: 'nb', kind: 'declined', intent: null, status: null, guildId: null }));
    expect(repo.listUnanswered().map((q) => q.id)).toEqual([second, first]);
    expect(repo.findQuestion(second)).toMatchObject({ guildId: null, lang: 'nb', surface: 'mention' });
    db.close();
  });

  it('counts feedback once per user and answer: repeats do not count, a different vote replaces the first', () => {
    const { db, repo } = open();
    const id = repo.recordQuestion(question());
    expect(repo.recordFeedback(id, 'alice', true)).toBe('recorded');
    expect(repo.recordFeedback(id, 'alice', true)).toBe('unchanged');
    expect(repo.feedbackCounts(id)).toEqual({ useful: 1, notUseful: 0 });
    expect(repo.recordFeedback(id, 'alice', false)).toBe('changed');
    expect(repo.recordFeedback(id, 'bob', false)).toBe('recorded');
    expect(repo.feedbackCounts(id)).toEqual({ useful: 0, notUseful: 2 });
    expect(repo.recordFeedback(999_999, 'alice', true)).toBeUndefined();
    db.close();
  });

  it('rejects values outside the schema instead of storing them', () => {
    const { db, repo } = open();
    expect(() => repo.recordQuestion(question({ surface: 'carrier-pigeon' as NewAskedQuestion['surface'] }))).toThrow(/CHECK/);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM asked_questions`).get()).toEqual({ n: 0 });
    db.close();
  });
});
