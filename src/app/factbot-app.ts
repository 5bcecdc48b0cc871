import type { Database } from 'better-sqlite3';
import type { Config } from '../config/env.js';
import { createTranslator, type Translate } from '../i18n/translator.js';
import type { KnowledgeRepository } from '../storage/knowledge-repository.js';
import { EngineModelCacheRepository } from '../storage/engine-model-cache-repository.js';
import { engineFingerprint } from './engine-fingerprint.js';
import { LiveEngine } from './live-engine.js';
import { openKnowledgeBase, readLexicon, readLexiconText } from './open-knowledge-base.js';

/** Everything the adapters (CLI, Discord) share, wired once and passed in explicitly. */
export interface FactbotApp {
  db: Database;
  repository: KnowledgeRepository;
  engine: LiveEngine;
  translate: Translate;
  close(): void;
}

export function createApp(config: Pick<Config, 'FACTBOT_DB'>): FactbotApp {
  const { db, repository } = openKnowledgeBase(config.FACTBOT_DB);
  const translate = createTranslator();
  const lexiconJson = readLexiconText();
  const engine = new LiveEngine(repository, readLexicon(), translate, {
    repository: new EngineModelCacheRepository(db),
    fingerprint: engineFingerprint(lexiconJson),
  });
  return {
    db,
    repository,
    engine,
    translate,
    close: () => {
      if (db.open) db.close();
    },
  };
}
