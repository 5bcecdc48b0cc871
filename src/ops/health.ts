import BetterSqlite3 from 'better-sqlite3';

export interface ShardHealth {
  id: number;
  /** discord.js's status name (Ready, Connecting, Reconnecting …), or "no report" from a shard process. */
  status: string;
  connected: boolean;
}

/** What /healthz answers: 200 with status "ok", else 503 with the reasons. */
export interface HealthReport {
  status: 'ok' | 'unavailable';
  reasons: string[];
  uptimeSeconds: number;
  database: { ok: boolean; revision: number | null };
  engine: { ok: boolean; revision: number | null };
  gateway: { ok: boolean; shards: ShardHealth[] };
}

/**
 * Whether the database file opens and holds a knowledge base: a fresh read-only connection, so a
 * deleted file or a lost volume shows (an open connection would still read the old file).
 */
export function checkDatabase(file: string): { ok: boolean; revision: number | null; problem?: string } {
  try {
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, timeout: 1000 });
    try {
      const row = db.prepare(`SELECT value FROM kb_meta WHERE key = 'revision'`).get() as { value: string } | undefined;
      return row ? { ok: true, revision: Number(row.value) } : { ok: false, revision: null, problem: 'no knowledge base in it' };
    } finally {
      db.close();
    }
  } catch (error) {
    return { ok: false, revision: null, problem: (error as Error).message };
  }
}

export interface HealthParts {
  database: ReturnType<typeof checkDatabase>;
  /** The revision the engine answers from; null when it is not loaded. */
  engineRevision: number | null;
  shards: ShardHealth[];
}

/** One report from the checks; every failed check adds a reason. */
export function healthReport(parts: HealthParts): HealthReport {
  const reasons: string[] = [];
  if (!parts.database.ok) reasons.push(`database: ${parts.database.problem ?? 'does not open'}`);
  if (parts.engineRevision === null) reasons.push('engine: not loaded');
  if (parts.shards.length === 0) reasons.push('gateway: not connected yet');
  for (const s of parts.shards) if (!s.connected) reasons.push(`gateway shard ${s.id}: ${s.status}`);
  return {
    status: reasons.length ? 'unavailable' : 'ok',
    reasons,
    uptimeSeconds: Math.round(process.uptime()),
    database: { ok: parts.database.ok, revision: parts.database.revision },
    engine: { ok: parts.engineRevision !== null, revision: parts.engineRevision },
    gateway: { ok: parts.shards.length > 0 && parts.shards.every((s) => s.connected), shards: parts.shards },
  };
}
