import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/factbot-app.js';
import { QuestionLog } from '../../src/app/question-log.js';
import { QuestionService } from '../../src/app/question-service.js';
import { createLogger } from '../../src/logging/logger.js';
import { openDatabase, openQuestionLogDatabase } from '../../src/storage/database.js';
import { FeedbackRepository, type NewAskedQuestion } from '../../src/storage/feedback-repository.js';
import { botEnv, removeTempDbs, spawnBot, tempDbFile } from '../support/bot-harness.js';
import { FakeDiscord, MANAGE_GUILD, type FakeCommandOption } from '../support/fake-discord/fake-discord.js';
import { useTempDir } from '../support/temp-dir.js';

const asked = (question: string, over: Partial<NewAskedQuestion> = {}): NewAskedQuestion => ({
  surface: 'mention',
  question,
  lang: 'en',
  kind: 'declined',
  intent: null,
  status: null,
  confidence: 0.2,
  guildId: '111111111111111111',
  channelId: '222222222222222222',
  ...over,
});

type Row = { id: number; question: string; kind: string; intent: string | null };

function storedQuestions(file: string): Row[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(`SELECT id, question, kind, intent FROM asked_questions ORDER BY id`).all() as Row[];
  } finally {
    db.close();
  }
}

describe('the question log (written after the reply, on its own connection)', () => {
  const tempDir = useTempDir();

  it('records every question asked, and a vote or a pick right after the answer finds its question', async () => {
    const file = path.join(tempDir(), 'factbot.db');
    const app = createApp({ FACTBOT_DB: file });
    try {
      const log = app.questionLog();
      const questions = new QuestionService(app.engine, log, createLogger('silent'));
      const context = { surface: 'mention' as const, guildId: '1', channelId: '2', fallbackLang: 'en' as const, userId: '3' };
      const texts = ['Did the train carry horses?', 'Hvem tok satellittbildene?', 'What is the capital of Australia?', 'Who painted the bridge purple?'];
      const results = texts.map((q) => questions.ask(q, context));
      const ids = results.map((r) => r.questionId);
      expect(ids.every((id) => typeof id === 'number')).toBe(true);
      expect(new Set(ids).size).toBe(texts.length);
      // The vote is taken before a turn of the event loop passes: the rows are still buffered, and a vote writes them first.
      const voted = questions.vote(ids[1]!, 'alice', true);
      // A pick is checked against the stored question: found, even though it was not offered.
      const picked = questions.pick(ids[2]!, 'no-such-entry');
      expect(await voted).toMatchObject({ outcome: 'recorded', question: { question: texts[1], lang: 'nb' } });
      expect(await picked).toBe('not-offered');
      expect(await questions.vote(999_999, 'alice', true)).toBeUndefined();
      expect(storedQuestions(file)).toEqual(results.map((r, i) => ({ id: ids[i], question: texts[i], kind: r.answer.kind, intent: r.answer.intent })));
      expect(new FeedbackRepository(app.db).feedbackCounts(ids[1]!)).toEqual({ useful: 1, notUseful: 0 });
    } finally {
      app.close();
    }
  });

  it('keeps a vote and a picked suggestion made while another process holds the write lock (they wait for it, off the event loop)', async () => {
    const file = path.join(tempDir(), 'factbot.db');
    const app = createApp({ FACTBOT_DB: file });
    const other = new BetterSqlite3(file);
    try {
      const log = app.questionLog();
      const questions = new QuestionService(app.engine, log, createLogger('silent'));
      const context = { surface: 'mention' as const, guildId: '1', channelId: '2', fallbackLang: 'en' as const };
      const answered = questions.ask('Who took the satellite images?', context);
      // A detail the article does not give: declined, with the entry on the topic offered.
      const declined = questions.ask('How many horses were on the train?', context);
      log.flush();
      const offered = declined.answer.suggestions[0]!.id;
      other.exec('BEGIN IMMEDIATE');
      const vote = questions.vote(answered.questionId!, 'alice', false);
      const pick = questions.pick(declined.questionId!, offered);
      await new Promise((resolve) => setTimeout(resolve, 60));
      other.exec('COMMIT');
      expect((await vote)?.outcome).toBe('recorded');
      expect(await pick).toBe('recorded');
      expect(new FeedbackRepository(app.db).findQuestion(declined.questionId!)?.pickedIntent).toBe(offered);
      expect(new FeedbackRepository(app.db).feedbackCounts(answered.questionId!)).toEqual({ useful: 0, notUseful: 1 });
    } finally {
      other.close();
      app.close();
    }
  });

  it('writes buffered questions after the reply: not at the next turn of the event loop, where the reply goes out, but all of a moment later in one go', async () => {
    const file = path.join(tempDir(), 'factbot.db');
    openDatabase(file).close();
    const log = new QuestionLog(openQuestionLogDatabase(file), { flushDelayMs: 20 });
    const ids = ['one', 'two', 'three'].map((q) => log.record(asked(q)));
    expect(storedQuestions(file)).toEqual([]);
    // discord.js writes a reply's request at the next turn (a setImmediate): the log must not have written before it.
    await nextTurn();
    expect(storedQuestions(file)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(storedQuestions(file).map((r) => [r.id, r.question])).toEqual([
      [ids[0], 'one'],
      [ids[1], 'two'],
      [ids[2], 'three'],
    ]);
    log.close();
  });

  it('reserves ids ahead when it writes, so a burst of questions keeps its buttons while another process holds the write lock', () => {
    const file = path.join(tempDir(), 'factbot.db');
    const other = openDatabase(file);
    const log = new QuestionLog(openQuestionLogDatabase(file), { blockSize: 4, flushDelayMs: 5 });
    const first = ['a', 'b', 'c'].map((q) => log.record(asked(q)));
    log.flush();
    other.prepare('BEGIN IMMEDIATE').run();
    // Twice the last batch, more than a block holds: no id has to be reserved under the lock.
    const burst = ['d', 'e', 'f', 'g', 'h', 'i'].map((q) => log.record(asked(q)));
    expect([...first, ...burst].every((id) => typeof id === 'number')).toBe(true);
    expect(new Set([...first, ...burst]).size).toBe(9);
    other.prepare('COMMIT').run();
    log.close();
    other.close();
    expect(storedQuestions(file).map((r) => r.question)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  it('never gives two processes (or a direct write) the same id', async () => {
    const file = path.join(tempDir(), 'factbot.db');
    const direct = new FeedbackRepository(openDatabase(file));
    const shards = [new QuestionLog(openQuestionLogDatabase(file), { blockSize: 4 }), new QuestionLog(openQuestionLogDatabase(file), { blockSize: 4 })];
    const expected = new Map<number, string>();
    for (let i = 0; i < 30; i++) {
      const text = `question ${i}`;
      const id = i % 3 === 2 ? direct.recordQuestion(asked(text)) : shards[i % 3]!.record(asked(text));
      expect(id).not.toBeNull();
      expect(expected.has(id!)).toBe(false);
      expected.set(id!, text);
      if (i % 5 === 0) await nextTurn();
    }
    for (const shard of shards) shard.close();
    expect(new Map(storedQuestions(file).map((r) => [r.id, r.question]))).toEqual(expected);
  });

  it('keeps questions buffered while another process holds the write lock, and writes them when it is free', async () => {
    const file = path.join(tempDir(), 'factbot.db');
    const other = openDatabase(file);
    const log = new QuestionLog(openQuestionLogDatabase(file), { flushDelayMs: 5 });
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const first = log.record(asked('before the lock'));
    await pause(30);
    other.prepare('BEGIN IMMEDIATE').run();
    const during = log.record(asked('during the lock'));
    await pause(30);
    expect(storedQuestions(file).map((r) => r.question)).toEqual(['before the lock']);
    other.prepare('COMMIT').run();
    await pause(100);
    expect(storedQuestions(file).map((r) => [r.id, r.question])).toEqual([
      [first, 'before the lock'],
      [during, 'during the lock'],
    ]);
    log.close();
    other.close();
  });
});

// The bot as `node dist/main.js`, killed with SIGKILL right after its last reply: what it had answered
// until a second before is in the log, and the admin's edit (made before) is never lost.
describe('the bot killed right after replying', { timeout: 120_000 }, () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.stop();
    removeTempDbs();
  });

  it('loses at most the last second of the question log and never an admin edit', async () => {
    const guild = fake.guilds[0];
    const bot = spawnBot(botEnv(fake, tempDbFile(), { FACTBOT_ADMIN_GUILDS: guild.id, FACTBOT_RATE_LIMIT: '1000', FACTBOT_RATE_WINDOW_SECONDS: '1' }));
    await bot.logs.waitFor((l) => l.json?.msg === 'bot ready', 'bot ready', 90_000);

    const training = 'Did the freight train also carry sunflower oil?';
    const str = (name: string, value: string): FakeCommandOption => ({ name, type: 3, value });
    const edit = fake.slashCommand(
      fake.createUser('editor'),
      'kb',
      [
        {
          name: 'questions',
          type: 2,
          options: [{ name: 'add', type: 1, options: [str('entry', 'horse-train'), str('language', 'en'), str('question', training)] }],
        },
      ],
      { guild, permissions: String(1115136 | Number(MANAGE_GUILD)) },
    );
    await fake.callbackOf(edit);
    const done = await fake.rest.waitFor((c) => c.method === 'PATCH' && c.path.includes(`/${edit.token}/messages/`), 'the /kb reply');
    expect(done.body.content).toContain('horse-train');

    const pool = [
      'Did the train carry horses?',
      'Hvem tok satellittbildene?',
      'What is the capital of Australia?',
      'Hvor gikk toget?',
      'Who accused North Korea?',
    ];
    const replies: Array<{ id: number; question: string; at: number }> = [];
    const asker = fake.createUser('asker');
    for (let i = 0; i < 15; i++) {
      const question = `${pool[i % pool.length]} (${i})`;
      const reply = await fake.replyTo(fake.postMessage({ author: asker, guild, content: fake.mention(question), mentions: [fake.botUser] }));
      const vote = JSON.stringify(reply.body.components).match(/factbot:vote:(\d+):1/);
      expect(vote, 'the answer has vote buttons').toBeTruthy();
      replies.push({ id: Number(vote![1]), question, at: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    bot.child.kill('SIGKILL');
    const killedAt = Date.now();
    expect(await bot.exited).toBe('SIGKILL');

    const db = openDatabase(bot.dbFile);
    try {
      const stored = new Map((db.prepare(`SELECT id, question FROM asked_questions`).all() as Row[]).map((r) => [r.id, r.question]));
      const older = replies.filter((r) => killedAt - r.at > 1000);
      expect(older.length).toBeGreaterThan(5);
      for (const r of older) expect(stored.get(r.id)).toBe(r.question);
      // Whatever was stored of the last second is stored under the id its buttons carry.
      for (const r of replies) if (stored.has(r.id)) expect(stored.get(r.id)).toBe(r.question);
      expect(db.prepare(`SELECT count(*) AS n FROM entry_questions WHERE entry_id = 'horse-train' AND text = ?`).get(training)).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});
