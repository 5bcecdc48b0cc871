import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAdminDb } from '../support/admin-db.js';
import { PROJECT_ROOT } from '../support/run-cli.js';

/** `npm start` with FACTBOT_DESK_PORT: the desk starts beside the chat (or bot) and ends with it. */
describe('npm start with FACTBOT_DESK_PORT', () => {
  const db = useAdminDb();

  it('serves the desk beside the terminal chat, keeps stdout for the chat, and stops with it', async () => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'main.js')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, FACTBOT_DB: db.file(), FACTBOT_DESK_PORT: '0', DISCORD_TOKEN: '', LOG_LEVEL: 'warn', LANG: 'en_US.UTF-8' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const started = Date.now();
      while (!/token=/.test(stderr) && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 100));
      const link = /(http:\/\/127\.0\.0\.1:\d+\/login\/local\?token=[\w-]+)/.exec(stderr)?.[1];
      expect(link, stderr).toBeDefined();
      const login = await fetch(link!, { redirect: 'manual' });
      expect(login.status).toBe(302);

      child.stdin.end('What did Kirby say?\n');
      expect(await exited).toBe(0);
      expect(stdout).toMatch(/Kirby/);
      expect(stdout).not.toContain('token=');
      // The desk ended with it.
      const base = new URL(link!).origin;
      let stopped = false;
      for (let i = 0; i < 50 && !stopped; i++) {
        stopped = await fetch(`${base}/login`).then(
          () => false,
          () => true,
        );
        if (!stopped) await new Promise((r) => setTimeout(r, 100));
      }
      expect(stopped).toBe(true);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
