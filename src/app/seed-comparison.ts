import { isDeepStrictEqual } from 'node:util';
import { DATA_DIR } from '../config/project-paths.js';
import { loadSeedFiles } from '../kb/seed-files.js';
import type { KnowledgeRepository } from '../storage/knowledge-repository.js';

/**
 * Whether the database's knowledge base is no longer the one in data/ (an admin's edits, an import):
 * an evaluation then measures that knowledge base, which may hold the very questions being scored.
 */
export function differsFromSeed(repository: KnowledgeRepository, dataDir: string = DATA_DIR): boolean {
  return !isDeepStrictEqual(repository.load(), loadSeedFiles(dataDir));
}
