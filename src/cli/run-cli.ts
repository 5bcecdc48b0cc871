import type { Command } from 'commander';
import { CONFIG_ERROR } from '../config/env.js';
import { errorText, LocalizedError } from '../errors/localized-error.js';
import { createTranslator, type KeysUnder } from '../i18n/translator.js';
import { uiLanguage } from '../i18n/ui-language.js';
import { CliContext } from './cli-context.js';
import { askCommand } from './commands/ask.js';
import { localizeCommandLineError } from './command-line-errors.js';
import type { Lang } from '../kb/languages.js';

/**
 * The command line: a thin layer over the same engine and database as the Discord bot. Its help
 * is in the language of LANG / LC_ALL (nb for nb_NO, nn_NO and no_NO, else en).
 */
export async function buildProgram(ctx: () => CliContext, withKb = true, lang: Lang = uiLanguage(process.env)): Promise<Command> {
  const { Command, Option } = await import('commander');
  const t = createTranslator();
  const d = (key: KeysUnder<'cli.commandLine'>) => t(`cli.commandLine.${key}`, lang);
  const titles: Record<string, string> = Object.fromEntries(
    (['usage', 'options', 'commands', 'arguments'] as const).map((k) => [`${k[0]!.toUpperCase()}${k.slice(1)}:`, d(`titles.${k}`)]),
  );
  // Set before any subcommand is made: subcommands inherit help settings from their parent.
  const program = new Command('factbot')
    .configureHelp({ styleTitle: (title) => titles[title] ?? title })
    .configureOutput({ outputError: (message, write) => write(localizeCommandLineError(message, lang, t)) })
    .helpOption('-h, --help', d('helpOption'))
    .helpCommand('help [command]', d('helpCommand'))
    .description(d('description'))
    .option('-V, --version', d('version'))
    .showHelpAfterError();

  program
    .command('ask')
    .description(d('ask'))
    .option('--json', d('askJson'))
    .argument('[question...]', d('askQuestion'))
    .action((words: string[], options: { json?: boolean }) => askCommand(ctx(), words, options));

  // Each command's module is loaded when it runs (ask, the machine interface, is the one loaded up front).
  program
    .command('chat')
    .description(d('chat'))
    .action(async () => (await import('./commands/chat.js')).chatCommand(ctx()));

  program
    .command('eval')
    .description(d('eval'))
    .argument('<file>', d('evalFile'))
    .option('--json', d('evalJson'))
    .option('--no-misses', d('evalNoMisses'))
    .action(async (file: string, options: { json?: boolean; misses?: boolean }) => (await import('./commands/eval.js')).evalCommand(ctx(), file, options));

  program
    .command('desk')
    .description(d('desk'))
    .option('--port <port>', d('deskPort'))
    .addOption(new Option('--until-stdin-closes', d('deskUntilStdinCloses')).hideHelp())
    .action(async (options: { port?: string; untilStdinCloses?: boolean }) => (await import('./commands/desk.js')).deskCommand(ctx(), options));

  const kb = program.command('kb').description(d('kb'));
  // The admin verbs pull in the admin service; load them only for `kb …`, so `ask` starts faster.
  if (withKb) (await import('./commands/kb-commands.js')).registerKbCommands(kb, ctx);
  return program;
}

/**
 * `ask [--json] [words…]` with nothing else: the machine interface, run without building the
 * command-line parser and its help texts (a good part of a one-question start). Anything else
 * (`--help`, an unknown option, `--`) goes through the parser as usual. Returns the words and
 * options, or undefined.
 */
export function plainAsk(args: readonly string[]): { words: string[]; json: boolean } | undefined {
  if (args[0] !== 'ask') return undefined;
  const rest = args.slice(1);
  if (rest.some((a) => a.startsWith('-') && a !== '--json')) return undefined;
  return { words: rest.filter((a) => a !== '--json'), json: rest.includes('--json') };
}

/** `factbot --version` / `-V`, alone. */
export function isVersionRequest(args: readonly string[]): boolean {
  return args.length === 1 && (args[0] === '--version' || args[0] === '-V');
}

export async function runCli(argv: string[]): Promise<number> {
  let context: CliContext | undefined;
  const ctx = (): CliContext => (context ??= new CliContext());
  const lang = uiLanguage(process.env);
  try {
    if (isVersionRequest(argv.slice(2))) {
      const { versionText } = await import('./version-info.js');
      process.stdout.write(`${versionText(ctx().config.FACTBOT_DB, createTranslator(), lang)}\n`);
      return 0;
    }
    const ask = plainAsk(argv.slice(2));
    if (ask) await askCommand(ctx(), ask.words, { json: ask.json });
    else await (await buildProgram(ctx, argv[2] === 'kb', lang)).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof LocalizedError) return reportError(error, lang);
    process.stderr.write(`factbot: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  } finally {
    context?.close();
  }
}

/**
 * The command line's one way to show an error meant for the user: its text on stderr in the
 * user's language, and the exit code (2 for a configuration error, else 1).
 */
export function reportError(error: LocalizedError, lang: Lang = uiLanguage(process.env)): number {
  process.stderr.write(`${errorText(error, lang, createTranslator())}\n`);
  return error.key === CONFIG_ERROR ? 2 : 1;
}
