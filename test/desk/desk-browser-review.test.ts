import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAdminDb } from '../support/admin-db.js';
import { useBrowser } from '../support/browser.js';
import { recordAsked } from '../support/desk-data.js';
import { useDeskProcesses } from '../support/desk-process.js';
import { PROJECT_ROOT, runCli } from '../support/run-cli.js';

const OWNER_QUESTION = 'Hvilken farge hadde vognene på satellittbildene?';

/** The desk in a real browser: review queue -> training question -> the bot answers; the editor. */
describe('desk in the browser: review and entries', { timeout: 90_000 /* real processes and browser on two shared cores */ }, () => {
  const db = useAdminDb();
  const startDesk = useDeskProcesses();
  const browser = useBrowser();

  const ask = async (file: string, question: string) =>
    JSON.parse((await runCli(['ask', '--json', question], { env: { FACTBOT_DB: file } })).stdout) as { intent: string | null; answer: string };

  it('groups a declined question, adds it to an entry in one click, and the bot then answers that wording', async () => {
    const file = db.file();
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    recordAsked(file, [
      { question: OWNER_QUESTION, lang: 'nb', askedAt: daysAgo(3) },
      { question: OWNER_QUESTION, lang: 'nb', askedAt: daysAgo(2) },
      { question: 'hvilken farge hadde vognene på satelittbildene', lang: 'nb', askedAt: daysAgo(2) },
      { question: 'Was the train painted green?', lang: 'en' },
      {
        question: 'what stood next to it at the station',
        lang: 'en',
        suggestions: ['image-1429', 'transloading-unconfirmed'],
        picked: 'image-1429',
        askedAt: daysAgo(5),
      },
    ]);
    expect((await ask(file, OWNER_QUESTION)).intent).toBeNull();
    const desk = await startDesk({ FACTBOT_DB: file });
    const page = await (await browser()).newPage();
    await page.goto(desk.latestLink()!);
    await page.goto(`${desk.base}/review?sort=newest`);
    expect(await page.locator('li.review-item .question').first().textContent()).toContain('painted green');
    await page.getByRole('link', { name: 'most frequent' }).click();

    const item = page.locator('li.review-item').first();
    await expect.poll(() => item.locator('.question').textContent()).toContain(OWNER_QUESTION);
    expect(await item.locator('.meta').textContent()).toContain('asked 3 times');
    expect(await item.locator('.variants').textContent()).toContain('satelittbildene');
    expect(await item.locator('.now').textContent()).toContain('still declines');

    // What askers picked from the suggestions is shown, and preselected as the entry to add it to.
    const picked = page.locator('li.review-item', { hasText: 'what stood next to it at the station' });
    expect(await picked.locator('.picked').textContent()).toMatch(/Askers picked: 14:29/);
    expect(await picked.locator('select[name=entryId]').inputValue()).toBe('image-1429');
    await picked.getByRole('button', { name: 'Add as training question' }).click();
    await page.waitForURL(/promoted=image-1429/);
    await page.goto(`${desk.base}/review?sort=count`);

    await item.locator('select[name=entryId]').selectOption('cargo-unknown');
    await item.getByRole('button', { name: 'Add as training question' }).click();
    await page.waitForURL(/promoted=cargo-unknown/);
    expect(await page.locator('.notice').textContent()).toContain('The bot answers this wording with that entry now');
    expect(await page.locator('li.review-item .question').allTextContents()).not.toContain(`“${OWNER_QUESTION}”`);

    // Another process (the CLI, as the bot would) answers the wording with the entry now.
    expect((await ask(file, OWNER_QUESTION)).intent).toBe('cargo-unknown');

    // The other question needs an entry of its own: started from the queue, it closes the item.
    await page.locator('li.review-item').first().getByRole('link', { name: 'New entry' }).click();
    expect(await page.locator('textarea[name=questions_en]').inputValue()).toBe('Was the train painted green?');
    await page.locator('input[name=id]').fill('train-colour');
    await page.locator('select[name=status]').selectOption('unknown');
    await page.locator('input[name=title_nb]').fill('Togets farge');
    await page.locator('input[name=title_en]').fill('The colour of the train');
    await page.locator('textarea[name=answer_nb]').fill('Artikkelen sier ikke hvilken farge toget hadde.');
    await page.locator('textarea[name=answer_en]').fill('The article does not say what colour the train was.');
    await page.getByLabel('38 North').check();
    await page.getByRole('button', { name: 'Review changes' }).click();
    expect(await page.locator('.part').textContent()).toContain('created');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/entries\/train-colour\?saved=/);
    await page.goto(`${desk.base}/review`);
    expect(await page.locator('.empty').textContent()).toBe('Nothing to review.');
    expect((await ask(file, 'Was the train painted green?')).intent).toBe('train-colour');

    // History says who (the local operator), where (the desk), and what changed, field by field.
    await page.goto(`${desk.base}/history`);
    const promotion = page.locator('li.change', { hasText: OWNER_QUESTION }).first();
    expect(await promotion.locator('.who').textContent()).toBe('cli:local operator');
    expect(await promotion.locator('.tag').first().textContent()).toBe('desk');
    expect(await promotion.locator('table.diff').textContent()).toContain(`+ ${OWNER_QUESTION}`);
  });

  it('edits an entry with a live preview, shows the changes before saving, and handles a stale edit', async () => {
    const file = db.file();
    const desk = await startDesk({ FACTBOT_DB: file });
    const page = await (await browser()).newPage();
    await page.goto(desk.latestLink()!);
    await page.goto(`${desk.base}/entries/horse-train`);

    const newAnswer = 'Satellite images showed a train that some observers said carried horses, not weapons.';
    await page.locator('textarea[name=answer_en]').fill(newAnswer);
    await expect.poll(() => page.locator('#preview-en').textContent(), { timeout: 10_000 }).toContain(newAnswer);
    expect(await page.locator('#preview-en').textContent()).toContain('Reported');
    await page.screenshot({ path: path.join(PROJECT_ROOT, 'docs', 'desk-editor.png'), fullPage: true });

    // Validation messages come from the same rules as the CLI's, as you type.
    await page.locator('input[name=title_en]').fill('');
    await expect.poll(() => page.locator('#preview-problems').textContent(), { timeout: 10_000 }).toContain('title.en');
    await page.locator('input[name=title_en]').fill('A train carrying horses');
    await expect.poll(() => page.locator('#preview-problems').textContent(), { timeout: 10_000 }).toBe('');

    await page.getByRole('button', { name: 'Review changes' }).click();
    expect(await page.locator('table.diff').textContent()).toContain(newAnswer);
    expect(await page.locator('table.diff th').allTextContents()).toEqual(['answer.en']);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect(await page.locator('.notice').textContent()).toMatch(/Saved \(change #\d+\)/);
    expect((await ask(file, 'Was there a train with horses?')).answer).toContain(newAnswer);

    // Someone else saves while this editor is open: both are shown and the admin chooses.
    await page.locator('textarea[name=answer_nb]').fill('Min versjon av svaret.');
    const theirs = await runCli(['kb', 'entries', 'edit', 'horse-train', '--answer-nb', 'Deres versjon av svaret.'], { env: { FACTBOT_DB: file } });
    expect(theirs.code).toBe(0);
    await page.getByRole('button', { name: 'Review changes' }).click();
    expect(await page.locator('h1').textContent()).toBe('Someone else saved first');
    const diff = await page.locator('table.diff').textContent();
    expect(diff).toContain('Deres versjon av svaret.');
    expect(diff).toContain('Min versjon av svaret.');
    await page.getByRole('button', { name: 'Save mine over theirs' }).click();
    expect(await page.locator('.notice').textContent()).toMatch(/Saved/);
    expect(await page.locator('textarea[name=answer_nb]').inputValue()).toBe('Min versjon av svaret.');
  });
});
