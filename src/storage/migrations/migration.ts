import type { Database } from 'better-sqlite3';

/** One schema change. Versions are consecutive; each runs in its own transaction. */
export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}
