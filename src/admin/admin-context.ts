import type { LiveEngine } from '../app/live-engine.js';
import type { HistoryRepository } from '../storage/history-repository.js';
import type { KbRecordsRepository } from '../storage/kb-records-repository.js';
import type { KnowledgeRepository } from '../storage/knowledge-repository.js';
import type { ReviewRepository } from '../storage/review-repository.js';
import type { ChangeWriter } from './change-writer.js';
import type { TargetStore } from './target-store.js';

/** What the parts of the admin service share: repositories, the change writer and the engine. */
export interface AdminContext {
  records: KbRecordsRepository;
  kb: KnowledgeRepository;
  history: HistoryRepository;
  reviews: ReviewRepository;
  store: TargetStore;
  writer: ChangeWriter;
  /** The process's live engine: retrained after each change, and used for previews. */
  engine: LiveEngine | undefined;
  now: () => string;
}
