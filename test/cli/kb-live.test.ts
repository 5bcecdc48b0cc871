import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { openDatabase } from '../../src/storage/database.js';
import { useAdminDb } from '../support/admin-db.js';
import { useLineProcesses } from '../support/line-process.js';
import { runCli } from '../support/run-cli.js';

interface WatchLine {
  event: 'ready' | 'retrained';
  revision: number;
  pickedUpAt: string;
  retrainMs: number | null;
  changes: Array<{ id: number; at: string; action: string }>;
  answer?: { intent: string | null; answer: string };
}

describe('changes between processes (spawned)', () => {
  const dbs = useAdminDb();
  const start = useLineProcesses();

  it('a second, long-running process picks up a change made by another process within a second, without a question', async () => {
    const file = dbs.file();
    const question = 'Was a zeppelin seen over the bridge?';
    const watcher = start(['kb', 'watch', '--json', '--interval', '100', '--ask', question], { FACTBOT_DB: file });
    const ready = JSON.parse(await watcher.waitFor((l) => l.includes('"ready"'), { timeoutMs: 15_000 })) as WatchLine;
    expect(ready.answer!.intent).toBeNull();

    // First process: the command line adds an entry.
    const source = dbs.open(file).admin.sources.list()[0]!.id;
    const added = await runCli(
      [
        'kb',
        'entries',
        'add',
        '--json',
        '--id',
        'zeppelin-sighting',
        '--status',
        'refuted',
        '--title-nb',
        'Zeppeliner over broen',
        '--title-en',
        'Zeppelin over the bridge',
        '--answer-nb',
        'Ingen zeppeliner ble sett.',
        '--answer-en',
        'No zeppelin was seen.',
        '--source',
        source,
        '--question-en',
        question,
      ],
      { env: { FACTBOT_DB: file } },
    );
    expect(added.code, added.stderr).toBe(0);
    const changeId = (JSON.parse(added.stdout) as { change: { id: number } }).change.id;
    const seen = JSON.parse(await watcher.waitFor((l) => l.includes(`"id":${changeId},`))) as WatchLine;
    expect(seen.answer).toMatchObject({ intent: 'zeppelin-sighting', answer: expect.stringContaining('No zeppelin was seen.') });

    // More changes from this (test) process: measure pickup = retrained in the watcher − committed here.
    const pickups = [Date.parse(seen.pickedUpAt) - Date.parse(seen.changes[0]!.at)];
    const retrains = [seen.retrainMs!];
    const writer = dbs.open(file);
    for (const status of ['unproven', 'refuted', 'unknown'] as const) {
      const { change } = writer.admin.entries.edit(discordActor('111111111111111111'), 'zeppelin-sighting', { status });
      const line = JSON.parse(await watcher.waitFor((l) => l.includes(`"id":${change!.id},`))) as WatchLine;
      pickups.push(Date.parse(line.pickedUpAt) - Date.parse(change!.at));
      retrains.push(line.retrainMs!);
    }
    const noticed = pickups.map((ms, i) => Math.round(ms - retrains[i]!));
    console.info(
      `cross-process pickup (poll every 100 ms): noticed after ${noticed.join(', ')} ms; retrained after ${pickups.join(', ')} ms ` +
        `(retrain ${retrains.join(', ')} ms)`,
    );
    // Noticing is the poll; retraining takes what it takes on a busy machine, so the median is checked.
    for (const ms of noticed) expect(ms).toBeLessThan(1000);
    expect([...pickups].sort((a, b) => a - b)[Math.floor(pickups.length / 2)]).toBeLessThan(1000);
  });

  it('kill -9 in the middle of a stream of admin writes leaves a sound database holding every change reported as done', async () => {
    const file = dbs.file();
    const batch = start(['kb', 'batch'], { FACTBOT_DB: file });
    const texts = Array.from({ length: 3000 }, (_, i) => `kill test question ${i}`);
    for (const [i, text] of texts.entries())
      batch.send(
        JSON.stringify(
          i % 3 === 2
            ? { op: 'entries.edit', id: 'horse-train', patch: { answer: { en: `kill test answer ${i}` } } }
            : { op: 'questions.add', entry: 'kim-horses', lang: 'en', text },
        ),
      );
    await batch.waitFor(() => batch.lines.length >= 60, { timeoutMs: 20_000 });
    batch.child.kill('SIGKILL');
    await batch.exited;
    const done = batch.lines.map((l) => JSON.parse(l) as { line: number; ok: boolean; change: number | null });
    expect(done.length).toBeGreaterThanOrEqual(60);
    expect(done.length).toBeLessThan(texts.length);
    expect(done.every((d) => d.ok)).toBe(true);

    const raw = new BetterSqlite3(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const db = openDatabase(file);
    const questions = new Set(
      (db.prepare(`SELECT text FROM entry_questions WHERE entry_id = 'kim-horses'`).all() as Array<{ text: string }>).map((r) => r.text),
    );
    const changes = new Set((db.prepare(`SELECT id FROM kb_changes`).all() as Array<{ id: number }>).map((r) => r.id));
    for (const d of done) {
      expect(changes.has(d.change!), `change ${d.change}`).toBe(true);
      if ((d.line - 1) % 3 !== 2) expect(questions.has(texts[d.line - 1]!), `line ${d.line}`).toBe(true);
    }
    const lastEdit = done.filter((d) => (d.line - 1) % 3 === 2).at(-1)!;
    const answer = (db.prepare(`SELECT answer_en FROM entries WHERE id = 'horse-train'`).get() as { answer_en: string }).answer_en;
    expect(Number(/kill test answer (\d+)/.exec(answer)![1])).toBeGreaterThanOrEqual(lastEdit.line - 1);
    db.close();
  });
});
