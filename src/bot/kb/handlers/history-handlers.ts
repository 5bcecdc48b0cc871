import { discordActor } from '../../../admin/actor.js';
import type { HistoryFilter } from '../../../storage/history-repository.js';
import { changed, slow, type KbContext, type KbHandlers } from '../kb-handler.js';

/** `/kb history list|show` and `/kb undo`. */
export function historyHandlers(ctx: KbContext): KbHandlers {
  const { admin, view } = ctx;
  return {
    leaves: {
      'history list': ({ interaction: i, lang }) => {
        const limit = i.options.getInteger('limit') ?? 20;
        const filter: HistoryFilter = { limit };
        const entry = i.options.getString('entry');
        const source = i.options.getString('source');
        const user = i.options.getUser('user');
        const before = i.options.getInteger('before');
        if (source !== null) filter.target = { kind: 'source', key: source.trim() };
        if (entry !== null) filter.target = { kind: 'entry', key: entry.trim() };
        if (user !== null) filter.actor = discordActor(user.id);
        if (before !== null) filter.beforeId = before;
        return { reply: view.historyList(admin.history.list(filter), lang, limit) };
      },
      'history show': ({ interaction: i, lang }) => ({
        reply: view.historyChange(admin.history.show(i.options.getInteger('change', true)), lang, i.options.getBoolean('full') ?? false),
      }),
      undo: ({ interaction: i, lang, actor }) => slow(() => changed(ctx, admin.history.undo(actor, i.options.getInteger('change', true)), lang)),
    },
  };
}
