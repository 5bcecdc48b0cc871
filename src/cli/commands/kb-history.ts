import type { Command } from 'commander';
import { parseActor } from '../../admin/actor.js';
import { describeChange, describeChangeDetails } from '../../admin/describe-change.js';
import { HISTORY_PAGE } from '../../admin/history-admin.js';
import type { HistoryFilter, StoredChange } from '../../storage/history-repository.js';
import type { CliContext } from '../cli-context.js';
import { LocalizedError } from '../../errors/localized-error.js';
import { describer, out, outJson, parseCount, reportChange, withAdmin, type AdminCommandContext } from './kb-shared.js';

interface HistoryFlags {
  limit: string;
  before?: string;
  entry?: string;
  source?: string;
  by?: string;
  json?: boolean;
  full?: boolean;
}

/** `kb history [CHANGE]` and `kb undo CHANGE`. */
export function registerKbHistory(kb: Command, ctx: () => CliContext): void {
  const d = describer();
  kb.command('history')
    .description(d('history'))
    .argument('[change]', d('argChange'))
    .option('--limit <n>', d('optLimit'), '20')
    .option('--before <change>', d('optBefore'))
    .option('--entry <id>', d('optHistoryEntry'))
    .option('--source <id>', d('optHistorySource'))
    .option('--by <who>', d('optBy'))
    .option('--full', d('optFull'))
    .option('--json', d('optJson'))
    .action((change: string | undefined, o: HistoryFlags) =>
      withAdmin(ctx(), (a) => {
        if (change !== undefined) {
          const c = a.admin.history.show(parseCount(change, 'change'));
          if (o.json) return outJson(c);
          out(describeChange(c, a.lang, a.t));
          if (o.full) return outRawParts(a, c);
          for (const record of describeChangeDetails(c, a.lang, a.t)) out(`\n${record.title}\n${record.lines.map((l) => `  ${l}`).join('\n')}`);
          return;
        }
        const filter: HistoryFilter = { limit: parseCount(o.limit, '--limit') };
        if (o.before !== undefined) filter.beforeId = parseCount(o.before, '--before');
        if (o.entry !== undefined) filter.target = { kind: 'entry', key: o.entry };
        if (o.source !== undefined) filter.target = { kind: 'source', key: o.source };
        if (o.by !== undefined) {
          const actor = parseActor(o.by.includes(':') ? o.by : `cli:${o.by}`);
          if (!actor) throw new LocalizedError('cli.kb.badActor', { value: o.by });
          filter.actor = actor;
        }
        const changes = listPaged(a, filter);
        if (o.json) return outJson(changes);
        if (changes.length === 0) return out(a.t('cli.kb.historyEmpty', a.lang));
        for (const c of changes) {
          out(describeChange(c, a.lang, a.t));
          if (o.full) outRawParts(a, c);
        }
      }),
    );

  kb.command('undo')
    .description(d('undo'))
    .argument('<change>', d('argChange'))
    .option('--json', d('optJson'))
    .action((change: string, o: { json?: boolean }) =>
      withAdmin(ctx(), (a) => reportChange(a, a.admin.history.undo(a.actor, parseCount(change, 'change')), o.json)),
    );
}

/** --full: the records as stored, before and after, as JSON. */
function outRawParts(a: AdminCommandContext, change: StoredChange): void {
  for (const part of change.parts) {
    out(`\n${a.t(`admin.kind.${part.kind}`, a.lang)} ${part.key}`);
    out(`  ${a.t('cli.kb.label.before', a.lang)}: ${JSON.stringify(part.before, null, 2).replace(/\n/g, '\n  ')}`);
    out(`  ${a.t('cli.kb.label.after', a.lang)}: ${JSON.stringify(part.after, null, 2).replace(/\n/g, '\n  ')}`);
  }
}

/** The service returns at most 1,000 changes a call: a larger --limit is served page by page (older ones by id). */
function listPaged(a: AdminCommandContext, filter: HistoryFilter): StoredChange[] {
  const wanted = filter.limit ?? 20;
  const changes: StoredChange[] = [];
  let beforeId = filter.beforeId;
  while (changes.length < wanted) {
    const limit = Math.min(wanted - changes.length, HISTORY_PAGE);
    const page = a.admin.history.list({ ...filter, limit, ...(beforeId !== undefined ? { beforeId } : {}) });
    changes.push(...page);
    if (page.length < limit) break;
    beforeId = page.at(-1)!.id;
  }
  return changes;
}
