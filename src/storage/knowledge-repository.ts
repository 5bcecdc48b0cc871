import type { Database } from 'better-sqlite3';
import type { Entry, KnowledgeBase, Source } from '../kb/knowledge-base.js';
import type { Lang } from '../kb/languages.js';
import type { Status } from '../kb/statuses.js';
import { utcNow } from './clock.js';
import { claimColumns, claimFromRow, sourceNameColumns, sourceNameFromRow, type EntryRow, type SourceRow } from './table-rows.js';



/** The only place that reads and writes the knowledge-base tables. All methods are synchronous. */
export class KnowledgeRepository {
  constructor(private readonly db: Database) {}

  /** Bumped by every knowledge-base write; engines compare it to know when to retrain. */
  revision(): number {
    const row = this.db.prepare(`SELECT value FROM kb_meta WHERE key = 'revision'`).get() as { value: string };
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
    const questions = this.db
      .prepare(`SELECT entry_id, lang, text FROM entry_questions ORDER BY id`)
      .all() as Array<{ entry_id: string; lang: Lang; text: string }>;
    const questionsByEntry = new Map<string, { nb: string[]; en: string[] }>();
    for (const q of questions) {
      let list = questionsByEntry.get(q.entry_id);
      if (!list) questionsByEntry.set(q.entry_id, (list = { nb: [], en: [] }));
      list[q.lang].push(q.text);
    }
    const links = this.db
      .prepare(`SELECT entry_id, source_id FROM entry_sources ORDER BY entry_id, position`)
      .all() as Array<{ entry_id: string; source_id: string }>;
    const sourcesByEntry = new Map<string, string[]>();
    for (const link of links) {
      const list = sourcesByEntry.get(link.entry_id) ?? [];
      list.push(link.source_id);
      sourcesByEntry.set(link.entry_id, list);
    }
    const entries = (this.db.prepare(`SELECT * FROM entries ORDER BY position, id`).all() as EntryRow[]).map(
      (row): Entry => ({
        id: row.id,
        status: row.status as Status,
        title: { nb: row.title_nb, en: row.title_en },
        answer: { nb: row.answer_nb, en: row.answer_en },
        sources: sourcesByEntry.get(row.id) ?? [],
        questions: questionsByEntry.get(row.id) ?? { nb: [], en: [] },
        ...claimFromRow(row),
        ...(row.retired_at ? { retired: true } : {}),
      }),
    );
    const sources = (this.db.prepare(`SELECT * FROM sources ORDER BY position, id`).all() as SourceRow[]).map(
      (row): Source => ({
        id: row.id,
        name: sourceNameFromRow(row),
        description: { nb: row.description_nb, en: row.description_en },
      }),
    );
    const examples = this.db
      .prepare(`SELECT intent, lang, text FROM conversation_examples ORDER BY id`)
      .all() as Array<{ intent: string; lang: Lang; text: string }>;
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
    return {
      entries,
      sources,
      conversation: [...conversation].map(([id, questions]) => ({ id: id as 'greeting', questions })),
      outOfScope,
    };
  }

  /** Replaces the whole knowledge base in one transaction (seed, re-seed and import). */
  replaceAll(kb: KnowledgeBase): void {
    const now = utcNow();
    this.db.transaction(() => {
      this.db.exec(`DELETE FROM entry_questions; DELETE FROM entry_sources; DELETE FROM entries;
                    DELETE FROM sources; DELETE FROM conversation_examples;`);
      const insertSource = this.db.prepare(
        `INSERT INTO sources (id, name, name_nb, description_nb, description_en, position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      kb.sources.forEach((s, i) => insertSource.run(s.id, ...sourceNameColumns(s.name), s.description.nb, s.description.en, i, now));
      const insertEntry = this.db.prepare(
        `INSERT INTO entries (id, status, title_nb, title_en, answer_nb, answer_en, position, retired_at, updated_at,
                              claim_nb, claim_en, claim_by, claim_date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertLink = this.db.prepare(`INSERT INTO entry_sources (entry_id, source_id, position) VALUES (?, ?, ?)`);
      const insertQuestion = this.db.prepare(
        `INSERT OR IGNORE INTO entry_questions (entry_id, lang, text, created_at) VALUES (?, ?, ?, ?)`,
      );
      kb.entries.forEach((e, i) => {
        insertEntry.run(e.id, e.status, e.title.nb, e.title.en, e.answer.nb, e.answer.en, i, e.retired ? now : null, now, ...claimColumns(e.claim));
        e.sources.forEach((s, j) => insertLink.run(e.id, s, j));
        for (const lang of ['nb', 'en'] as const) for (const q of e.questions[lang]) insertQuestion.run(e.id, lang, q, now);
      });
      const insertExample = this.db.prepare(
        `INSERT OR IGNORE INTO conversation_examples (intent, lang, text) VALUES (?, ?, ?)`,
      );
      for (const intent of kb.conversation)
        for (const lang of ['nb', 'en'] as const) for (const q of intent.questions[lang]) insertExample.run(intent.id, lang, q);
      for (const lang of ['nb', 'en'] as const) for (const q of kb.outOfScope[lang]) insertExample.run('out-of-scope', lang, q);
      this.db.prepare(`INSERT OR REPLACE INTO kb_meta (key, value) VALUES ('seeded_at', ?)`).run(now);
      this.bumpRevision();
    })();
  }

  /** Call inside every knowledge-base write transaction. */
  bumpRevision(): void {
    this.db.prepare(`UPDATE kb_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision'`).run();
  }
}
