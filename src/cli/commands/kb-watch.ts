import type { Command } from 'commander';
import { describeChange } from '../../admin/describe-change.js';
import type { CliContext } from '../cli-context.js';
import { describer, out, outJson, parseCount, withAdmin } from './kb-shared.js';

/**
 * `kb watch`: follows the knowledge base like the bot does — polls its revision, retrains when any
 * process changed it, and prints what changed (with --ask, the new answer to a question). Ends on
 * Ctrl-C or SIGTERM.
 */
export function registerKbWatch(kb: Command, ctx: () => CliContext): void {
  const d = describer();
  kb.command('watch')
    .description(d('watch'))
    .option('--interval <ms>', d('optInterval'), '250')
    .option('--ask <question>', d('optAsk'))
    .option('--json', d('optJson'))
    .action((o: { interval: string; ask?: string; json?: boolean }) =>
      withAdmin(
        ctx(),
        async (a) => {
          const interval = parseCount(o.interval, '--interval');
          const { engine, repository } = a.cli.open();
          engine.current();
          let seen = a.admin.history.list({ limit: 1 })[0]?.id ?? 0;
          const report = (event: 'ready' | 'retrained', retrainMs: number | null): void => {
            const pickedUpAt = new Date().toISOString();
            const changes =
              event === 'ready'
                ? []
                : a.admin.history
                    .list({ limit: 100 })
                    .filter((c) => c.id > seen)
                    .reverse();
            seen = Math.max(seen, ...changes.map((c) => c.id));
            const answer = o.ask === undefined ? undefined : engine.current().ask(o.ask);
            if (o.json) {
              outJson({
                event,
                revision: repository.revision(),
                pickedUpAt,
                retrainMs: retrainMs === null ? null : Math.round(retrainMs * 10) / 10,
                changes: changes.map((c) => ({ id: c.id, at: c.at, actor: c.actor, action: c.action })),
                ...(answer ? { answer: { intent: answer.intent, status: answer.status, answer: answer.answer } } : {}),
              });
              return;
            }
            if (event === 'ready') out(a.t('cli.kb.watchReady', a.lang, { revision: repository.revision() }));
            else out(a.t('cli.kb.watchRetrained', a.lang, { revision: repository.revision(), ms: retrainMs!.toFixed(0) }));
            for (const c of changes) out(`  ${describeChange(c, a.lang, a.t)}`);
            if (answer) out(`  ${answer.answer.replace(/\n/g, '\n  ')}`);
          };
          report('ready', null);
          await new Promise<void>((resolve) => {
            const stop = engine.watch(interval, { onRefresh: (_revision, ms) => report('retrained', ms) });
            // The watch timer does not hold the process open; this does, until a signal ends it.
            const keepAlive = setInterval(() => undefined, 1 << 30);
            const end = (): void => {
              stop();
              clearInterval(keepAlive);
              resolve();
            };
            process.once('SIGINT', end);
            process.once('SIGTERM', end);
          });
        },
        { engine: true },
      ),
    );
}
