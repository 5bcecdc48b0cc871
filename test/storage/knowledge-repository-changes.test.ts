import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../../src/app/open-knowledge-base.js';
import { openDatabase } from '../../src/storage/database.js';
import { KnowledgeRepository } from '../../src/storage/knowledge-repository.js';
import { useTempDir } from '../support/temp-dir.js';

describe('KnowledgeRepository.changesSince', () => {
  const tempDir = useTempDir();

  it('lists what any writer changed since a revision, with the entries as they are now and their order', () => {
    const file = path.join(tempDir(), 'kb.db');
    const { db, repository } = openKnowledgeBase(file);
    const start = repository.revision();
    const order = repository.load().entries.map((e) => e.id);
    expect(repository.changesSince(start)).toEqual({ revision: start, order, entries: [] });

    // Another connection, writing SQL by hand: a training question added, an entry deleted (its questions go by cascade).
    const other = openDatabase(file);
    const otherRepository = new KnowledgeRepository(other);
    const [first, second] = order;
    other.transaction(() => {
      other
        .prepare(`INSERT INTO entry_questions (entry_id, lang, text, created_at) VALUES (?, 'en', 'A question added by hand?', ?)`)
        .run(first, new Date().toISOString());
      other.prepare(`DELETE FROM entries WHERE id = ?`).run(second);
      otherRepository.bumpRevision();
    })();
    other.close();

    const changes = repository.changesSince(start)!;
    expect(changes.revision).toBe(start + 1);
    expect(changes.order).toEqual(order.filter((id) => id !== second));
    expect(changes.entries.map((e) => e.id)).toEqual([first]);
    expect(changes.entries[0]!.questions.en).toContain('A question added by hand?');
    expect(changes.examples).toBeUndefined();
    expect(changes.sources).toBeUndefined();
    // Nothing since the new revision.
    expect(repository.changesSince(start + 1)!.entries).toEqual([]);

    // Examples and sources come whole when any of them changed.
    db.transaction(() => {
      db.prepare(`INSERT INTO conversation_examples (intent, lang, text) VALUES ('out-of-scope', 'en', 'What is the weather tomorrow?')`).run();
      db.prepare(`UPDATE sources SET description_en = 'Changed' WHERE id = (SELECT id FROM sources ORDER BY position LIMIT 1)`).run();
      repository.bumpRevision();
    })();
    const later = repository.changesSince(start + 1)!;
    expect(later.entries).toEqual([]);
    expect(later.examples!.outOfScope.en).toContain('What is the weather tomorrow?');
    expect(later.sources![0]!.description.en).toBe('Changed');

    // A revision ahead of the database's (a database swapped underneath): only a snapshot is right.
    expect(repository.changesSince(start + 10)).toBeUndefined();
    db.close();
  });
});
