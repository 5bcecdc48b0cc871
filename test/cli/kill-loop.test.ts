import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { useAdminDb } from '../support/admin-db.js';
import { useLineProcesses, type LineProcess } from '../support/line-process.js';

interface Done {
  line: number;
  ok: boolean;
  change: number | null;
}

interface Sent {
  question?: string;
  answer?: string;
}

describe('kill -9 over and over during admin writes (spawned)', () => {
  const dbs = useAdminDb();
  const start = useLineProcesses();

  it('24 `kb batch` processes (two at a time) killed at different moments: the database stays sound and holds every change reported as done', async () => {
    const file = dbs.file();
    const reported: Array<Sent & { change: number }> = [];
    let serial = 0;
    const writer = (): { batch: LineProcess; sent: Sent[] } => {
      const batch = start(['kb', 'batch'], { FACTBOT_DB: file });
      const sent: Sent[] = [];
      for (let i = 0; i < 300; i++) {
        serial++;
        if (i % 4 === 3) {
          const answer = `kill loop answer ${serial}`;
          sent.push({ answer });
          batch.send(JSON.stringify({ op: 'entries.edit', id: 'horse-train', patch: { answer: { en: answer } } }));
        } else {
          const question = `kill loop question ${serial}`;
          sent.push({ question });
          batch.send(JSON.stringify({ op: 'questions.add', entry: 'kim-horses', lang: 'en', text: question }));
        }
      }
      return { batch, sent };
    };
    for (let round = 0; round < 12; round++) {
      const pair = [writer(), writer()];
      // Killed after a different number of reported changes each time (1 to 12), while the other may be mid-write.
      await Promise.all(
        pair.map(async ({ batch }, i) => {
          const wanted = 1 + ((round * 5 + i * 7) % 12);
          await batch.waitFor(() => batch.lines.length >= wanted, { timeoutMs: 20_000 });
          batch.child.kill('SIGKILL');
          await batch.exited;
        }),
      );
      for (const { batch, sent } of pair)
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
      const questions = new Set(
        (db.prepare(`SELECT text FROM entry_questions WHERE entry_id = 'kim-horses'`).all() as Array<{ text: string }>).map((r) => r.text),
      );
      const part = db.prepare(`SELECT after_json FROM kb_change_parts WHERE change_id = ?`);
      for (const r of reported) {
        const after = part.get(r.change) as { after_json: string } | undefined;
        expect(after, `change #${r.change}`).toBeDefined();
        if (r.question) expect(questions.has(r.question), r.question).toBe(true);
        if (r.answer) expect(after!.after_json, `change #${r.change}`).toContain(r.answer);
      }
    } finally {
      db.close();
    }
  }, 90_000);
});
