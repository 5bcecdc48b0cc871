import readline from 'node:readline';
import { QuestionService } from '../../app/question-service.js';
import type { Suggestion } from '../../engine/answer.js';
import type { Lang } from '../../kb/languages.js';
import type { CliContext } from '../cli-context.js';
import { formatAnswer } from '../format-answer.js';

/**
 * `chat`: an interactive terminal chat on the same engine. UI text follows the language of the
 * last question; Ctrl-D, Ctrl-C and /quit all end it cleanly. Questions are recorded as the
 * Discord bot records them (surface 'chat'), so declined ones reach the admins' review queue.
 * When a question is declined with suggestions, typing a suggestion's number shows that entry
 * (and stores the pick with the question).
 */
export async function chatCommand(ctx: CliContext, options: { lang?: Lang } = {}): Promise<void> {
  const app = ctx.open();
  const { engine, translate: t } = app;
  const log = app.questionLog({ onError: (error, dropped) => ctx.logger.error({ err: error, dropped }, 'could not record questions') });
  const questions = new QuestionService(engine, log, ctx.logger);
  // The banner in the system's language (LANG / LC_ALL); then the language of the last question.
  let lang: Lang = options.lang ?? ctx.uiLang;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const say = (text: string): void => void process.stdout.write(`${text}\n`);
  say(t('cli.welcome', lang));
  rl.setPrompt(t('cli.prompt', lang));
  rl.prompt();
  let closedByQuit = false;
  let offered: Suggestion[] = [];
  let offeredFor: number | null = null;
  rl.on('SIGINT', () => rl.close());
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') {
      closedByQuit = true;
      break;
    }
    if (line === '/help') say(t('cli.help', lang));
    else if (line.startsWith('/')) say(t('cli.unknownCommand', lang, { command: line.split(/\s/)[0] }));
    else if (/^\d+$/.test(line) && offered.length) {
      const picked = offered[Number(line) - 1];
      const answer = picked && engine.current().describe(picked.id, lang);
      say(answer ? formatAnswer(answer, t) : t('cli.noSuchSuggestion', lang, { count: offered.length }));
      if (answer && offeredFor !== null) await questions.pick(offeredFor, answer.intent!);
      if (answer) offered = [];
    } else if (line) {
      const { answer, questionId } = questions.ask(line, { surface: 'chat', guildId: null, channelId: null, fallbackLang: lang });
      offeredFor = questionId;
      lang = answer.lang;
      offered = answer.suggestions;
      say(formatAnswer(answer, t));
      if (offered.length) say(t('cli.pickSuggestion', lang, { count: offered.length }));
      rl.setPrompt(t('cli.prompt', lang));
    }
    rl.prompt();
  }
  if (closedByQuit) rl.close();
  say(`\n${t('cli.bye', lang)}`);
}
