import { describe, expect, it } from 'vitest';
import { HistoryRepository } from '../../src/storage/history-repository.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { useAdminDb } from '../support/admin-db.js';

describe('migration 3: history', () => {
  const dbs = useAdminDb();

  it('comes right after migration 2 and creates STRICT tables', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(MIGRATIONS.findIndex((m) => m.version === 3)).toBe(2);
    const { db } = dbs.open();
    for (const table of ['kb_changes', 'kb_change_parts', 'review_decisions']) {
      const row = db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).get(table) as { sql: string };
      expect(row.sql, table).toMatch(/STRICT\s*$/);
    }
  });

  it('rejects timestamps that are not UTC, unknown actors and invalid JSON', () => {
    const { db } = dbs.open();
    const insert = db.prepare(`INSERT INTO kb_changes (at, actor_kind, actor_id, action, revision) VALUES (?, ?, ?, 'x', 1)`);
    expect(() => insert.run('2026-01-01T10:00:00+02:00', 'cli', 'a')).toThrow(/CHECK/);
    expect(() => insert.run('2026-01-01T10:00:00.000Z', 'slack', 'a')).toThrow(/CHECK/);
    const id = Number(insert.run('2026-01-01T10:00:00.000Z', 'cli', 'a').lastInsertRowid);
    expect(() => db.prepare(`INSERT INTO kb_change_parts (change_id, seq, kind, key, before_json) VALUES (?, 0, 'entry', 'e', '{oops')`).run(id)).toThrow(
      /CHECK/,
    );
  });
});

describe('HistoryRepository', () => {
  const dbs = useAdminDb();

  it('stores and reads changes with their parts, newest first, with filters and paging', () => {
    const { db } = dbs.open();
    const history = new HistoryRepository(db);
    const at = '2026-01-01T10:00:00.000Z';
    const a = history.record({
      at,
      actor: { kind: 'cli', id: 'ann' },
      action: 'entry.edit',
      undoes: null,
      revision: 2,
      parts: [{ kind: 'entry', key: 'x', before: { status: 'reported' }, after: { status: 'confirmed' } }],
    });
    const b = history.record({
      at,
      actor: { kind: 'discord', id: '123456789012345678' },
      action: 'source.add',
      undoes: null,
      revision: 3,
      parts: [{ kind: 'source', key: 's', before: null, after: { id: 's' } }],
    });
    const c = history.record({
      at,
      actor: { kind: 'cli', id: 'ann' },
      action: 'undo',
      undoes: a,
      revision: 4,
      parts: [{ kind: 'entry', key: 'x', before: { status: 'confirmed' }, after: { status: 'reported' } }],
    });
    expect(history.list().map((x) => x.id)).toEqual([c, b, a]);
    expect(history.list({ limit: 1, beforeId: c }).map((x) => x.id)).toEqual([b]);
    expect(history.list({ actor: { kind: 'cli', id: 'ann' } }).map((x) => x.id)).toEqual([c, a]);
    expect(history.list({ target: { kind: 'source', key: 's' } }).map((x) => x.id)).toEqual([b]);
    expect(history.get(b)).toMatchObject({ parts: [{ kind: 'source', key: 's', before: null, after: { id: 's' } }] });
    expect(history.laterTouching(a, [{ kind: 'entry', key: 'x' }]).map((x) => x.id)).toEqual([c]);
    expect(history.undoneBy(a)).toBe(c);
    expect(history.undoneBy(b)).toBeNull();
  });
});
