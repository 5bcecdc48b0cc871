import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { kbExportCommand, kbImportCommand, kbReseedCommand } from './kb.js';
import { registerKbAdminCommands } from './kb-admin.js';

/** Everything under `factbot kb`: the knowledge base as a file, and the admin verbs. */
export function registerKbCommands(kb: Command, ctx: () => CliContext): void {
  kb.command('export')
    .description('print the whole knowledge base as JSON')
    .option('--claimreview', 'print schema.org ClaimReview JSON-LD for the claims instead')
    .option('--lang <lang>', 'with --claimreview: only this language (nb or en)')
    .action((options: { claimreview?: boolean; lang?: string }) => kbExportCommand(ctx(), options));
  kb.command('import')
    .description('replace the knowledge base with FILE (validated first; nothing changes on error)')
    .argument('<file>')
    .action((file: string) => kbImportCommand(ctx(), file));
  kb.command('reseed')
    .description('replace the knowledge base with the seed files in data/ (development)')
    .action(() => kbReseedCommand(ctx()));
  registerKbAdminCommands(kb, ctx);
}
