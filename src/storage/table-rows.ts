/** Rows of the knowledge-base tables as better-sqlite3 returns them (see migrations/001). */
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
}

export interface SourceRow {
  id: string;
  name: string;
  description_nb: string;
  description_en: string;
  position: number;
  updated_at: string;
}
