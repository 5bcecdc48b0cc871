import type { Database } from 'better-sqlite3';
import { utcNow } from './clock.js';

/** One saved build: the model as JSON and, when saved with it, the assembled matcher as bytes. */
export interface SavedModelRow {
  model: string;
  matcher?: Buffer;
}

/**
 * Saved engine models, as opaque JSON (and bytes). One is valid only for the knowledge-base
 * revision and the analysis code (fingerprint) it was made with; older ones are dropped when a
 * new one is saved.
 */
export class EngineModelCacheRepository {
  constructor(private readonly db: Database) {}

  read(fingerprint: string, revision: number): SavedModelRow | undefined {
    const row = this.db.prepare(`SELECT model, matcher FROM engine_model_cache WHERE fingerprint = ? AND revision = ?`).get(fingerprint, revision) as
      { model: string; matcher: Buffer | null } | undefined;
    return row && { model: row.model, ...(row.matcher ? { matcher: row.matcher } : {}) };
  }

  write(fingerprint: string, revision: number, saved: SavedModelRow): void {
    this.db.transaction(() => {
      this.db.prepare(`DELETE FROM engine_model_cache`).run();
      this.db
        .prepare(`INSERT INTO engine_model_cache (fingerprint, revision, model, matcher, created_at) VALUES (?, ?, ?, ?, ?)`)
        .run(fingerprint, revision, saved.model, saved.matcher ?? null, utcNow());
    })();
  }
}
