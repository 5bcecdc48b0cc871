import type { Database } from 'better-sqlite3';
import type { LiveEngine } from '../app/live-engine.js';
import type { Translate } from '../i18n/translator.js';
import { utcNow } from '../storage/clock.js';
import { HistoryRepository } from '../storage/history-repository.js';
import { PrivacyRepository } from '../storage/privacy-repository.js';
import { KbRecordsRepository } from '../storage/kb-records-repository.js';
import { KnowledgeRepository } from '../storage/knowledge-repository.js';
import { ReviewRepository } from '../storage/review-repository.js';
import type { AdminContext } from './admin-context.js';
import { BackupAdmin } from './backup-admin.js';
import { ChangeWriter } from './change-writer.js';
import { EntryAdmin } from './entry-admin.js';
import { EntryPreviewer } from './entry-preview.js';
import { HistoryAdmin } from './history-admin.js';
import { PrivacyAdmin } from './privacy-admin.js';
import { QuestionAdmin } from './question-admin.js';
import { ReviewAdmin } from './review-admin.js';
import { SourceAdmin } from './source-admin.js';
import { TargetStore } from './target-store.js';
import { TransferAdmin } from './transfer-admin.js';
import { UsageAdmin } from './usage-admin.js';
import { UsageRepository } from '../storage/usage-repository.js';

export interface AdminServiceParts {
  db: Database;
  /** Retrained right after each change, and answers previews; leave out for no engine at all. */
  engine?: LiveEngine;
  translate: Translate;
}

export interface AdminServiceOptions {
  /** Retrain the engine after each change (default true); batches turn it off and retrain on use. */
  eagerRetrain?: boolean;
  /** The clock every record, history entry and review decision is stamped with (UTC ISO 8601). */
  now?: () => string;
}

/**
 * Everything admins can do to the knowledge base, for every adapter (the `factbot kb` command line,
 * Discord's /kb). Methods that change something take the Actor, validate their input, and commit
 * the change with its history record in one transaction; they throw LocalizedError (locale keys) when
 * the request cannot be done, and then nothing changed. All synchronous except backup.
 */
export class AdminService {
  readonly entries: EntryAdmin;
  readonly questions: QuestionAdmin;
  readonly sources: SourceAdmin;
  readonly review: ReviewAdmin;
  readonly history: HistoryAdmin;
  readonly transfer: TransferAdmin;
  readonly backups: BackupAdmin;
  readonly usage: UsageAdmin;
  readonly previews: EntryPreviewer;
  readonly privacy: PrivacyAdmin;

  constructor(parts: AdminServiceParts, options: AdminServiceOptions = {}) {
    const now = options.now ?? utcNow;
    const kb = new KnowledgeRepository(parts.db, now);
    const records = new KbRecordsRepository(parts.db, now);
    const reviews = new ReviewRepository(parts.db);
    const history = new HistoryRepository(parts.db);
    const store = new TargetStore(records, kb, reviews, now);
    const writer = new ChangeWriter(parts.db, kb, history, store, parts.engine, now, {
      eagerRetrain: options.eagerRetrain ?? true,
    });
    const ctx: AdminContext = { records, kb, history, reviews, store, writer, engine: parts.engine, now };
    this.entries = new EntryAdmin(ctx);
    this.questions = new QuestionAdmin(ctx, this.entries);
    this.sources = new SourceAdmin(ctx, this.entries);
    this.review = new ReviewAdmin(ctx, this.questions);
    this.history = new HistoryAdmin(ctx);
    this.transfer = new TransferAdmin(ctx, parts.translate);
    this.backups = new BackupAdmin(ctx, parts.db, this.transfer);
    this.usage = new UsageAdmin(new UsageRepository(parts.db));
    this.previews = new EntryPreviewer(ctx, parts.translate);
    this.privacy = new PrivacyAdmin(new PrivacyRepository(parts.db));
  }
}
