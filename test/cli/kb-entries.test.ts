import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { useAdminDb } from '../support/admin-db.js';
import { useLineProcesses } from '../support/line-process.js';
import { runCli } from '../support/run-cli.js';

interface AskJson {
  question: string;
  intent: string | null;
  status: string | null;
  lang: string;
  answer: string;
}

describe('factbot kb entries … (spawned), seen by a running `ask` without restart', () => {
  const dbs = useAdminDb();
  const start = useLineProcesses();

  it('add, edit, retire, restore and undo each show in the next answer, in both languages; history says who did what', async () => {
    const file = dbs.file();
    const env = { FACTBOT_DB: file };
    const source = dbs.open(file).admin.sources.list()[0]!.id;
    const bot = start(['ask', '--json'], env);
    const ask = async (question: string): Promise<AskJson> => {
      const from = bot.lines.length;
      bot.send(question);
      return JSON.parse(await bot.waitFor((l) => (JSON.parse(l) as AskJson).question === question, { from })) as AskJson;
    };
    const kb = async (...args: string[]) => {
      const result = await runCli(['kb', ...args, '--json'], { env });
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { change: { id: number; action: string } };
    };
    const en = 'Was a zeppelin seen over the bridge?';
    const nb = 'Ble det sett en zeppeliner over broen?';
    expect((await ask(en)).intent).not.toBe('zeppelin-sighting');

    await kb(
      'entries',
      'add',
      '--id',
      'zeppelin-sighting',
      '--status',
      'refuted',
      '--title-nb',
      'En zeppeliner over broen',
      '--title-en',
      'A zeppelin over the bridge',
      '--answer-nb',
      'Ingen zeppeliner ble sett over Vennskapsbroen.',
      '--answer-en',
      'No zeppelin was seen over the Friendship Bridge.',
      '--source',
      source,
      '--question-nb',
      nb,
      '--question-en',
      en,
    );
    expect(await ask(en)).toMatchObject({ intent: 'zeppelin-sighting', status: 'refuted', lang: 'en', answer: expect.stringContaining('No zeppelin') });
    expect(await ask(nb)).toMatchObject({ intent: 'zeppelin-sighting', lang: 'nb', answer: expect.stringContaining('Ingen zeppeliner') });

    const edit = await kb(
      'entries',
      'edit',
      'zeppelin-sighting',
      '--answer-en',
      'Corrected: nobody saw a zeppelin.',
      '--answer-nb',
      'Rettet: ingen så en zeppeliner.',
    );
    expect((await ask(en)).answer).toContain('Corrected: nobody saw a zeppelin.');
    expect((await ask(nb)).answer).toContain('Rettet: ingen så en zeppeliner.');

    await kb('entries', 'retire', 'zeppelin-sighting');
    expect((await ask(en)).intent).not.toBe('zeppelin-sighting');
    await kb('entries', 'restore', 'zeppelin-sighting');
    expect((await ask(en)).intent).toBe('zeppelin-sighting');

    const undo = await kb('undo', String(edit.change.id));
    expect(undo.change.action).toBe('undo');
    expect((await ask(en)).answer).toContain('No zeppelin was seen');
    expect((await ask(nb)).answer).toContain('Ingen zeppeliner ble sett');

    const history = await runCli(['kb', 'history'], { env: { ...env, LANG: 'en_US.UTF-8' } });
    const who = `cli:${os.userInfo().username}`;
    expect(
      history.stdout
        .trim()
        .split('\n')
        .map((line) => line.replace(/^#\d+ \S+ \S+ UTC /, '')),
    ).toEqual([
      `${who} undid #${edit.change.id}: entry zeppelin-sighting (answer.nb, answer.en)`,
      `${who} restored entry zeppelin-sighting (retired)`,
      `${who} retired entry zeppelin-sighting (retired)`,
      `${who} edited entry zeppelin-sighting (answer.nb, answer.en)`,
      `${who} added entry zeppelin-sighting (created)`,
    ]);
    expect(dbs.open(file).admin.history.show(edit.change.id)).toMatchObject({
      actor: { kind: 'cli', id: os.userInfo().username },
      parts: [
        {
          kind: 'entry',
          key: 'zeppelin-sighting',
          before: { answer: { en: 'No zeppelin was seen over the Friendship Bridge.' } },
          after: { answer: { en: 'Corrected: nobody saw a zeppelin.' } },
        },
      ],
    });
  });

  it('rejects bad input with a localized message and a non-zero exit, changing nothing', async () => {
    const file = dbs.file();
    const nb = { FACTBOT_DB: file, LANG: 'nb_NO.UTF-8' };
    const bad = await runCli(['kb', 'entries', 'edit', 'horse-train', '--status', 'maybe', '--title-en', ''], { env: nb });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Forespørselen ble avvist, og ingenting ble endret');
    expect(bad.stderr).toMatch(/oppføring "horse-train", feltet status: må være en av: documented/);
    expect(bad.stderr).toMatch(/feltet title\.en: kan ikke være tomt/);
    const [missing, conflict] = await Promise.all([
      runCli(['kb', 'entries', 'retire', 'no-such-entry'], { env: { FACTBOT_DB: file, LANG: 'C' } }),
      runCli(['kb', 'undo', '42'], { env: { FACTBOT_DB: file, LANG: 'C' } }),
    ]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('There is no entry "no-such-entry".');
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain('There is no change #42 in the history.');
    expect(dbs.open(file).admin.history.list()).toEqual([]);
  });
});
