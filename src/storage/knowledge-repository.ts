import type { Database, Statement } from 'better-sqlite3';
import type { Entry, KnowledgeBase, Source } from '../kb/knowledge-base.js';
import type { Lang } from '../kb/languages.js';
import { utcNow } from './clock.js';
import { KbRecordsRepository, type EntryRecord } from './kb-records-repository.js';

/** What changed in the knowledge base since a revision, read in one transaction (see `changesSince`). */
export interface KnowledgeBaseChanges {
  revision: number;
  /** Every entry id, in the knowledge base's order. */
  order: string[];
  /** The changed entries that still exist, as `load` gives them. */
  entries: Entry[];
  /** The conversation and out-of-scope examples as they are now, when they changed. */
  examples?: Pick<KnowledgeBase, 'conversation' | 'outOfScope'>;
  /** Every source as it is now, when any changed. */
  sources?: Source[];
}

/**
 * The knowledge base as a whole: its revision, the conversation examples, and loading or replacing
 * everything at once. Entries and sources are read and written through KbRecordsRepository, which
 * owns those tables. All methods are synchronous.
 */
export class KnowledgeRepository {
  private readonly records: KbRecordsRepository;
  /** Prepared once: the bot reads the revision for every question (compiling it cost 4× running it). */
  private revisionStatement: Statement | undefined;

  constructor(
    private readonly db: Database,
    private readonly now: () => string = utcNow,
  ) {
    this.records = new KbRecordsRepository(db, now);
  }

  /** Bumped by every knowledge-base write; engines compare it to know when to retrain. */
  revision(): number {
    this.revisionStatement ??= this.db.prepare(`SELECT value FROM kb_meta WHERE key = 'revision'`);
    const row = this.revisionStatement.get() as { value: string };
    return Number(row.value);
  }

  /** The knowledge base and its revision, read in one transaction so they belong together. */
  snapshot(): { revision: number; kb: KnowledgeBase } {
    return this.db.transaction(() => ({ revision: this.revision(), kb: this.load() }))();
  }

  /** True until the database has been seeded once (later starts keep what admins changed). */
  needsSeed(): boolean {
    return this.db.prepare(`SELECT 1 FROM kb_meta WHERE key = 'seeded_at'`).get() === undefined;
  }

  load(): KnowledgeBase {
    return { entries: this.records.allEntries().map(asEntry), sources: this.records.allSources(), ...this.examples() };
  }

  /**
   * What changed since `revision` (an engine's), with the revision it brings: the changed records
   * only, and the order of every entry. Undefined when the revision went back (a database swapped
   * underneath): then only a whole snapshot is right.
   */
  changesSince(revision: number): KnowledgeBaseChanges | undefined {
    return this.db.transaction(() => {
      const now = this.revision();
      if (now < revision) return undefined;
      const changed = (this.db.prepare(`SELECT record FROM kb_changed_records WHERE revision >= ?`).all(revision) as Array<{ record: string }>).map(
        (r) => r.record,
      );
      const entryIds = changed.filter((id) => !id.startsWith('#'));
      return {
        revision: now,
        order: this.records.entryOrder(),
        entries: this.records.entriesByIds(entryIds).map(asEntry),
        ...(changed.includes('#conversation') ? { examples: this.examples() } : {}),
        ...(changed.includes('#sources') ? { sources: this.records.allSources() } : {}),
      };
    })();
  }

  private examples(): Pick<KnowledgeBase, 'conversation' | 'outOfScope'> {
    const examples = this.db.prepare(`SELECT intent, lang, text FROM conversation_examples ORDER BY id`).all() as Array<{
      intent: string;
      lang: Lang;
      text: string;
    }>;
    const conversation = new Map<string, { nb: string[]; en: string[] }>();
    const outOfScope = { nb: [] as string[], en: [] as string[] };
    for (const ex of examples) {
      if (ex.intent === 'out-of-scope') {
        outOfScope[ex.lang].push(ex.text);
        continue;
      }
      let list = conversation.get(ex.intent);
      if (!list) conversation.set(ex.intent, (list = { nb: [], en: [] }));
      list[ex.lang].push(ex.text);
    }
    return { conversation: [...conversation].map(([id, questions]) => ({ id: id as 'greeting', questions })), outOfScope };
  }

  /** Replaces the whole knowledge base in one transaction (seed, re-seed and import). */
  replaceAll(kb: KnowledgeBase): void {
    this.db.transaction(() => {
      this.records.replaceAll(kb.entries, kb.sources);
      this.db.exec(`DELETE FROM conversation_examples;`);
      const insertExample = this.db.prepare(`INSERT OR IGNORE INTO conversation_examples (intent, lang, text) VALUES (?, ?, ?)`);
      for (const intent of kb.conversation)
        for (const lang of ['nb', 'en'] as const) for (const q of intent.questions[lang]) insertExample.run(intent.id, lang, q);
      for (const lang of ['nb', 'en'] as const) for (const q of kb.outOfScope[lang]) insertExample.run('out-of-scope', lang, q);
      this.db.prepare(`INSERT OR REPLACE INTO kb_meta (key, value) VALUES ('seeded_at', ?)`).run(this.now());
      this.bumpRevision();
    })();
  }

  /** Call inside every knowledge-base write transaction. */
  bumpRevision(): void {
    this.db.prepare(`UPDATE kb_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision'`).run();
  }
}

/** Entries hold `retired` only when it is true, as in the file format. */
function asEntry({ retired, ...entry }: EntryRecord): Entry {
  return retired ? { ...entry, retired } : entry;
}
