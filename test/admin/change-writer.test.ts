import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { LocalizedError } from '../../src/errors/localized-error.js';
import { ChangeWriter } from '../../src/admin/change-writer.js';
import { TargetStore } from '../../src/admin/target-store.js';
import { utcNow } from '../../src/storage/clock.js';
import { HistoryRepository } from '../../src/storage/history-repository.js';
import { KbRecordsRepository } from '../../src/storage/kb-records-repository.js';
import { ReviewRepository } from '../../src/storage/review-repository.js';
import { useAdminDb } from '../support/admin-db.js';

const alice = discordActor('111111111111111111');

describe('ChangeWriter', () => {
  const dbs = useAdminDb();

  it('commits the writes, the history record and the revision together, or none of them', () => {
    const { db, repository } = dbs.open();
    const records = new KbRecordsRepository(db, utcNow);
    const history = new HistoryRepository(db);
    const store = new TargetStore(records, repository, new ReviewRepository(db), utcNow);
    const writer = new ChangeWriter(db, repository, history, store, undefined, utcNow);
    const before = records.getEntry('horse-train')!;
    const revision = repository.revision();

    // The second write fails (a source that entries cite cannot be deleted): the first is rolled back.
    expect(() =>
      writer.commit(alice, 'entry.edit', () => [
        { kind: 'entry', key: 'horse-train', before, after: { ...before, status: 'confirmed' } },
        { kind: 'source', key: before.sources[0]!, before: records.getSource(before.sources[0]!), after: null },
      ]),
    ).toThrow(LocalizedError);
    expect(records.getEntry('horse-train')).toEqual(before);
    expect(repository.revision()).toBe(revision);
    expect(history.list()).toEqual([]);

    const ok = writer.commit(alice, 'entry.edit', () => [{ kind: 'entry', key: 'horse-train', before, after: { ...before, status: 'confirmed' } }]);
    expect(ok.change).toMatchObject({ revision: revision + 1, parts: [{ before: { status: before.status }, after: { status: 'confirmed' } }] });
    expect(history.get(ok.change!.id)).toEqual(ok.change);
  });
});
