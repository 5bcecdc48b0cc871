import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * A real headless Chromium for the desk's browser tests: the one shipped inside the
 * @sparticuz/chromium npm package (so `npm install && npm test` is enough), driven by
 * playwright-core. One browser per test file (two cores); a fresh context (cookies) per test.
 */
export function useBrowser(): () => Promise<BrowserContext> {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    // --single-process (made for AWS Lambda) ends the whole browser when a context closes.
    const args = chromium.args.filter((arg) => arg !== '--single-process');
    browser = await playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
  }, 120_000);
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async () => {
    const context = await browser!.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    // Fail with the locator's name well before the test's own timeout.
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    return context;
  };
}
