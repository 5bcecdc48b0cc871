import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { useAdminDb } from '../support/admin-db.js';
import { useLineProcesses } from '../support/line-process.js';

interface Done {
  line: number;
  ok: boolean;
  change: number | null;
}

describe('kill -9 over and over during admin writes (spawned)', () => {
  const dbs = useAdminDb();
  const start = useLineProcesses();

  it('24 rounds of `kb batch` killed at different moments: the database stays sound and holds every change reported as done', async () => {
    const file = dbs.file();
    const reported: Array<{ change: number; question?: string; answer?: number }> = [];
    let serial = 0;
    for (let round = 0; round < 24; round++) {
      const batch = start(['kb', 'batch'], { FACTBOT_DB: file });
      const sent: Array<{ question?: string; answer?: number }> = [];
      for (let i = 0; i < 400; i++) {
        serial++;
        if (i % 4 === 3) {
          sent.push({ answer: serial });
          batch.send(JSON.stringify({ op: 'entries.edit', id: 'horse-train', patch: { answer: { en: `kill loop answer ${serial}` } } }));
        } else {
          const question = `kill loop question ${serial}`;
          sent.push({ question });
          batch.send(JSON.stringify({ op: 'questions.add', entry: 'kim-horses', lang: 'en', text: question }));
        }
      }
      // Killed after a different number of reported changes each round (1 to 12).
      const wanted = 1 + ((round * 5) % 12);
      await batch.waitFor(() => batch.lines.length >= wanted, { timeoutMs: 20_000 });
      batch.child.kill('SIGKILL');
      await batch.exited;
      for (const line of batch.lines) {
        const done = JSON.parse(line) as Done;
        expect(done.ok).toBe(true);
        reported.push({ change: done.change!, ...sent[done.line - 1]! });
      }
    }
    expect(reported.length).toBeGreaterThanOrEqual(24);

    const raw = new BetterSqlite3(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const db = openDatabase(file);
    try {
      const questions = new Set((db.prepare(`SELECT text FROM entry_questions WHERE entry_id = 'kim-horses'`).all() as Array<{ text: string }>).map((r) => r.text));
      const changes = new Set((db.prepare(`SELECT id FROM kb_changes`).all() as Array<{ id: number }>).map((r) => r.id));
      for (const r of reported) {
        expect(changes.has(r.change), `change #${r.change}`).toBe(true);
        if (r.question) expect(questions.has(r.question), r.question).toBe(true);
      }
      // The answer is the last reported edit's, or a later one that was written but not yet reported.
      const lastEdit = reported.filter((r) => r.answer !== undefined).at(-1)!.answer!;
      const answer = (db.prepare(`SELECT answer_en FROM entries WHERE id = 'horse-train'`).get() as { answer_en: string }).answer_en;
      expect(Number(/kill loop answer (\d+)/.exec(answer)![1])).toBeGreaterThanOrEqual(lastEdit);
    } finally {
      db.close();
    }
  }, 90_000);
});
