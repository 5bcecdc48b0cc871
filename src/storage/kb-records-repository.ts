import type { Database, Statement } from 'better-sqlite3';
import type { Entry, Source } from '../kb/knowledge-base.js';
import type { Lang } from '../kb/languages.js';
import type { Status } from '../kb/statuses.js';
import { claimColumns, entryFromRow, sourceFromRow, sourceNameColumns, type EntryRow, type Questions, type SourceRow } from './table-rows.js';

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
 * The entries and sources tables (entries, sources, entry_sources, entry_questions): the one module
 * with their statements (rows are mapped in table-rows.ts). Single records for the admin service, all of them for
 * KnowledgeRepository. Synchronous; writes run inside the caller's transaction and are stamped by
 * the clock it is given.
 */
export class KbRecordsRepository {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    private readonly now: () => string,
  ) {}

  /** Every entry in the knowledge base's order. */
  allEntries(): EntryRecord[] {
    const sources = this.linksByEntry();
    const questions = new Map<string, Questions>();
    for (const q of this.sql(`SELECT entry_id, lang, text FROM entry_questions ORDER BY id`).all() as Array<{
      entry_id: string;
      lang: Lang;
      text: string;
    }>) {
      let list = questions.get(q.entry_id);
      if (!list) questions.set(q.entry_id, (list = { nb: [], en: [] }));
      list[q.lang].push(q.text);
    }
    return this.entryRows().map((row) => entryFromRow(row, sources.get(row.id) ?? [], questions.get(row.id) ?? { nb: [], en: [] }));
  }

  /** Every entry's id in the knowledge base's order. */
  entryOrder(): string[] {
    return (this.sql(`SELECT id FROM entries ORDER BY position, id`).all() as Array<{ id: string }>).map((r) => r.id);
  }

  /** These entries as `allEntries` has them (those that exist), one read per entry. */
  entriesByIds(ids: Iterable<string>): EntryRecord[] {
    const entries: EntryRecord[] = [];
    for (const id of ids) {
      const entry = this.getEntry(id);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  listEntries(): EntrySummary[] {
    const counts = this.sql(`SELECT entry_id, lang, count(*) AS n FROM entry_questions GROUP BY entry_id, lang`).all() as Array<{
      entry_id: string;
      lang: Lang;
      n: number;
    }>;
    const byEntry = new Map<string, { nb: number; en: number }>();
    for (const c of counts) {
      const count = byEntry.get(c.entry_id) ?? { nb: 0, en: 0 };
      count[c.lang] = c.n;
      byEntry.set(c.entry_id, count);
    }
    const links = this.linksByEntry();
    return this.entryRows().map((row) => ({
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
    const row = this.sql(`SELECT * FROM entries WHERE id = ?`).get(id) as EntryRow | undefined;
    if (!row) return null;
    const sources = (this.sql(`SELECT source_id FROM entry_sources WHERE entry_id = ? ORDER BY position`).all(id) as Array<{ source_id: string }>).map(
      (r) => r.source_id,
    );
    const questions: Questions = { nb: [], en: [] };
    for (const q of this.sql(`SELECT lang, text FROM entry_questions WHERE entry_id = ? ORDER BY id`).all(id) as Array<{
      lang: Lang;
      text: string;
    }>)
      questions[q.lang].push(q.text);
    return entryFromRow(row, sources, questions);
  }

  entryUpdatedAt(id: string): string | null {
    const row = this.sql(`SELECT updated_at FROM entries WHERE id = ?`).get(id) as { updated_at: string } | undefined;
    return row?.updated_at ?? null;
  }

  /** Entries with this training question (ignoring case). */
  entriesWithQuestion(lang: Lang, text: string): string[] {
    const wanted = text.toLowerCase();
    return (
      this.sql(`SELECT entry_id, text FROM entry_questions WHERE lang = ? AND length(text) = length(?)`).all(lang, text) as Array<{
        entry_id: string;
        text: string;
      }>
    )
      .filter((r) => r.text.toLowerCase() === wanted)
      .map((r) => r.entry_id);
  }

  /** Adds the entry after the others. */
  insertEntry(entry: Entry): void {
    this.writeEntry(entry, this.nextPosition('entries'), this.now());
  }

  /** Brings the stored entry to `entry`; training questions kept keep their order. */
  updateEntry(entry: EntryRecord): void {
    const now = this.now();
    this.sql(
      `UPDATE entries SET status = ?, title_nb = ?, title_en = ?, answer_nb = ?, answer_en = ?,
         retired_at = CASE WHEN ? THEN coalesce(retired_at, ?) ELSE NULL END, updated_at = ?,
         claim_nb = ?, claim_en = ?, claim_by = ?, claim_date = ?
       WHERE id = ?`,
    ).run(
      entry.status,
      entry.title.nb,
      entry.title.en,
      entry.answer.nb,
      entry.answer.en,
      entry.retired ? 1 : 0,
      now,
      now,
      ...claimColumns(entry.claim),
      entry.id,
    );
    this.sql(`DELETE FROM entry_sources WHERE entry_id = ?`).run(entry.id);
    this.insertLinks(entry.id, entry.sources);
    this.syncQuestions(entry.id, entry.questions, now);
  }

  deleteEntry(id: string): void {
    this.sql(`DELETE FROM entries WHERE id = ?`).run(id);
  }

  /** Every source in the knowledge base's order. */
  allSources(): SourceRecord[] {
    return this.sourceRows().map(sourceFromRow);
  }

  listSources(): SourceSummary[] {
    const byEntry = this.sql(`SELECT source_id, entry_id FROM entry_sources ORDER BY entry_id`).all() as Array<{
      source_id: string;
      entry_id: string;
    }>;
    const entries = new Map<string, string[]>();
    for (const link of byEntry) entries.set(link.source_id, [...(entries.get(link.source_id) ?? []), link.entry_id]);
    return this.sourceRows().map((row) => ({ ...sourceFromRow(row), entries: entries.get(row.id) ?? [] }));
  }

  getSource(id: string): SourceRecord | null {
    const row = this.sql(`SELECT * FROM sources WHERE id = ?`).get(id) as SourceRow | undefined;
    return row ? sourceFromRow(row) : null;
  }

  sourceIds(): Set<string> {
    return new Set((this.sql(`SELECT id FROM sources`).all() as Array<{ id: string }>).map((r) => r.id));
  }

  /** Entries that cite the source. */
  entriesCiting(sourceId: string): string[] {
    return (this.sql(`SELECT entry_id FROM entry_sources WHERE source_id = ? ORDER BY entry_id`).all(sourceId) as Array<{ entry_id: string }>).map(
      (r) => r.entry_id,
    );
  }

  /** Adds the source after the others. */
  insertSource(source: SourceRecord): void {
    this.writeSource(source, this.nextPosition('sources'), this.now());
  }

  updateSource(source: SourceRecord): void {
    this.sql(`UPDATE sources SET name = ?, name_nb = ?, description_nb = ?, description_en = ?, updated_at = ? WHERE id = ?`).run(
      ...sourceNameColumns(source.name),
      source.description.nb,
      source.description.en,
      this.now(),
      source.id,
    );
  }

  deleteSource(id: string): void {
    this.sql(`DELETE FROM sources WHERE id = ?`).run(id);
  }

  /** Replaces every entry and source (seed, re-seed, import), in the order given, with one timestamp. */
  replaceAll(entries: readonly Entry[], sources: readonly SourceRecord[]): void {
    const now = this.now();
    this.db.exec(`DELETE FROM entry_questions; DELETE FROM entry_sources; DELETE FROM entries; DELETE FROM sources;`);
    sources.forEach((source, i) => this.writeSource(source, i, now));
    entries.forEach((entry, i) => this.writeEntry(entry, i, now));
  }

  private writeEntry(entry: Entry, position: number, now: string): void {
    this.sql(
      `INSERT INTO entries (id, status, title_nb, title_en, answer_nb, answer_en, position, retired_at, updated_at,
                            claim_nb, claim_en, claim_by, claim_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      entry.id,
      entry.status,
      entry.title.nb,
      entry.title.en,
      entry.answer.nb,
      entry.answer.en,
      position,
      entry.retired ? now : null,
      now,
      ...claimColumns(entry.claim),
    );
    this.insertLinks(entry.id, entry.sources);
    const insert = this.sql(`INSERT OR IGNORE INTO entry_questions (entry_id, lang, text, created_at) VALUES (?, ?, ?, ?)`);
    for (const lang of ['nb', 'en'] as const) for (const text of entry.questions[lang]) insert.run(entry.id, lang, text, now);
  }

  private writeSource(source: SourceRecord, position: number, now: string): void {
    this.sql(`INSERT INTO sources (id, name, name_nb, description_nb, description_en, position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
      source.id,
      ...sourceNameColumns(source.name),
      source.description.nb,
      source.description.en,
      position,
      now,
    );
  }

  private insertLinks(entryId: string, sources: readonly string[]): void {
    const insert = this.sql(`INSERT INTO entry_sources (entry_id, source_id, position) VALUES (?, ?, ?)`);
    sources.forEach((source, i) => insert.run(entryId, source, i));
  }

  private syncQuestions(entryId: string, questions: Record<Lang, readonly string[]>, now: string): void {
    const remove = this.sql(`DELETE FROM entry_questions WHERE id = ?`);
    const insert = this.sql(`INSERT INTO entry_questions (entry_id, lang, text, created_at) VALUES (?, ?, ?, ?)`);
    for (const lang of ['nb', 'en'] as const) {
      const wanted = new Set(questions[lang]);
      const stored = this.sql(`SELECT id, text FROM entry_questions WHERE entry_id = ? AND lang = ?`).all(entryId, lang) as Array<{
        id: number;
        text: string;
      }>;
      for (const row of stored) if (!wanted.has(row.text)) remove.run(row.id);
      const have = new Set(stored.map((r) => r.text));
      for (const text of questions[lang]) {
        if (have.has(text)) continue;
        have.add(text);
        insert.run(entryId, lang, text, now);
      }
    }
  }

  private linksByEntry(): Map<string, string[]> {
    const links = this.sql(`SELECT entry_id, source_id FROM entry_sources ORDER BY entry_id, position`).all() as Array<{
      entry_id: string;
      source_id: string;
    }>;
    const map = new Map<string, string[]>();
    for (const link of links) {
      let list = map.get(link.entry_id);
      if (!list) map.set(link.entry_id, (list = []));
      list.push(link.source_id);
    }
    return map;
  }

  private entryRows(): EntryRow[] {
    return this.sql(`SELECT * FROM entries ORDER BY position, id`).all() as EntryRow[];
  }

  private sourceRows(): SourceRow[] {
    return this.sql(`SELECT * FROM sources ORDER BY position, id`).all() as SourceRow[];
  }

  private nextPosition(table: 'entries' | 'sources'): number {
    return (this.sql(`SELECT coalesce(max(position), -1) + 1 AS next FROM ${table}`).get() as { next: number }).next;
  }

  /** Statements are prepared once: a re-seed writes thousands of rows with the same few. */
  private sql(source: string): Statement {
    let statement = this.statements.get(source);
    if (!statement) this.statements.set(source, (statement = this.db.prepare(source)));
    return statement;
  }
}
