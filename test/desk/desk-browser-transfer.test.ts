import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { useAdminDb } from '../support/admin-db.js';
import { useBrowser } from '../support/browser.js';
import { recordAsked } from '../support/desk-data.js';
import { useDeskProcesses } from '../support/desk-process.js';
import { PROJECT_ROOT, runCli } from '../support/run-cli.js';

const DAY = 86_400_000;

/** The desk in a real browser: import with a diff, undo from history, backups, and the overview. */
describe('desk in the browser: import, history, backups, overview', { timeout: 90_000 /* real processes and browser on two shared cores */ }, () => {
  const db = useAdminDb();
  const startDesk = useDeskProcesses();
  const browser = useBrowser();

  it('shows what an import changes before applying it, then undoes it from the history page', async () => {
    const file = db.file();
    const dir = db.tempDir();
    const desk = await startDesk({ FACTBOT_DB: file, FACTBOT_DESK_BACKUP_DIR: path.join(dir, 'backups') });
    const page = await (await browser()).newPage();
    await page.goto(desk.latestLink()!);
    await page.goto(`${desk.base}/transfer`);

    // Export as a download, change one answer, upload it again.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /knowledge base \(JSON/ }).click()]);
    const kb = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as KnowledgeBase;
    const horse = kb.entries.find((e) => e.id === 'horse-train')!;
    horse.answer.en = 'An imported answer about the horse train.';
    const upload = path.join(dir, 'changed.json');
    fs.writeFileSync(upload, JSON.stringify(kb));

    // A bad file first: rejected with its problems, nothing changed.
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ entries: [{ id: 'Not A Slug' }], sources: [] }));
    await page.locator('input[type=file]').setInputFiles(bad);
    await page.getByRole('button', { name: 'Show changes' }).click();
    expect(await page.locator('.problems').textContent()).toContain('rejected and nothing was changed');

    await page.goto(`${desk.base}/transfer`);
    await page.locator('input[type=file]').setInputFiles(upload);
    await page.getByRole('button', { name: 'Show changes' }).click();
    const diff = page.locator('.kb-diff');
    expect(await diff.textContent()).toContain('0 added, 0 removed, 1 changed');
    expect(await diff.locator('table.diff').textContent()).toContain('An imported answer about the horse train.');
    await page.getByRole('button', { name: 'Apply import' }).click();
    expect(await page.locator('.notice').textContent()).toContain('Imported');
    const ask = async () =>
      JSON.parse((await runCli(['ask', '--json', 'Was there a train with horses?'], { env: { FACTBOT_DB: file } })).stdout) as { answer: string };
    expect((await ask()).answer).toContain('An imported answer');

    // History reads the import as one changed field (not thousands of lines), and undoes it.
    await page.goto(`${desk.base}/history`);
    const change = page.locator('li.change').first();
    expect(await change.locator('.action').textContent()).toBe('imported');
    expect(await change.locator('table.diff th').allTextContents()).toEqual(['answer.en']);
    await change.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('.notice').textContent()).toMatch(/was undone/);
    expect((await ask()).answer).not.toContain('An imported answer');

    // A backup, then a restore: both through the page.
    await page.goto(`${desk.base}/transfer`);
    await page.getByRole('button', { name: 'Make a backup now' }).click();
    expect(await page.locator('.notice').textContent()).toMatch(/Backup factbot-.*\.db made/);
    await page.getByRole('button', { name: 'Restore' }).first().click();
    expect(await page.locator('.notice').textContent()).toContain('restored');
  });

  it('draws the overview charts from local scripts, each with its numbers in a table', async () => {
    const file = db.file();
    // Fixed days, so the screenshot in docs/ changes only when the page does.
    const today = Date.parse('2026-11-28T12:00:00Z');
    const at = (daysAgo: number) => new Date(today - daysAgo * DAY).toISOString();
    const asked: Parameters<typeof recordAsked>[1] = [];
    for (let d = 0; d < 14; d++) {
      for (let i = 0; i < 3 + ((d * 7) % 5); i++) asked.push({ question: 'Hvem tok bildene?', lang: 'nb', intent: 'image-1024', askedAt: at(d) });
      for (let i = 0; i < 1 + (d % 3); i++) asked.push({ question: 'Who took the pictures?', lang: 'en', intent: 'horse-train', askedAt: at(d) });
      if (d % 2 === 0) asked.push({ question: 'Was the train painted green?', lang: 'en', askedAt: at(d) });
      if (d % 4 === 1) asked.push({ question: 'what was in those containers', lang: 'en', suggestions: ['cargo-unknown', 'image-1429'], askedAt: at(d) });
    }
    asked.push({ question: 'Var det hester på toget?', lang: 'nb', intent: 'horse-train', notUsefulVotes: 2, usefulVotes: 1, askedAt: at(1) });
    recordAsked(file, asked);
    const desk = await startDesk({ FACTBOT_DB: file });
    const context = await browser();
    const page = await context.newPage();
    const offsite: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(desk.base)) offsite.push(request.url());
    });
    await page.goto(desk.latestLink()!);
    const from = new Date(today - 13 * DAY).toISOString().slice(0, 10);
    const to = new Date(today).toISOString().slice(0, 10);
    await page.goto(`${desk.base}/?from=${from}&to=${to}`);
    await page.waitForSelector('canvas[data-drawn="true"]');
    expect(await page.locator('canvas[data-drawn="true"]').count()).toBe(5);
    expect(offsite).toEqual([]);

    const shares = page.locator('section.chart', { has: page.locator('#shares') });
    expect(await shares.locator('table').textContent()).toMatch(/Declined, nothing close\s*7/);
    expect(await shares.locator('table').textContent()).toMatch(/Declined, with suggestions to pick from\s*4/);
    const feedback = page.locator('section.chart', { has: page.locator('#feedback') });
    expect(await feedback.locator('tbody tr').first().textContent()).toMatch(/A train carrying horses\s*1\s*2/);
    expect(
      await page
        .locator('section.chart', { has: page.locator('#top-declined') })
        .locator('table')
        .textContent(),
    ).toContain('Was the train painted green?');
    await page.screenshot({ path: path.join(PROJECT_ROOT, 'docs', 'desk-overview.png'), fullPage: true });

    // A period that is not one: a clear message.
    const bad = await page.goto(`${desk.base}/?from=2026-13-01&to=yesterday`);
    expect(bad!.status()).toBe(400);
    expect(await page.locator('.message').textContent()).toContain('is not valid');
  });
});
