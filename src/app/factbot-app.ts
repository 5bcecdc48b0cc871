import type { Database } from 'better-sqlite3';
import type { Config } from '../config/env.js';
import { createTranslator, type Translate } from '../i18n/translator.js';
import type { KnowledgeRepository } from '../storage/knowledge-repository.js';
import { EngineModelCacheRepository } from '../storage/engine-model-cache-repository.js';
import { engineFingerprint } from './engine-fingerprint.js';
import { LiveEngine, type LiveEngineOptions } from './live-engine.js';
import { openKnowledgeBase, readLexicon, readLexiconText } from './open-knowledge-base.js';
import { QuestionLog, type QuestionLogOptions } from './question-log.js';
import { openQuestionLogDatabase } from '../storage/database.js';
import { PrivacyRepository } from '../storage/privacy-repository.js';
import { QuestionRetention, type RetentionReport } from './question-retention.js';

/** Everything the adapters (CLI, Discord) share, wired once and passed in explicitly. */
export interface FactbotApp {
  db: Database;
  repository: KnowledgeRepository;
  engine: LiveEngine;
  translate: Translate;
  /**
   * The question log (opened at the first call, on its own connection; later calls return it):
   * what adapters that record questions use. close() writes what it still holds.
   */
  questionLog(options?: QuestionLogOptions): QuestionLog;
  /** FACTBOT_RETENTION_DAYS applied to the stored questions (start() it). */
  retention(days: number, report?: RetentionReport): QuestionRetention;
  close(): void;
}

/** `engine`: how the engine is built (a bot prepares it for its first members; see LiveEngineOptions). */
export function createApp(config: Pick<Config, 'FACTBOT_DB'>, options: { engine?: LiveEngineOptions } = {}): FactbotApp {
  const { db, repository } = openKnowledgeBase(config.FACTBOT_DB);
  const translate = createTranslator();
  const lexiconJson = readLexiconText();
  const engine = new LiveEngine(
    repository,
    readLexicon(),
    translate,
    { repository: new EngineModelCacheRepository(db), fingerprint: engineFingerprint(lexiconJson) },
    options.engine,
  );
  let log: QuestionLog | undefined;
  return {
    db,
    repository,
    engine,
    translate,
    questionLog: (options) =>
      // An in-memory database cannot be opened twice: its log shares the one connection.
      (log ??= new QuestionLog(config.FACTBOT_DB === ':memory:' ? db : openQuestionLogDatabase(config.FACTBOT_DB), options)),
    retention: (days, report) => new QuestionRetention(new PrivacyRepository(db), days, report),
    close: () => {
      if (log && config.FACTBOT_DB !== ':memory:') log.close();
      else log?.flush();
      if (db.open) db.close();
    },
  };
}
