import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { kbExportCommand, kbImportCommand, kbReseedCommand } from './kb.js';
import { registerKbAdminCommands } from './kb-admin.js';
import { createTranslator, type KeysUnder } from '../../i18n/translator.js';
import { uiLanguage } from '../../i18n/ui-language.js';

/** Everything under `factbot kb`: the knowledge base as a file, and the admin verbs. */
export function registerKbCommands(kb: Command, ctx: () => CliContext): void {
  const t = createTranslator();
  const lang = uiLanguage(process.env);
  const d = (key: KeysUnder<'cli.commandLine'>) => t(`cli.commandLine.${key}`, lang);
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
