#!/usr/bin/env node
/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat on the same
 * engine and database.
 */
import { loadConfig } from './config/env.js';
import { isVersionRequest, reportError, runCli } from './cli/run-cli.js';
import { LocalizedError } from './errors/localized-error.js';

// `npm start -- --version`: the command line's answer, without starting anything.
if (isVersionRequest(process.argv.slice(2))) process.exit(await runCli(process.argv));

let token: string | undefined;
let deskPort: number | undefined;
try {
  ({ DISCORD_TOKEN: token, FACTBOT_DESK_PORT: deskPort } = loadConfig());
} catch (error) {
  if (!(error instanceof LocalizedError)) throw error;
  process.exit(reportError(error));
}

if (deskPort !== undefined) {
  const { startDeskAlongside } = await import('./desk/start-desk-alongside.js');
  startDeskAlongside();
}

if (token) {
  const { startBot } = await import('./bot/start-bot.js');
  await startBot(loadConfig());
} else {
  process.exitCode = await runCli([process.argv[0]!, process.argv[1]!, 'chat']);
  // The desk's server would keep the process alive after the chat ends.
  if (deskPort !== undefined) process.exit();
}
