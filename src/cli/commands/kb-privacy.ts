import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { describer, out, outJson, withAdmin } from './kb-shared.js';

/** `kb forget-user ID`: erases one Discord user's stored questions, votes and name in history (on request). */
export function registerKbPrivacy(kb: Command, ctx: () => CliContext): void {
  const d = describer();
  kb.command('forget-user')
    .description(d('forgetUser'))
    .argument('<user-id>', d('argUserId'))
    .option('--json', d('optJson'))
    .action((userId: string, o: { json?: boolean }) =>
      withAdmin(ctx(), (a) => {
        const counts = a.admin.privacy.forgetUser(userId);
        // Who asked for the erasure, never whom it erased.
        ctx().logger.info({ actor: `${a.actor.kind}:${a.actor.id}`, ...counts }, "erased one user's data on request");
        if (o.json) return outJson(counts);
        out(a.t('cli.kb.forgotten', a.lang, { ...counts }));
      }),
    );
}
