import type { Database } from 'better-sqlite3';
import { utcNow } from './clock.js';

/**
 * Saved engine models, as opaque JSON. One is valid only for the knowledge-base revision and the
 * analysis code (fingerprint) it was made with; older ones are dropped when a new one is saved.
 */
export class EngineModelCacheRepository {
  constructor(private readonly db: Database) {}

  read(fingerprint: string, revision: number): string | undefined {
    const row = this.db.prepare(`SELECT model FROM engine_model_cache WHERE fingerprint = ? AND revision = ?`).get(fingerprint, revision) as
      { model: string } | undefined;
    return row?.model;
  }

  write(fingerprint: string, revision: number, model: string): void {
    this.db.transaction(() => {
      this.db.prepare(`DELETE FROM engine_model_cache`).run();
      this.db
        .prepare(`INSERT INTO engine_model_cache (fingerprint, revision, model, created_at) VALUES (?, ?, ?, ?)`)
        .run(fingerprint, revision, model, utcNow());
    })();
  }
}
