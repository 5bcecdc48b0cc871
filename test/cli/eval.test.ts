import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

describe('factbot eval (spawned)', () => {
  const tempDir = useTempDir();

  it('scores a set, and warns on stderr once the database no longer holds the knowledge base of data/', async () => {
    const set = path.join(tempDir(), 'set.jsonl');
    const items = [
      { q: 'Who took the satellite images?', lang: 'en', expect: ['image-analysis'] },
      { q: 'What is the weather in Oslo tomorrow?', lang: 'en', expect: [] },
    ];
    fs.writeFileSync(set, items.map((i) => JSON.stringify(i)).join('\n'));
    const env = { FACTBOT_DB: path.join(tempDir(), 'kb.db'), LANG: 'en_US.UTF-8' };

    const seeded = await runCli(['eval', '--json', set], { env });
    expect(seeded.code).toBe(0);
    expect(seeded.stderr).not.toMatch(/differs from data/);
    expect(JSON.parse(seeded.stdout)).toMatchObject({ answerable: { right: 1, total: 1 }, declines: { right: 1, total: 1 } });

    expect((await runCli(['kb', 'entries', 'edit', 'dprk-denial', '--claim-date', '2022-09-21'], { env })).code).toBe(0);
    const edited = await runCli(['eval', '--json', set], { env });
    expect(edited.code).toBe(0);
    expect(edited.stderr).toMatch(/differs from data\//);
    expect(edited.stderr).toContain(env.FACTBOT_DB);
    // The warning stays off stdout: the JSON report is still one parseable object.
    expect(JSON.parse(edited.stdout)).toHaveProperty('answerable');
  });
});
