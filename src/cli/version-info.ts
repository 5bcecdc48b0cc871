import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/project-paths.js';
import type { Translate } from '../i18n/translator.js';
import type { Lang } from '../kb/languages.js';
import { checkDatabase } from '../ops/health.js';

/** factbot's own version, from package.json. */
export function factbotVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * `factbot --version` (and `npm start -- --version`): the version, the knowledge base's revision
 * and the Node.js version, one per line. Reads the database without creating or changing it.
 */
export function versionText(dbFile: string, t: Translate, lang: Lang): string {
  let kb: string;
  if (!fs.existsSync(dbFile)) kb = t('cli.version.kbMissing', lang, { file: dbFile });
  else {
    const db = checkDatabase(dbFile);
    kb = db.ok
      ? t('cli.version.kb', lang, { revision: db.revision, file: dbFile })
      : t('cli.version.kbUnreadable', lang, { file: dbFile, problem: db.problem });
  }
  return [`factbot ${factbotVersion()}`, kb, `Node.js ${process.version}`].join('\n');
}
