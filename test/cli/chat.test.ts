import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdminService } from '../../src/admin/admin-service.js';
import { openKnowledgeBase } from '../../src/app/open-knowledge-base.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

describe('factbot chat (spawned)', () => {
  const tempDir = useTempDir();

  it('answers with status and sources, shows /help, and ends on /quit', async () => {
    const input = 'Hvem analyserte bildene?\n/help\n/nope\n/quit\nnever read\n';
    const { code, stdout } = await runCli(['chat'], { env: { FACTBOT_DB: path.join(tempDir(), 'kb.db') }, input });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Dokumentert: /);
    expect(stdout).toMatch(/38 North/);
    expect(stdout).toMatch(/\/quit/);
    expect(stdout).toMatch(/Ukjent kommando \/nope/);
    expect(stdout).toMatch(/Ha det!/);
  });

  it('ends cleanly at end of input (Ctrl-D)', async () => {
    const { code, stdout } = await runCli(['chat'], { env: { FACTBOT_DB: path.join(tempDir(), 'kb.db') }, input: 'What did Kirby say?\n' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Kirby/);
    expect(stdout).toMatch(/Bye!/);
  });

  it('records what it is asked, so a declined question reaches the review queue', async () => {
    const file = path.join(tempDir(), 'kb.db');
    const { code } = await runCli(['chat'], { env: { FACTBOT_DB: file }, input: 'Was the train painted green?\nWhat did Kirby say?\n' });
    expect(code).toBe(0);
    const { db, repository } = openKnowledgeBase(file);
    try {
      const queue = new AdminService({ db, repository, translate: createTranslator() }).review.unanswered();
      expect(queue.map((i) => i.question)).toEqual(['Was the train painted green?']);
      const surfaces = db.prepare(`SELECT DISTINCT surface FROM asked_questions`).pluck().all();
      expect(surfaces).toEqual(['chat']);
    } finally {
      db.close();
    }
  });
});
