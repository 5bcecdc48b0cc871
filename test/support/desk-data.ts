import { openKnowledgeBase } from '../../src/app/open-knowledge-base.js';
import type { Lang } from '../../src/kb/languages.js';
import { FeedbackRepository } from '../../src/storage/feedback-repository.js';

/** Questions as the bot records them (asked in Discord), written into a test database. */
export function recordAsked(
  file: string,
  questions: Array<{
    question: string;
    lang: Lang;
    intent?: string | null;
    suggestions?: string[];
    /** One of the suggestions, picked by the asker. */
    picked?: string;
    notUsefulVotes?: number;
    usefulVotes?: number;
    askedAt?: string;
  }>,
): number[] {
  const { db } = openKnowledgeBase(file);
  try {
    const feedback = new FeedbackRepository(db);
    return questions.map((q) => {
      const id = feedback.recordQuestion({
        surface: 'mention',
        question: q.question,
        lang: q.lang,
        kind: q.intent ? 'entry' : 'declined',
        intent: q.intent ?? null,
        status: null,
        confidence: q.intent ? 0.9 : 0.1,
        guildId: '100000000000000001',
        channelId: '100000000000000002',
        ...(q.suggestions ? { suggestions: q.suggestions } : {}),
      });
      // Test data from earlier days (the repository stamps "now").
      if (q.picked) feedback.recordPick(id, q.picked);
      if (q.askedAt) db.prepare(`UPDATE asked_questions SET asked_at = ? WHERE id = ?`).run(q.askedAt, id);
      for (let i = 0; i < (q.notUsefulVotes ?? 0); i++) feedback.recordFeedback(id, `20000000000000000${i}`, false);
      for (let i = 0; i < (q.usefulVotes ?? 0); i++) feedback.recordFeedback(id, `30000000000000000${i}`, true);
      return id;
    });
  } finally {
    db.close();
  }
}
