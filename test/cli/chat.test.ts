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

  it('offers a numbered list when it is not sure, and shows the entry whose number is typed', async () => {
    const input = 'kim and the train\n7\n1\n';
    const file = path.join(tempDir(), 'kb.db');
    const { code, stdout } = await runCli(['chat'], { env: { FACTBOT_DB: file }, input });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Did you mean one of these\?\n1\. /);
    expect(stdout).toMatch(/Type a number from 1 to \d/);
    expect(stdout).toMatch(/There is no suggestion with that number/);
    // The first suggestion's entry, with its status word and source.
    const first = /\n1\. (.+)\n/.exec(stdout)![1]!;
    expect(first.length).toBeGreaterThan(3);
    expect(stdout).toMatch(/\n(?:question> )?(?:Unknown|Documented|Unproven|Reported): /);
    expect(stdout).toMatch(/Sources?: /);
    // The pick is stored with the question, for the review queue.
    const { db } = openKnowledgeBase(file);
    try {
      const row = db.prepare(`SELECT suggestions, picked_intent FROM asked_questions WHERE question = ?`).get('kim and the train') as {
        suggestions: string;
        picked_intent: string;
      };
      expect(row.picked_intent).toBe((JSON.parse(row.suggestions) as string[])[0]);
    } finally {
      db.close();
    }
  });

  it('ends cleanly at end of input (Ctrl-D)', async () => {
    const { code, stdout } = await runCli(['chat'], { env: { FACTBOT_DB: path.join(tempDir(), 'kb.db') }, input: 'What did Kirby say?\n' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Kirby/);
    expect(stdout).toMatch(/Bye!/);
  });

  it('records what it is asked, so a declined question reaches the review queue', async () => {
    const file = path.join(tempDir(), 'kb.db');
    const { code } = await runCli(['chat'], { env: { FACTBOT_DB: file }, input: 'Was the train painted green?\nWho analysed the satellite images?\n' });
    expect(code).toBe(0);
    const { db } = openKnowledgeBase(file);
    try {
      const queue = new AdminService({ db, translate: createTranslator() }).review.unanswered();
      expect(queue.map((i) => i.question)).toEqual(['Was the train painted green?']);
      const surfaces = db.prepare(`SELECT DISTINCT surface FROM asked_questions`).pluck().all();
      expect(surfaces).toEqual(['chat']);
    } finally {
      db.close();
    }
  });
});
