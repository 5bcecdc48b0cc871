import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { QuestionRetention } from '../../src/app/question-retention.js';
import { FeedbackRepository } from '../../src/storage/feedback-repository.js';
import { PrivacyRepository } from '../../src/storage/privacy-repository.js';
import { adminError, useAdminDb, type AdminHandle } from '../support/admin-db.js';
import { runCli } from '../support/run-cli.js';

const ALICE = '111111111111111111';
const BOB = '222222222222222222';
const CHANNEL = '444444444444444444';

function ask(h: AdminHandle, userId: string, question: string, askedAt?: string): number {
  const id = new FeedbackRepository(h.db).recordQuestion({
    surface: 'mention',
    question,
    lang: 'en',
    kind: 'declined',
    intent: null,
    status: null,
    confidence: 0.1,
    guildId: '333333333333333333',
    channelId: CHANNEL,
    userId,
  });
  if (askedAt) h.db.prepare(`UPDATE asked_questions SET asked_at = ? WHERE id = ?`).run(askedAt, id);
  return id;
}

const row = (h: AdminHandle, id: number) => h.db.prepare(`SELECT question, user_id, channel_id, guild_id FROM asked_questions WHERE id = ?`).get(id);

describe('privacy: retention and erasure on request', () => {
  const dbs = useAdminDb();

  it('retention removes user and channel ids (and voters) from older questions in small batches; the wording and votes stay', async () => {
    const h = dbs.open();
    const old = Array.from({ length: 450 }, (_, i) => ask(h, ALICE, `Old question ${i}?`, '2020-01-01T00:00:00.000Z'));
    const recent = ask(h, BOB, 'A recent question?');
    const feedback = new FeedbackRepository(h.db);
    feedback.recordFeedback(old[0]!, BOB, false);
    h.db.prepare(`UPDATE answer_feedback SET updated_at = '2020-01-02T00:00:00.000Z'`).run();
    feedback.recordFeedback(recent, ALICE, false);
    const batches: number[] = [];
    const privacy = new PrivacyRepository(h.db);
    const counting = {
      retainBatch: (cutoff: string, now: string) => {
        const n = privacy.retainBatch(cutoff, now);
        batches.push(n);
        return n;
      },
    } as PrivacyRepository;
    const rows = await new QuestionRetention(counting, 90).run();
    expect(rows).toBe(451);
    expect(batches.length).toBeGreaterThan(2); // small transactions, not one big one
    expect(row(h, old[0]!)).toEqual({ question: 'Old question 0?', user_id: null, channel_id: null, guild_id: '333333333333333333' });
    expect(row(h, recent)).toMatchObject({ user_id: BOB, channel_id: CHANNEL });
    // Votes still count; the old one no longer says who.
    expect(feedback.feedbackCounts(old[0]!)).toEqual({ useful: 0, notUseful: 1 });
    const voters = h.db.prepare(`SELECT user_id FROM answer_feedback ORDER BY question_id`).all() as Array<{ user_id: string }>;
    expect(voters.map((v) => v.user_id)).toEqual([expect.stringMatching(/^retained:/), ALICE]);
    expect(h.db.prepare(`SELECT count(*) AS n FROM asked_questions WHERE question LIKE '%question%'`).get()).toEqual({ n: 451 });
    expect(await new QuestionRetention(privacy, 90).run()).toBe(0); // done once
  });

  it("forget-user erases one person's questions and votes and their name in history, and nobody else's", async () => {
    const h = dbs.open();
    const alices = [ask(h, ALICE, 'Who is Alice?'), ask(h, ALICE, 'Where does Alice live?')];
    const bobs = ask(h, BOB, 'Who is Bob?');
    new FeedbackRepository(h.db).recordFeedback(bobs, ALICE, false);
    new FeedbackRepository(h.db).recordFeedback(alices[0]!, BOB, true);
    h.admin.entries.retire(discordActor(ALICE), 'horse-train');
    h.admin.entries.retire(discordActor(BOB), 'kim-horses');
    expect(h.admin.privacy.forgetUser(ALICE)).toEqual({ questions: 2, votes: 1, historyEntries: 1 });
    expect(alices.map((id) => row(h, id))).toEqual([undefined, undefined]);
    expect(row(h, bobs)).toMatchObject({ question: 'Who is Bob?', user_id: BOB });
    expect(h.db.prepare(`SELECT count(*) AS n FROM answer_feedback WHERE user_id = ?`).get(ALICE)).toEqual({ n: 0 });
    expect(h.admin.history.list().map((c) => `${c.actor.kind}:${c.actor.id}`)).toEqual([`discord:${BOB}`, 'discord:forgotten']);
    expect(adminError(() => h.admin.privacy.forgetUser('alice')).key).toBe('admin.error.notAUserId');

    // The command line does the same (spawned).
    ask(h, BOB, 'Bob asks again?');
    const result = await runCli(['kb', 'forget-user', BOB], { env: { FACTBOT_DB: h.file, LANG: 'C' } });
    expect(result.code, result.stderr).toBe(0);
    // (Bob's vote was on a question of Alice's, erased with it.)
    expect(result.stdout).toContain("Erased the user's data: 2 stored questions, 0 votes; 1 history entries no longer name them.");
    expect(h.db.prepare(`SELECT count(*) AS n FROM asked_questions`).get()).toEqual({ n: 0 });
    const bad = await runCli(['kb', 'forget-user', 'bob'], { env: { FACTBOT_DB: h.file, LANG: 'C' } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"bob" is not a Discord user id');
  });
});
