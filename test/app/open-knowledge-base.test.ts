import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../../src/app/open-knowledge-base.js';
import { useTempDir } from '../support/temp-dir.js';

describe('openKnowledgeBase', () => {
  const tempDir = useTempDir();

  it('seeds a new database from data/ once, and later opens keep what was changed', () => {
    const file = path.join(tempDir(), 'kb.db');
    const first = openKnowledgeBase(file);
    const seeded = first.repository.load();
    expect(seeded.entries.length).toBeGreaterThanOrEqual(23);
    expect(seeded.conversation.map((c) => c.id).sort()).toEqual(['greeting', 'help', 'thanks']);
    const revision = first.repository.revision();
    first.repository.replaceAll({ ...seeded, entries: seeded.entries.slice(0, 3) });
    expect(first.repository.revision()).toBe(revision + 1);
    first.db.close();

    const second = openKnowledgeBase(file);
    expect(second.repository.load().entries).toHaveLength(3);
    second.db.close();
  });

  it('round-trips the knowledge base through the database unchanged', () => {
    const { db, repository } = openKnowledgeBase(path.join(tempDir(), 'kb.db'));
    const kb = repository.load();
    repository.replaceAll(kb);
    expect(repository.load()).toEqual(kb);
    db.close();
  });
});
