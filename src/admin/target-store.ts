import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { TargetKind } from '../storage/history-repository.js';
import type { EntryRecord, KbRecordsRepository, SourceRecord } from '../storage/kb-records-repository.js';
import type { KnowledgeRepository } from '../storage/knowledge-repository.js';
import type { ReviewDecision, ReviewQueue, ReviewRepository } from '../storage/review-repository.js';
import { LocalizedError } from '../errors/localized-error.js';
import { isContractId } from './contract-ids.js';

/** A review-queue record's key in history: "unanswered:17", "feedback:42". */
export function reviewKey(queue: ReviewQueue, recordId: number): string {
  return `${queue}:${recordId}`;
}

function parseReviewKey(key: string): { queue: ReviewQueue; recordId: number } {
  const [queue, id] = key.split(':');
  return { queue: queue as ReviewQueue, recordId: Number(id) };
}

/**
 * Reads and writes any record a change can touch, by kind and key, as whole snapshots: what the
 * change writer stores in history and what undo puts back. Call inside a transaction.
 */
export class TargetStore {
  constructor(
    private readonly records: KbRecordsRepository,
    private readonly kb: KnowledgeRepository,
    private readonly reviews: ReviewRepository,
    private readonly now: () => string,
  ) {}

  read(kind: TargetKind, key: string): unknown {
    switch (kind) {
      case 'entry':
        return this.records.getEntry(key);
      case 'source':
        return this.records.getSource(key);
      case 'review': {
        const { queue, recordId } = parseReviewKey(key);
        return this.reviews.getDecision(queue, recordId);
      }
      case 'kb':
        return this.kb.load();
    }
  }

  write(kind: TargetKind, key: string, before: unknown, after: unknown): void {
    switch (kind) {
      case 'entry':
        if (before === null) this.records.insertEntry(after as EntryRecord);
        else if (after === null) {
          if (isContractId(key)) throw new LocalizedError('admin.error.contractIdProtected', { id: key });
          this.records.deleteEntry(key);
        } else this.records.updateEntry(after as EntryRecord);
        return;
      case 'source':
        if (before === null) this.records.insertSource(after as SourceRecord);
        else if (after === null) {
          const citing = this.records.entriesCiting(key);
          if (citing.length) throw new LocalizedError('admin.error.sourceInUse', { id: key, entries: citing.join(', ') });
          this.records.deleteSource(key);
        } else this.records.updateSource(after as SourceRecord);
        return;
      case 'review': {
        const { queue, recordId } = parseReviewKey(key);
        if (after === null) this.reviews.clearDecision(queue, recordId);
        else if (!this.reviews.askedQuestionExists(recordId)) throw new LocalizedError('admin.error.reviewNotFound', { id: recordId });
        else this.reviews.setDecision(queue, recordId, after as ReviewDecision, this.now());
        return;
      }
      case 'kb':
        this.kb.replaceAll(after as KnowledgeBase);
        return;
    }
  }
}
