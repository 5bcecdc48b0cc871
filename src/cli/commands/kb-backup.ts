import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { describer, out, outJson, reportChange, withAdmin } from './kb-shared.js';

/** `kb backup FILE` (online, while the bot runs) and `kb restore FILE`. */
export function registerKbBackup(kb: Command, ctx: () => CliContext): void {
  const d = describer();
  kb.command('backup')
    .description(d('backup'))
    .argument('<file>')
    .option('--force', d('optForce'))
    .option('--json', d('optJson'))
    .action((file: string, o: { force?: boolean; json?: boolean }) =>
      withAdmin(ctx(), async (a) => {
        const result = await a.admin.backups.backup(file, { overwrite: o.force ?? false });
        if (o.json) return outJson(result);
        out(a.t('cli.kb.backupDone', a.lang, { file: result.file, size: (result.bytes / 1024).toFixed(0), ms: result.ms, revision: result.revision }));
      }),
    );

  kb.command('restore')
    .description(d('restore'))
    .argument('<file>')
    .option('--json', d('optJson'))
    .action((file: string, o: { json?: boolean }) =>
      withAdmin(ctx(), (a) => {
        const result = a.admin.backups.restore(a.actor, file);
        reportChange(a, result, o.json, { entries: result.entries, sources: result.sources, backupRevision: result.backupRevision });
        if (!o.json) out(a.t('cli.kb.restoreDone', a.lang, { file, entries: result.entries, sources: result.sources }));
      }),
    );
}
