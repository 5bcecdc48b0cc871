import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { kbExportCommand, kbImportCommand, kbReseedCommand } from './kb.js';
import { registerKbAdminCommands } from './kb-admin.js';
import { describer } from './kb-shared.js';

/** Everything under `factbot kb`: the knowledge base as a file, and the admin verbs. */
export function registerKbCommands(kb: Command, ctx: () => CliContext): void {
  const d = describer();
  kb.command('export')
    .description(d('export'))
    .option('--claimreview', d('exportClaimReview'))
    .option('--lang <lang>', d('exportLang'))
    .action((options: { claimreview?: boolean; lang?: string }) => kbExportCommand(ctx(), options));
  kb.command('import')
    .description(d('import'))
    .argument('<file>')
    .action((file: string) => kbImportCommand(ctx(), file));
  kb.command('reseed')
    .description(d('reseed'))
    .action(() => kbReseedCommand(ctx()));
  registerKbAdminCommands(kb, ctx);
}
