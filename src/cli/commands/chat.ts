import readline from 'node:readline';
import type { Lang } from '../../kb/languages.js';
import type { CliContext } from '../cli-context.js';
import { formatAnswer } from '../format-answer.js';

/**
 * `chat`: an interactive terminal chat on the same engine. UI text follows the language of the
 * last question; Ctrl-D, Ctrl-C and /quit all end it cleanly.
 */
export async function chatCommand(ctx: CliContext, options: { lang?: Lang } = {}): Promise<void> {
  const { engine, translate: t } = ctx.open();
  // The banner in the system's language (LANG / LC_ALL); then the language of the last question.
  let lang: Lang = options.lang ?? ctx.uiLang;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const say = (text: string): void => void process.stdout.write(`${text}\n`);
  say(t('cli.welcome', lang));
  rl.setPrompt(t('cli.prompt', lang));
  rl.prompt();
  let closedByQuit = false;
  rl.on('SIGINT', () => rl.close());
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') {
      closedByQuit = true;
      break;
    }
    if (line === '/help') say(t('cli.help', lang));
    else if (line.startsWith('/')) say(t('cli.unknownCommand', lang, { command: line.split(/\s/)[0] }));
    else if (line) {
      const answer = engine.current().ask(line, { fallbackLang: lang });
      lang = answer.lang;
      say(formatAnswer(answer, t));
      rl.setPrompt(t('cli.prompt', lang));
    }
    rl.prompt();
  }
  if (closedByQuit) rl.close();
  say(`\n${t('cli.bye', lang)}`);
}
