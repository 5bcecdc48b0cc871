import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

const FIELDS = ['question', 'lang', 'intent', 'status', 'confidence', 'answer', 'sources', 'suggestions'];

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('factbot ask --json (spawned)', () => {
  const tempDir = useTempDir();

  it('creates, migrates and seeds FACTBOT_DB, and answers one question from the arguments', async () => {
    const db = path.join(tempDir(), 'new', 'kb.db');
    const { code, stdout } = await runCli(['ask', '--json', 'Hvem tok satellittbildene?'], { env: { FACTBOT_DB: db } });
    expect(code).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
    const [answer] = jsonLines(stdout);
    for (const f of FIELDS) expect(answer).toHaveProperty(f);
    expect(answer).toMatchObject({ question: 'Hvem tok satellittbildene?', lang: 'nb', intent: 'image-analysis', status: 'documented' });
  });

  it('answers a batch from stdin in order, one JSON object per line and nothing else on stdout', async () => {
    const input = [
      'Is North Korea really supplying Russia with weapons?',
      '',
      'kva veit vi om hestane?',
      'What is the weather in Oslo?',
      '😀😀😀',
      `hvem tok bildene ${'x'.repeat(10_000)}`,
      'thanks',
    ].join('\n');
    const env = { FACTBOT_DB: path.join(tempDir(), 'kb.db') };
    const { code, stdout } = await runCli(['ask', '--json'], { env, input: `${input}\n` });
    expect(code).toBe(0);
    const answers = jsonLines(stdout);
    expect(answers.map((a) => a.question)).toEqual(input.split('\n'));
    for (const a of answers) {
      for (const f of FIELDS) expect(a).toHaveProperty(f);
      expect(['nb', 'en']).toContain(a.lang);
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(a.sources)).toBe(true);
    }
    expect(answers[0]).toMatchObject({ intent: 'claim-arms-supply', status: 'unproven', lang: 'en' });
    expect(answers[1]).toMatchObject({ intent: null, status: null });
    expect(answers[1]!.answer).toBeTruthy();
    expect(answers[3]).toMatchObject({ intent: null, status: null, sources: [] });
    expect(answers[4]).toMatchObject({ intent: null });
    expect(answers[6]).toMatchObject({ intent: 'thanks', status: null });
  });

  it('names the entries it is not sure between in "suggestions" (best first, at most 3; empty when it answers)', async () => {
    const input = ['kim and the train', 'how many horses did the russian train carry?', 'Who analysed the satellite images?'];
    const { code, stdout } = await runCli(['ask', '--json'], { env: { FACTBOT_DB: path.join(tempDir(), 'kb.db') }, input: `${input.join('\n')}\n` });
    expect(code).toBe(0);
    const [unsure, detail, answered] = jsonLines(stdout) as Array<{ intent: string | null; suggestions: string[]; answer: string }>;
    expect(unsure!.intent).toBeNull();
    expect(unsure!.suggestions.length).toBeGreaterThan(0);
    expect(unsure!.suggestions.length).toBeLessThanOrEqual(3);
    expect(unsure!.answer).not.toMatch(/doesn't say/);
    expect(detail).toMatchObject({ intent: null, suggestions: ['horse-train'] });
    expect(answered).toMatchObject({ intent: 'image-analysis', suggestions: [] });
  });

  it('survives binary garbage on stdin', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const { code, stdout } = await runCli(['ask', '--json'], { env: { FACTBOT_DB: path.join(tempDir(), 'kb.db') }, input: garbage });
    expect(code).toBe(0);
    const answers = jsonLines(stdout);
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) expect(a.intent === null || typeof a.intent === 'string').toBe(true);
  });

  it('prints readable answers without --json', async () => {
    const { code, stdout } = await runCli(['ask', 'How long is the Friendship Bridge?'], { env: { FACTBOT_DB: path.join(tempDir(), 'kb.db') } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Documented: .*800/);
    expect(stdout).toMatch(/Source: TV 2/);
  });
});

describe('factbot configuration and errors (spawned)', () => {
  const tempDir = useTempDir();

  it('names a malformed variable without printing its value', async () => {
    const { code, stderr } = await runCli(['ask', 'hei'], { env: { DISCORD_TOKEN: 'short-secret', FACTBOT_DB: path.join(tempDir(), 'kb.db') } });
    expect(code).toBe(2);
    expect(stderr).toContain('DISCORD_TOKEN');
    expect(stderr).not.toContain('short-secret');
  });

  it('refuses a database made by a newer factbot with a clear message', async () => {
    const db = path.join(tempDir(), 'future.db');
    const { default: BetterSqlite3 } = await import('better-sqlite3');
    const raw = new BetterSqlite3(db);
    raw.pragma('user_version = 999');
    raw.close();
    const { code, stderr } = await runCli(['ask', '--json', 'hei'], { env: { FACTBOT_DB: db, LANG: 'en_US.UTF-8' } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/newer factbot/);
  });

  it('reports an evaluation file that does not exist', async () => {
    const { code, stderr } = await runCli(['eval', 'no/such/file.jsonl'], { env: { FACTBOT_DB: path.join(tempDir(), 'kb.db'), LANG: 'C' } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/not found/);
  });
});
