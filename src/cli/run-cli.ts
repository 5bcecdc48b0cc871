import { Command, Option } from 'commander';
import { ConfigError } from '../config/env.js';
import { createTranslator } from '../i18n/translator.js';
import { DatabaseTooNewError } from '../storage/database.js';
import { EvaluationSetError } from '../evaluation/evaluation-set.js';
import { uiLanguage } from '../i18n/ui-language.js';
import { CliContext } from './cli-context.js';
import { CliFailure } from './cli-failure.js';
import { askCommand } from './commands/ask.js';
import { chatCommand } from './commands/chat.js';
import { evalCommand } from './commands/eval.js';

/** The command line: a thin layer over the same engine and database as the Discord bot. */
export async function buildProgram(ctx: () => CliContext, withKb = true): Promise<Command> {
  const program = new Command('factbot')
    .description('Fact-check chatbot for TV 2\'s story on the train from North Korea to Russia (November 2022)')
    .showHelpAfterError();

  program
    .command('ask')
    .description('answer one question (from the arguments) or one per line of standard input')
    .option('--json', 'print one JSON object per question and nothing else')
    .argument('[question...]', 'the question')
    .action((words: string[], options: { json?: boolean }) => askCommand(ctx(), words, options));

  program
    .command('chat')
    .description('interactive chat in the terminal')
    .action(() => chatCommand(ctx()));

  program
    .command('eval')
    .description('run an evaluation set (JSON lines: {q, lang, expect, tags}) and print accuracy')
    .argument('<file>', 'the evaluation set')
    .option('--json', 'print the report as JSON')
    .option('--no-misses', 'leave out the list of misses')
    .action((file: string, options: { json?: boolean; misses?: boolean }) => evalCommand(ctx(), file, options));

  program
    .command('desk')
    .description('the fact-checkers\' web desk (local mode: on 127.0.0.1 with a one-time login link)')
    .option('--port <port>', 'port to listen on (default FACTBOT_DESK_PORT or 8377; 0 picks a free one)')
    .addOption(new Option('--until-stdin-closes', 'stop when standard input closes (npm start runs the desk so)').hideHelp())
    .action(async (options: { port?: string; untilStdinCloses?: boolean }) => (await import('./commands/desk.js')).deskCommand(ctx(), options));

  const kb = program.command('kb').description('the knowledge base: admin verbs, history, export and import');
  // The admin verbs pull in the admin service; load them only for `kb …`, so `ask` starts faster.
  if (withKb) (await import('./commands/kb-commands.js')).registerKbCommands(kb, ctx);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  let context: CliContext | undefined;
  const ctx = (): CliContext => (context ??= new CliContext());
  const lang = uiLanguage(process.env);
  try {
    await (await buildProgram(ctx, argv[2] === 'kb')).parseAsync(argv);
    return 0;
  } catch (error) {
    const t = createTranslator();
    if (error instanceof CliFailure) {
      process.stderr.write(`${[t(error.key, lang, error.values), ...error.details.map((d) => `  ${d}`)].join('\n')}\n`);
      return 1;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${t('cli.configError', lang)}\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
      return 2;
    }
    if (error instanceof DatabaseTooNewError) {
      process.stderr.write(`${t('cli.databaseTooNew', lang, { file: error.file, found: error.found, supported: error.supported })}\n`);
      return 1;
    }
    if (error instanceof EvaluationSetError) {
      process.stderr.write(`${t('cli.evalBadLine', lang, { line: error.line, file: error.file, problem: error.problem })}\n`);
      return 1;
    }
    process.stderr.write(`factbot: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  } finally {
    context?.close();
  }
}

