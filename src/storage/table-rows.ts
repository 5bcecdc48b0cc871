import type { Claim, Entry, Source, SourceName } from '../kb/knowledge-base.js';
import type { Status } from '../kb/statuses.js';

/** Rows of the entries and sources tables as better-sqlite3 returns them (migrations/001 and 008), and their mapping. */
export interface EntryRow {
  id: string;
  status: string;
  title_nb: string;
  title_en: string;
  answer_nb: string;
  answer_en: string;
  position: number;
  retired_at: string | null;
  updated_at: string;
  claim_nb: string | null;
  claim_en: string | null;
  claim_by: string | null;
  claim_date: string | null;
}

export interface SourceRow {
  id: string;
  name: string;
  name_nb: string | null;
  description_nb: string;
  description_en: string;
  position: number;
  updated_at: string;
}

export type Questions = { nb: string[]; en: string[] };

/** An entry as admins see it (`retired` always present), from its row, its source links and its training questions. */
export function entryFromRow(row: EntryRow, sources: string[], questions: Questions): Omit<Entry, 'retired'> & { retired: boolean } {
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

export function sourceFromRow(row: SourceRow): Source {
  return { id: row.id, name: sourceNameFromRow(row), description: { nb: row.description_nb, en: row.description_en } };
}

/** name_nb NULL: one name for both languages (a plain string in the file format). */
export function sourceNameFromRow(row: Pick<SourceRow, 'name' | 'name_nb'>): SourceName {
  return row.name_nb === null ? row.name : { nb: row.name_nb, en: row.name };
}

/** [name, name_nb] for a source's name. */
export function sourceNameColumns(name: SourceName): [string, string | null] {
  return typeof name === 'string' ? [name, null] : [name.en, name.nb];
}

export function claimFromRow(row: Pick<EntryRow, 'claim_nb' | 'claim_en' | 'claim_by' | 'claim_date'>): { claim?: Claim } {
  if (row.claim_nb === null || row.claim_en === null) return {};
  return {
    claim: {
      nb: row.claim_nb,
      en: row.claim_en,
      ...(row.claim_by !== null ? { by: row.claim_by } : {}),
      ...(row.claim_date !== null ? { date: row.claim_date } : {}),
    },
  };
}

/** [claim_nb, claim_en, claim_by, claim_date]. */
export function claimColumns(claim: Claim | undefined): [string | null, string | null, string | null, string | null] {
  return claim ? [claim.nb, claim.en, claim.by ?? null, claim.date ?? null] : [null, null, null, null];
}
