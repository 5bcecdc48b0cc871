import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { LocalizedError } from '../../src/errors/localized-error.js';
import { AdminService, type AdminServiceOptions } from '../../src/admin/admin-service.js';
import type { EntryAddInput } from '../../src/admin/validation.js';
import { createApp, type FactbotApp } from '../../src/app/factbot-app.js';
import { openKnowledgeBase } from '../../src/app/open-knowledge-base.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { useTempDir } from './temp-dir.js';

/** A new entry for tests (not in the seed): a refuted claim, with one training question per language. */
export function zeppelinEntry(source: string): EntryAddInput & { questions: { nb: string[]; en: string[] } } {
  return {
    id: 'zeppelin-sighting',
    status: 'refuted',
    title: { nb: 'En zeppeliner over broen', en: 'A zeppelin over the bridge' },
    answer: { nb: 'Ingen zeppeliner ble sett over Vennskapsbroen.', en: 'No zeppelin was seen over the Friendship Bridge.' },
    sources: [source],
    questions: { nb: ['Ble det sett en zeppeliner over broen?'], en: ['Was a zeppelin seen over the bridge?'] },
  };
}

/** Runs fn and returns the LocalizedError it throws (fails the test when it throws nothing else). */
export function adminError(fn: () => unknown): LocalizedError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LocalizedError) return error;
    throw error;
  }
  throw new Error('expected a LocalizedError');
}

export interface AdminHandle {
  file: string;
  admin: AdminService;
  /** With { engine: true } only. */
  app?: FactbotApp;
  db: FactbotApp['db'];
  repository: FactbotApp['repository'];
}

/**
 * Real SQLite files for admin tests: a seeded database is made once per test file and copied for
 * each test (seeding and migrating every time would be slow). Handles are closed after each test.
 */
export function useAdminDb(): {
  file: () => string;
  open: (file?: string, options?: AdminServiceOptions & { engine?: boolean }) => AdminHandle;
  tempDir: () => string;
} {
  const tempDir = useTempDir();
  let templateDir: string | undefined;
  const open: Array<{ close(): void }> = [];
  afterEach(() => {
    for (const h of open.splice(0)) h.close();
  });
  afterAll(() => {
    if (templateDir) fs.rmSync(templateDir, { recursive: true, force: true });
  });
  const file = (): string => {
    if (!templateDir) {
      templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbot-template-'));
      openKnowledgeBase(path.join(templateDir, 'kb.db')).db.close();
    }
    const target = path.join(tempDir(), 'kb.db');
    fs.copyFileSync(path.join(templateDir, 'kb.db'), target);
    return target;
  };
  return {
    file,
    tempDir,
    open: (target = file(), options = {}) => {
      if (options.engine) {
        const app = createApp({ FACTBOT_DB: target });
        open.push(app);
        return { file: target, app, db: app.db, repository: app.repository, admin: new AdminService(app, options) };
      }
      const { db, repository } = openKnowledgeBase(target);
      open.push({ close: () => db.open && db.close() });
      return { file: target, db, repository, admin: new AdminService({ db, translate: createTranslator() }, options) };
    },
  };
}
