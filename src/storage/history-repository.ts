import type { Database } from 'better-sqlite3';

/** What a change can touch: an entry, a source, a review-queue record, or the whole knowledge base. */
export type TargetKind = 'entry' | 'source' | 'review' | 'kb';

export interface ActorRef {
  kind: 'discord' | 'cli' | 'system';
  id: string;
  /** Where the change was made, when not where the kind says (a Discord user on the web desk). */
  surface?: 'desk';
}

export interface ChangePart {
  kind: TargetKind;
  key: string;
  /** null: the record did not exist before (it was created). */
  before: unknown;
  /** null: the record does not exist after (it was deleted). */
  after: unknown;
}

/** What a change did, as history stores it; `admin.action.<action>` in locales/ says it in words. */
export type ChangeAction =
  | 'entry.add'
  | 'entry.edit'
  | 'entry.retire'
  | 'entry.restore'
  | 'question.add'
  | 'question.remove'
  | 'source.add'
  | 'source.edit'
  | 'source.link'
  | 'source.unlink'
  | 'review.promote'
  | 'review.dismiss'
  | 'kb.import'
  | 'kb.reseed'
  | 'backup.restore'
  | 'undo';

export interface StoredChange {
  id: number;
  at: string;
  actor: ActorRef;
  action: ChangeAction;
  undoes: number | null;
  revision: number;
  parts: ChangePart[];
}

export interface HistoryFilter {
  limit?: number;
  /** Only changes with a smaller id (paging back). */
  beforeId?: number;
  /** Only changes touching this record. */
  target?: { kind: TargetKind; key: string };
  /** Only changes by this actor. */
  actor?: ActorRef;
}

interface ChangeRow {
  id: number;
  at: string;
  actor_kind: ActorRef['kind'];
  actor_id: string;
  action: ChangeAction;
  undoes: number | null;
  revision: number;
  surface: 'desk' | null;
}

/** The only place that reads and writes the history tables. */
export class HistoryRepository {
  constructor(private readonly db: Database) {}

  /** Call inside the transaction of the change itself. Returns the change's id. */
  record(change: Omit<StoredChange, 'id'>): number {
    const { lastInsertRowid } = this.db
      .prepare(`INSERT INTO kb_changes (at, actor_kind, actor_id, surface, action, undoes, revision) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(change.at, change.actor.kind, change.actor.id, change.actor.surface ?? null, change.action, change.undoes, change.revision);
    const id = Number(lastInsertRowid);
    const insert = this.db.prepare(`INSERT INTO kb_change_parts (change_id, seq, kind, key, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)`);
    change.parts.forEach((p, seq) => insert.run(id, seq, p.kind, p.key, toJson(p.before), toJson(p.after)));
    return id;
  }

  get(id: number): StoredChange | null {
    const row = this.db.prepare(`SELECT * FROM kb_changes WHERE id = ?`).get(id) as ChangeRow | undefined;
    return row ? this.withParts([row])[0]! : null;
  }

  /** Newest first. */
  list(filter: HistoryFilter = {}): StoredChange[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.beforeId !== undefined) {
      where.push('c.id < ?');
      params.push(filter.beforeId);
    }
    if (filter.target) {
      where.push(`EXISTS (SELECT 1 FROM kb_change_parts p WHERE p.change_id = c.id AND p.kind = ? AND p.key = ?)`);
      params.push(filter.target.kind, filter.target.key);
    }
    if (filter.actor) {
      where.push('c.actor_kind = ? AND c.actor_id = ?');
      params.push(filter.actor.kind, filter.actor.id);
    }
    const rows = this.db
      .prepare(`SELECT c.* FROM kb_changes c ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id DESC LIMIT ?`)
      .all(...params, filter.limit ?? 50) as ChangeRow[];
    return this.withParts(rows);
  }

  /** Changes after `id` that touched one of the targets, or replaced the whole knowledge base. */
  laterTouching(id: number, targets: ReadonlyArray<{ kind: TargetKind; key: string }>): StoredChange[] {
    const select = this.db.prepare(
      `SELECT DISTINCT c.* FROM kb_changes c JOIN kb_change_parts p ON p.change_id = c.id
       WHERE c.id > ? AND ((p.kind = ? AND p.key = ?) OR p.kind = 'kb') ORDER BY c.id`,
    );
    // A change of the whole knowledge base is touched by every later change to an entry or source.
    const anyContent = this.db.prepare(
      `SELECT DISTINCT c.* FROM kb_changes c JOIN kb_change_parts p ON p.change_id = c.id
       WHERE c.id > ? AND p.kind IN ('entry', 'source', 'kb') ORDER BY c.id`,
    );
    const byId = new Map<number, ChangeRow>();
    for (const t of targets) {
      const rows = (t.kind === 'kb' ? anyContent.all(id) : select.all(id, t.kind, t.key)) as ChangeRow[];
      for (const row of rows) byId.set(row.id, row);
    }
    return this.withParts([...byId.values()].sort((a, b) => a.id - b.id));
  }

  /** The latest change that undid `id`, if any. */
  undoneBy(id: number): number | null {
    const row = this.db.prepare(`SELECT max(id) AS id FROM kb_changes WHERE undoes = ?`).get(id) as { id: number | null };
    return row.id;
  }

  private withParts(rows: ChangeRow[]): StoredChange[] {
    const parts = this.db.prepare(`SELECT kind, key, before_json, after_json FROM kb_change_parts WHERE change_id = ? ORDER BY seq`);
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actor: { kind: row.actor_kind, id: row.actor_id, ...(row.surface ? { surface: row.surface } : {}) },
      action: row.action,
      undoes: row.undoes,
      revision: row.revision,
      parts: (parts.all(row.id) as Array<{ kind: TargetKind; key: string; before_json: string | null; after_json: string | null }>).map((p) => ({
        kind: p.kind,
        key: p.key,
        before: fromJson(p.before_json),
        after: fromJson(p.after_json),
      })),
    }));
  }
}

function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function fromJson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}
