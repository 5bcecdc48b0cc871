import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';

/**
 * `factbot kb batch` in another process: `count` edits of one entry's English answer (the i-th edit's text
 * from `answer(i)`, i from 0). Resolves with the process's exit code.
 */
export function otherProcessWriting(file: string, count: number, entryId: string, answer: (i: number) => string): Promise<number | null> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), 'kb', 'batch'], {
    env: { ...process.env, FACTBOT_DB: file, LOG_LEVEL: 'warn' },
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ op: 'entries.edit', id: entryId, patch: { answer: { en: answer(i) } } }));
  child.stdin.end(`${lines.join('\n')}\n`);
  return new Promise((resolve) => child.on('close', (code) => resolve(code)));
}
