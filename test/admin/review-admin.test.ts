import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { groupQuestions, questionKey } from '../../src/admin/question-grouping.js';
import type { Lang } from '../../src/kb/languages.js';
import { FeedbackRepository } from '../../src/storage/feedback-repository.js';
import { adminError, useAdminDb, type AdminHandle } from '../support/admin-db.js';

const alice = discordActor('111111111111111111');

/** Fixture rows written the way the bot writes them (migration 2's repository). */
function asked(h: AdminHandle, question: string, lang: Lang = 'en', answered?: string): number {
  return new FeedbackRepository(h.db).recordQuestion({
    surface: 'mention',
    question,
    lang,
    kind: answered ? 'entry' : 'declined',
    intent: answered ?? null,
    status: null,
    confidence: answered ? 0.8 : 0.1,
    guildId: '333333333333333333',
    channelId: '444444444444444444',
  });
}

describe('ReviewAdmin', () => {
  const dbs = useAdminDb();

  it('lists unanswered questions grouped when near-identical, most asked first', () => {
    const h = dbs.open();
    asked(h, 'Who drove the train?');
    asked(h, 'How heavy was the locomotive?');
    asked(h, 'how heavy was the locomotive');
    asked(h, 'How heavy was the locomotiv??');
    asked(h, 'Hvem kjørte toget?', 'nb');
    asked(h, 'hvem kjorte toget', 'nb');
    asked(h, '   ');
    const items = h.admin.review.unanswered();
    expect(items.map((i) => [i.count, i.lang])).toEqual([
      [3, 'en'],
      [2, 'nb'],
      [1, 'en'],
    ]);
    expect(items[0]!.question.toLowerCase()).toContain('how heavy was the locomotive');
    expect(items[0]!.variants).toHaveLength(2);
    expect(items[0]!.recordIds).toHaveLength(3);
    expect(items[2]!.question).toBe('Who drove the train?');
  });

  it('promotes an item to a training question (closing the whole group), with the answer shown at once', () => {
    const h = dbs.open(undefined, { engine: true });
    const id = asked(h, 'How heavy was the locomotive?');
    asked(h, 'how heavy was the locomotive');
    asked(h, 'Who drove the train?');
    const wording = h.admin.review.unanswered().find((i) => i.recordIds.includes(id))!.question;
    const result = h.admin.review.promote(alice, { item: id, entryId: 'image-1310' });
    expect(result.change!.parts.map((p) => p.kind)).toEqual(['entry', 'review', 'review']);
    expect(result.preview).toMatchObject({ matchesEntry: true, answer: { intent: 'image-1310' } });
    expect(h.admin.entries.show('image-1310').questions.en).toContain(wording);
    expect(h.admin.review.unanswered().map((i) => i.question)).toEqual(['Who drove the train?']);
    expect(h.admin.review.unanswered()[0]!.nowAnswers).toEqual({
      intent: expect.toBeOneOf([null, expect.any(String)]),
      confidence: expect.any(Number),
      suggestions: expect.any(Array),
    });
    // Undo reopens the items and removes the question.
    const plain = dbs.open(h.file);
    plain.admin.history.undo(alice, result.change!.id);
    expect(plain.admin.review.unanswered()).toHaveLength(2);
    expect(plain.admin.entries.show('image-1310').questions.en).not.toContain(wording);
  });

  it('dismisses an item without touching the knowledge base', () => {
    const h = dbs.open();
    const revision = h.repository.revision();
    const id = asked(h, 'What is the capital of Mongolia?');
    const result = h.admin.review.dismiss(alice, { item: id });
    expect(result.change).toMatchObject({ action: 'review.dismiss', parts: [{ kind: 'review', key: `unanswered:${id}`, before: null }] });
    expect(h.repository.revision()).toBe(revision);
    expect(h.admin.review.unanswered()).toEqual([]);
    expect(adminError(() => h.admin.review.dismiss(alice, { item: id })).key).toBe('admin.error.reviewNotFound');
  });

  it('lists "not useful" feedback by answer, most votes first, and closes it', () => {
    const h = dbs.open();
    const feedback = new FeedbackRepository(h.db);
    const a = asked(h, 'were there horses', 'en', 'horse-train');
    const b = asked(h, 'Were there horses?', 'en', 'horse-train');
    const c = asked(h, 'what did the vets say', 'en', 'horse-train');
    const d = asked(h, 'who took the pictures', 'en', 'image-analysis');
    feedback.recordFeedback(a, '1', false);
    feedback.recordFeedback(a, '2', false);
    feedback.recordFeedback(b, '3', false);
    feedback.recordFeedback(c, '1', false);
    feedback.recordFeedback(d, '1', true);
    const items = h.admin.review.feedback();
    expect(items.map((i) => [i.count, i.answeredWith])).toEqual([
      [3, 'horse-train'],
      [1, 'horse-train'],
    ]);
    h.admin.review.dismiss(alice, { item: a, queue: 'feedback' });
    expect(h.admin.review.feedback().map((i) => i.question)).toEqual(['what did the vets say']);
    expect(adminError(() => h.admin.review.promote(alice, { item: c, entryId: 'horse-train', text: 'x'.repeat(400) })).key).toBe('admin.error.promoteInvalid');
  });
});

describe('ReviewAdmin and picked suggestions', () => {
  const dbs = useAdminDb();

  function declinedWithSuggestions(h: AdminHandle, question: string, suggestions: string[]): number {
    return new FeedbackRepository(h.db).recordQuestion({
      surface: 'mention',
      question,
      lang: 'en',
      kind: 'declined',
      intent: null,
      status: null,
      confidence: 0.2,
      guildId: '333333333333333333',
      channelId: '444444444444444444',
      suggestions,
    });
  }

  it('stores only a pick that was offered, and shows it in the queue', () => {
    const h = dbs.open();
    const feedback = new FeedbackRepository(h.db);
    const id = declinedWithSuggestions(h, 'anything odd with that cargo?', ['cargo-unknown', 'train-crossing']);
    expect(feedback.recordPick(id, 'horse-train')).toBe('not-offered');
    expect(feedback.recordPick(999_999, 'cargo-unknown')).toBe('no-question');
    expect(feedback.recordPick(id, 'cargo-unknown')).toBe('recorded');
    expect(feedback.findQuestion(id)).toMatchObject({ suggestions: ['cargo-unknown', 'train-crossing'], pickedIntent: 'cargo-unknown' });
    expect(h.admin.review.unanswered()[0]).toMatchObject({ id, picked: 'cargo-unknown' });
  });

  it('adds the wording to the picked entry in one step when promote names no entry', () => {
    const h = dbs.open(undefined, { engine: true });
    const feedback = new FeedbackRepository(h.db);
    const id = declinedWithSuggestions(h, 'anything odd with that cargo?', ['cargo-unknown']);
    feedback.recordPick(id, 'cargo-unknown');
    const result = h.admin.review.promote(alice, { item: id });
    expect(result.entryId).toBe('cargo-unknown');
    expect(h.admin.entries.show('cargo-unknown').questions.en).toContain('anything odd with that cargo?');
    expect(h.admin.review.unanswered()).toEqual([]);
  });

  it('asks for an entry when nobody picked a suggestion', () => {
    const h = dbs.open();
    const id = declinedWithSuggestions(h, 'anything odd with that cargo?', ['cargo-unknown']);
    expect(adminError(() => h.admin.review.promote(alice, { item: id })).key).toBe('admin.error.promoteNeedsEntry');
  });
});

describe('groupQuestions', () => {
  it('treats case, punctuation, word order, æøå spelled out and a small typo as the same question', () => {
    expect(questionKey('Hvem kjørte toget?')).toBe(questionKey('hvem kjorte TOGET'));
    expect(questionKey('train the drove who')).toBe(questionKey('Who drove the train?'));
    const groups = groupQuestions([
      { id: 1, question: 'What did the satellite images show?' },
      { id: 2, question: 'what did the satelite images show' },
      { id: 3, question: 'What did the images show?' },
      { id: 4, question: 'Hi' },
      { id: 5, question: 'Ho' },
    ]);
    expect(groups.map((g) => g.items.map((i) => i.id).sort())).toEqual([[1, 2], [3], [4], [5]]);
  });
});

describe('groupQuestions on what members can type', () => {
  it('groups dozens of 4,000-character questions (alike and not) by their start, with bounded work', () => {
    const words = 'train border shells horses bridge satellite images cargo russia korea wagons station'.split(' ');
    const long = (seed: number) =>
      `Case ${seed * 7919}: ${Array.from({ length: 700 }, (_, i) => words[(i * (seed + 3) + seed) % words.length]).join(' ')}`.slice(0, 4000);
    const items = Array.from({ length: 60 }, (_, i) => ({ id: i + 1, question: long(i % 30) + (i >= 30 ? '!' : '') }));
    const started = performance.now();
    const groups = groupQuestions(items);
    // Generous: the old all-pairs edit distance over whole texts took 13 s for 20 such questions.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(groups.every((g) => g.items.length === 2 && g.items[0]!.id === g.items[1]!.id - 30)).toBe(true);
    expect(groups).toHaveLength(30);
    expect(questionKey(long(1)).length).toBeLessThanOrEqual(300);
  });
});
