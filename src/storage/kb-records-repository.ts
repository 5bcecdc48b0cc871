import type { Database } from 'better-sqlite3';
import type { Entry, Source } from '../kb/knowledge-base.js';
import type { Lang } from '../kb/languages.js';
import type { Status } from '../kb/statuses.js';
import { utcNow } from './clock.js';
import { claimColumns, claimFromRow, sourceNameColumns, sourceNameFromRow, type EntryRow, type SourceRow } from './table-rows.js';

/** One entry as admins see and change it: everything, with `retired` always present. */
export type EntryRecord = Omit<Entry, 'retired'> & { retired: boolean };
export type SourceRecord = Source;

export interface EntrySummary {
  id: string;
  status: Status;
  title: { nb: string; en: string };
  retired: boolean;
  sources: string[];
  questionCount: { nb: number; en: number };
  updatedAt: string;
}

export interface SourceSummary extends SourceRecord {
  entries: string[];
}


/**
 * Reads and writes single entries and sources for the admin service (the whole knowledge base at
 * once is KnowledgeRepository's). Synchronous; the caller runs writes inside its transaction.
 */
export class KbRecordsRepository {
  constructor(private readonly db: Database) {}

  listEntries(): EntrySummary[] {
    const counts = this.db
      .prepare(`SELECT entry_id, lang, count(*) AS n FROM entry_questions GROUP BY entry_id, lang`)
      .all() as Array<{ entry_id: string; lang: Lang; n: number }>;
    const byEntry = new Map<string, { nb: number; en: number }>();
    for (const c of counts) {
      const count = byEntry.get(c.entry_id) ?? { nb: 0, en: 0 };
      count[c.lang] = c.n;
      byEntry.set(c.entry_id, count);
    }
    const links = this.linksByEntry();
    return (this.db.prepare(`SELECT * FROM entries ORDER BY position, id`).all() as EntryRow[]).map((row) => ({
      id: row.id,
      status: row.status as Status,
      title: { nb: row.title_nb, en: row.title_en },
      retired: row.retired_at !== null,
      sources: links.get(row.id) ?? [],
      questionCount: byEntry.get(row.id) ?? { nb: 0, en: 0 },
      updatedAt: row.updated_at,
    }));
  }

  getEntry(id: string): EntryRecord | null {
    const row = this.db.prepare(`SELECT * FROM entries WHERE id = ?`).get(id) as EntryRow | undefined;
    if (!row) return null;
    const sources = (
      this.db.prepare(`SELECT source_id FROM entry_sources WHERE entry_id = ? ORDER BY position`).all(id) as Array<{
        source_id: string;
      }>
    ).map((r) => r.source_id);
    const questions = { nb: [] as string[], en: [] as string[] };
    for (const q of this.db
      .prepare(`SELECT lang, text FROM entry_questions WHERE entry_id = ? ORDER BY id`)
      .all(id) as Array<{ lang: Lang; text: string }>)
      questions[q.lang].push(q.text);
    return {
      id: row.id,
      status: row.status as Status,
      title: { nb: row.title_nb, en: row.title_en },
      answer: { nb: row.answer_nb, en: row.answer_en },
      sources,
      questions,
      ...claimFromRow(row),
      retired: row.retired_at !== null,
    };
  }

  entryUpdatedAt(id: string): string | null {
    const row = this.db.prepare(`SELECT updated_at FROM entries WHERE id = ?`).get(id) as { updated_at: string } | undefined;
    return row?.updated_at ?? null;
  }

  /** Entries with this training question (ignoring case). */
  entriesWithQuestion(lang: Lang, text: string): string[] {
    const wanted = text.toLowerCase();
    return (
      this.db.prepare(`SELECT entry_id, text FROM entry_questions WHERE lang = ? AND length(text) = length(?)`).all(lang, text) as Array<{
        entry_id: string;
        text: string;
      }>
    )
      .filter((r) => r.text.toLowerCase() === wanted)
      .map((r) => r.entry_id);
  }

  insertEntry(entry: EntryRecord): void {
    const now = utcNow();
    const { next } = this.db.prepare(`SELECT coalesce(max(position), -1) + 1 AS next FROM entries`).get() as { next: number };
    this.db
      .prepare(
        `INSERT INTO entries (id, status, title_nb, title_en, answer_nb, answer_en, position, retired_at, updated_at,
                              claim_nb, claim_en, claim_by, claim_date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(entry.id, entry.status, entry.title.nb, entry.title.en, entry.answer.nb, entry.answer.en, next, entry.retired ? now : null, now, ...claimColumns(entry.claim));
    this.syncSources(entry.id, entry.sources);
    this.syncQuestions(entry.id, entry.questions, now);
  }

  /** Brings the stored entry to `entry`; training questions kept keep their order. */
  updateEntry(entry: EntryRecord): void {
    const now = utcNow();
    this.db
      .prepare(
        `UPDATE entries SET status = ?, title_nb = ?, title_en = ?, answer_nb = ?, answer_en = ?,
           retired_at = CASE WHEN ? THEN coalesce(retired_at, ?) ELSE NULL END, updated_at = ?,
           claim_nb = ?, claim_en = ?, claim_by = ?, claim_date = ?
         WHERE id = ?`,
      )
      .run(entry.status, entry.title.nb, entry.title.en, entry.answer.nb, entry.answer.en, entry.retired ? 1 : 0, now, now, ...claimColumns(entry.claim), entry.id);
    this.syncSources(entry.id, entry.sources);
    this.syncQuestions(entry.id, entry.questions, now);
  }

  deleteEntry(id: string): void {
    this.db.prepare(`DELETE FROM entries WHERE id = ?`).run(id);
  }

  listSources(): SourceSummary[] {
    const byEntry = this.db.prepare(`SELECT source_id, entry_id FROM entry_sources ORDER BY entry_id`).all() as Array<{
      source_id: string;
      entry_id: string;
    }>;
    const entries = new Map<string, string[]>();
    for (const link of byEntry) entries.set(link.source_id, [...(entries.get(link.source_id) ?? []), link.entry_id]);
    return (
      this.db.prepare(`SELECT id, name, name_nb, description_nb, description_en FROM sources ORDER BY position, id`).all() as SourceRow[]
    ).map((row) => ({
      id: row.id,
      name: sourceNameFromRow(row),
      description: { nb: row.description_nb, en: row.description_en },
      entries: entries.get(row.id) ?? [],
    }));
  }

  getSource(id: string): SourceRecord | null {
    const row = this.db.prepare(`SELECT id, name, name_nb, description_nb, description_en FROM sources WHERE id = ?`).get(id) as
      | SourceRow
      | undefined;
    return row ? { id: row.id, name: sourceNameFromRow(row), description: { nb: row.description_nb, en: row.description_en } } : null;
  }

  sourceIds(): Set<string> {
    return new Set((this.db.prepare(`SELECT id FROM sources`).all() as Array<{ id: string }>).map((r) => r.id));
  }

  /** Entries that cite the source. */
  entriesCiting(sourceId: string): string[] {
    return (
      this.db.prepare(`SELECT entry_id FROM entry_sources WHERE source_id = ? ORDER BY entry_id`).all(sourceId) as Array<{
        entry_id: string;
      }>
    ).map((r) => r.entry_id);
  }

  insertSource(source: SourceRecord): void {
    const { next } = this.db.prepare(`SELECT coalesce(max(position), -1) + 1 AS next FROM sources`).get() as { next: number };
    this.db
      .prepare(`INSERT INTO sources (id, name, name_nb, description_nb, description_en, position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(source.id, ...sourceNameColumns(source.name), source.description.nb, source.description.en, next, utcNow());
  }

  updateSource(source: SourceRecord): void {
    this.db
      .prepare(`UPDATE sources SET name = ?, name_nb = ?, description_nb = ?, description_en = ?, updated_at = ? WHERE id = ?`)
      .run(...sourceNameColumns(source.name), source.description.nb, source.description.en, utcNow(), source.id);
  }

  deleteSource(id: string): void {
    this.db.prepare(`DELETE FROM sources WHERE id = ?`).run(id);
  }

  private linksByEntry(): Map<string, string[]> {
    const links = this.db
      .prepare(`SELECT entry_id, source_id FROM entry_sources ORDER BY entry_id, position`)
      .all() as Array<{ entry_id: string; source_id: string }>;
    const map = new Map<string, string[]>();
    for (const link of links) map.set(link.entry_id, [...(map.get(link.entry_id) ?? []), link.source_id]);
    return map;
  }

  private syncSources(entryId: string, sources: readonly string[]): void {
    this.db.prepare(`DELETE FROM entry_sources WHERE entry_id = ?`).run(entryId);
    const insert = this.db.prepare(`INSERT INTO entry_sources (entry_id, source_id, position) VALUES (?, ?, ?)`);
    sources.forEach((source, i) => insert.run(entryId, source, i));
  }

  private syncQuestions(entryId: string, questions: Record<Lang, readonly string[]>, now: string): void {
    for (const lang of ['nb', 'en'] as const) {
      const wanted = new Set(questions[lang]);
      const stored = (
        this.db.prepare(`SELECT id, text FROM entry_questions WHERE entry_id = ? AND lang = ?`).all(entryId, lang) as Array<{
          id: number;
          text: string;
        }>
      );
      const remove = this.db.prepare(`DELETE FROM entry_questions WHERE id = ?`);
      for (const row of stored) if (!wanted.has(row.text)) remove.run(row.id);
      const have = new Set(stored.map((r) => r.text));
      const insert = this.db.prepare(`INSERT INTO entry_questions (entry_id, lang, text, created_at) VALUES (?, ?, ?, ?)`);
      for (const text of questions[lang]) {
        if (have.has(text)) continue;
        have.add(text);
        insert.run(entryId, lang, text, now);
      }
    }
  }
}
