import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { DATA_DIR } from '../config/project-paths.js';
import type { LexiconFile } from '../engine/analysis/lexicon.js';
import { readWordRanks } from './read-word-ranks.js';
import type * as SeedFilesModule from '../kb/seed-files.js';
import { openDatabase } from '../storage/database.js';
import { KnowledgeRepository } from '../storage/knowledge-repository.js';

// Seeding validates data/ with the knowledge-base schema (zod, a noticeable part of a start):
// built, it is required (an ES module: Node ≥ 20.19) only when a new database is seeded; run from
// source (tests), where require cannot load TypeScript, it is imported up front.
const fromSource = import.meta.url.endsWith('.ts') ? await import('../kb/seed-files.js') : undefined;
const require = createRequire(import.meta.url);
const seedFiles = (): typeof SeedFilesModule => fromSource ?? (require('../kb/seed-files.js') as typeof SeedFilesModule);

export interface KnowledgeBaseHandle {
  db: Database;
  repository: KnowledgeRepository;
}

/**
 * Opens the database file, creating, migrating and seeding it from data/ the first time. Later
 * opens keep what admins changed.
 */
export function openKnowledgeBase(file: string, dataDir: string = DATA_DIR): KnowledgeBaseHandle {
  const db = openDatabase(file);
  const repository = new KnowledgeRepository(db);
  if (repository.needsSeed()) {
    // Two processes opening a new file at once: the write lock decides who seeds.
    db.transaction(() => {
      if (repository.needsSeed()) repository.replaceAll(seedFiles().loadSeedFiles(dataDir));
    }).immediate();
  }
  return { db, repository };
}

export function readLexiconText(dataDir: string = DATA_DIR): string {
  return fs.readFileSync(path.join(dataDir, 'lexicon.json'), 'utf8');
}

/** The lexicon with the everyday word ranks it is used with. */
export function readLexicon(dataDir: string = DATA_DIR): LexiconFile {
  return { ...(JSON.parse(readLexiconText(dataDir)) as LexiconFile), wordRanks: readWordRanks(dataDir) };
}
