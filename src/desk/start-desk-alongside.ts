import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'main.js');

/**
 * `npm start` with FACTBOT_DESK_PORT: the desk beside the bot (or the chat) in a process of its
 * own, so page rendering and its engine's retraining never hold up the bot's event loop. It reads
 * the same environment and database, so its changes reach the bot as CLI changes do. Its output
 * (the login link) goes to stderr, keeping a terminal chat's stdout clean; it ends with this
 * process (its stdin closes then, even on a crash).
 */
export function startDeskAlongside(): void {
  const child = spawn(process.execPath, [CLI, 'desk', '--until-stdin-closes'], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdout.pipe(process.stderr);
  child.on('error', (error) => process.stderr.write(`desk: ${error.message}\n`));
  process.once('exit', () => child.kill('SIGTERM'));
}
