import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach } from 'vitest';
import { PROJECT_ROOT } from './run-cli.js';

const CLI = path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js');

export interface LineProcess {
  child: ChildProcessWithoutNullStreams;
  /** Every stdout line so far. */
  lines: string[];
  stderr: () => string;
  /** Resolves with the first line (from `from` on) that passes `test`. */
  waitFor: (test: (line: string) => boolean, options?: { from?: number; timeoutMs?: number }) => Promise<string>;
  send: (line: string) => void;
  exited: Promise<number | null>;
}

/** A long-running CLI process (ask, kb watch, kb batch) read line by line; killed after each test. */
export function useLineProcesses(): (args: string[], env: NodeJS.ProcessEnv) => LineProcess {
  const running: ChildProcessWithoutNullStreams[] = [];
  afterEach(() => {
    for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return (args, env) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    running.push(child);
    const lines: string[] = [];
    const waiters = new Set<() => void>();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      for (const w of waiters) w();
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.stdin.on('error', () => undefined);
    const waitFor: LineProcess['waitFor'] = (test, { from = 0, timeoutMs = 10_000 } = {}) =>
      new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = lines.slice(from).find(test);
          if (found === undefined) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching line within ${timeoutMs} ms; stdout:\n${lines.join('\n')}\nstderr:\n${err}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
        void exited.then(() =>
          setTimeout(() => {
            if (waiters.has(check) && !check()) {
              waiters.delete(check);
              clearTimeout(timer);
              reject(new Error(`process ended; stdout:\n${lines.join('\n')}\nstderr:\n${err}`));
            }
          }, 50),
        );
      });
    return { child, lines, stderr: () => err, waitFor, send: (line) => child.stdin.write(`${line}\n`), exited };
  };
}
