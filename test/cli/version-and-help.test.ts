import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli, type CliResult } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

const version = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const english = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const norwegian = { LANG: 'nb_NO.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** `npm start -- …`: node dist/main.js with the arguments. */
function runMain(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'main.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('factbot --version', () => {
  const tempDir = useTempDir();

  it('prints the version, the knowledge base revision and the Node version, without creating the database', async () => {
    const file = path.join(tempDir(), 'kb.db');
    const fresh = await runCli(['--version'], { env: { FACTBOT_DB: file, ...english } });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.stdout.split('\n')).toEqual([
      `factbot ${version}`,
      expect.stringMatching(/^knowledge base: not created yet/),
      `Node.js ${process.version}`,
      '',
    ]);
    expect(fs.existsSync(file)).toBe(false);

    expect((await runCli(['ask', 'Hei'], { env: { FACTBOT_DB: file } })).code).toBe(0);
    const db = new BetterSqlite3(file, { readonly: true });
    const revision = (db.prepare(`SELECT value FROM kb_meta WHERE key = 'revision'`).get() as { value: string }).value;
    db.close();
    const after = await runCli(['-V'], { env: { FACTBOT_DB: file, ...norwegian } });
    expect(after.stdout).toContain(`kunnskapsbase: revisjon ${revision} (${file})`);

    // npm start -- --version: the same, and the bot is not started even with a token set.
    const started = await runMain(['--version'], { FACTBOT_DB: file, ...english, DISCORD_TOKEN: 'x'.repeat(40), DISCORD_API_BASE: 'http://127.0.0.1:9/api' });
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).toBe(`factbot ${version}\nknowledge base: revision ${revision} (${file})\nNode.js ${process.version}\n`);
    expect(started.stderr).toBe('');
  });
});

describe('the command line speaks the language of LANG / LC_ALL', () => {
  const tempDir = useTempDir();

  it('help: Norwegian for nb_NO, nn_NO and no_NO (LC_ALL first), English otherwise', async () => {
    const nb = await runCli(['--help'], { env: norwegian });
    expect(nb.code).toBe(0);
    for (const text of ['Bruk:', 'Kommandoer:', 'Valg:', 'svar på ett spørsmål', 'vis hjelp for kommandoen', 'kunnskapsbasen: administrasjon'])
      expect(nb.stdout).toContain(text);
    expect(nb.stdout).not.toContain('Usage:');
    const nn = await runCli(['kb', 'export', '--help'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'nn_NO.UTF-8' } });
    expect(nn.stdout).toContain('skriv hele kunnskapsbasen som JSON');
    expect(nn.stdout).toContain('Valg:');
    const no = await runCli(['kb', '--help'], { env: { LANG: 'no_NO', LC_ALL: '', LC_MESSAGES: '' } });
    expect(no.stdout).toContain('Kommandoer:');
    const en = await runCli(['--help'], { env: english });
    for (const text of ['Usage:', 'Commands:', 'answer one question', 'show help for the command']) expect(en.stdout).toContain(text);
    expect(en.stdout).not.toContain('Bruk:');
  });

  it('usage errors: in Norwegian for nb_NO, with a suggestion; exit code non-zero', async () => {
    const typo = await runCli(['ak', 'Hei'], { env: norwegian });
    expect(typo.code).not.toBe(0);
    expect(typo.stderr).toContain('feil: ukjent kommando «ak»\n(Mente du ask?)');
    const option = await runCli(['ask', '--bogus'], { env: norwegian });
    expect(option.stderr).toContain('feil: ukjent valg «--bogus»');
    const missing = await runCli(['kb', 'entries', 'show'], { env: english });
    expect(missing.stderr).toContain("error: missing required argument 'id'");
  });

  it('chat: the banner in the system language before the first question', async () => {
    const file = path.join(tempDir(), 'kb.db');
    const en = await runCli(['chat'], { env: { FACTBOT_DB: file, ...english }, input: '/quit\n' });
    expect(en.stdout.split('\n')[0]).toContain('Type a question in English or Norwegian');
    expect(en.stdout).toContain('Bye!');
    const nb = await runCli(['chat'], { env: { FACTBOT_DB: file, ...norwegian }, input: '/quit\n' });
    expect(nb.stdout.split('\n')[0]).toContain('Skriv et spørsmål på norsk eller engelsk');
    expect(nb.stdout).toContain('Ha det!');
  });
});
