import BetterSqlite3 from 'better-sqlite3';
import type { Lang } from '../../src/kb/languages.js';
import { packageVersion } from '../paths.js';
import { NONE, type Contender } from './contender.js';

/**
 * SQLite FTS5 full-text search with BM25 over the same texts (in memory, via better-sqlite3): the
 * best-ranked text's intent answers, its language is the answer's language, and the question is
 * declined when an out-of-scope example ranks first or the BM25 score is under the tuned threshold.
 * Tokenizer: unicode61 with diacritics folded and the Porter stemmer (FTS5's only stemmer).
 */
export const fts5Bm25: Contender = {
  id: 'fts5-bm25',
  label: 'SQLite FTS5 BM25',
  decidesItself: false,
  version: () =>
    `better-sqlite3 ${packageVersion('better-sqlite3')} (SQLite ${new BetterSqlite3(':memory:').prepare('select sqlite_version() v').pluck().get() as string})`,
  build({ texts }) {
    const db = new BetterSqlite3(':memory:');
    db.exec(`CREATE VIRTUAL TABLE texts USING fts5(text, intent UNINDEXED, lang UNINDEXED,
             tokenize = 'porter unicode61 remove_diacritics 2')`);
    const insert = db.prepare('INSERT INTO texts (text, intent, lang) VALUES (?, ?, ?)');
    db.transaction(() => {
      for (const t of texts) insert.run(t.text, t.intent, t.lang);
    })();
    const search = db.prepare(`SELECT intent, lang, bm25(texts) AS rank FROM texts WHERE texts MATCH ? ORDER BY rank LIMIT 1`);
    return {
      ask(question) {
        const words = [...new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
        if (words.length === 0) return { intent: null, score: 0, lang: 'nb' };
        // Every word quoted (a plain string to FTS5, never its query syntax), any of them may match.
        const hit = search.get(words.map((w) => `"${w}"`).join(' OR ')) as { intent: string; lang: Lang; rank: number } | undefined;
        if (!hit) return { intent: null, score: 0, lang: 'nb' };
        return { intent: hit.intent === NONE ? null : hit.intent, score: -hit.rank, lang: hit.lang };
      },
    };
  },
};
