import { describe, expect, it } from 'vitest';
import { discordActor } from '../../src/admin/actor.js';
import { useAdminDb } from '../support/admin-db.js';

describe('LiveEngine.watch', () => {
  const dbs = useAdminDb();

  it('retrains after a change by another connection without a question arriving, and stops when asked', async () => {
    const bot = dbs.open(undefined, { engine: true });
    const admin = dbs.open(bot.file);
    const refreshed: number[] = [];
    const stop = bot.app!.engine.watch(50, { onRefresh: (revision) => refreshed.push(revision) });
    const { change } = admin.admin.entries.retire(discordActor('111111111111111111'), 'horse-train');
    const started = Date.now();
    while (refreshed.length === 0 && Date.now() - started < 3000) await new Promise((r) => setTimeout(r, 10));
    expect(refreshed).toEqual([change!.revision]);
    expect(
      bot
        .app!.engine.current()
        .listEntries()
        .map((e) => e.id),
    ).not.toContain('horse-train');
    stop();
    admin.admin.entries.restore(discordActor('111111111111111111'), 'horse-train');
    await new Promise((r) => setTimeout(r, 200));
    expect(refreshed).toHaveLength(1);
  });
});
