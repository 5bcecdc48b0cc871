import fs from 'node:fs';
import { DATA_DIR } from '../../config/project-paths.js';
import { KnowledgeBaseInvalidError, parseKnowledgeBase } from '../../kb/knowledge-base.js';
import { loadSeedFiles } from '../../kb/seed-files.js';
import type { CliContext } from '../cli-context.js';
import { CliFailure } from '../cli-failure.js';

const IMPORT_LIMIT_MB = 20;

/** `kb export`: the whole knowledge base as JSON on stdout, in the format of data/ and `kb import`. */
export function kbExportCommand(ctx: CliContext): void {
  const kb = ctx.open().repository.load();
  process.stdout.write(`${JSON.stringify(kb, null, 2)}\n`);
}

/** `kb import FILE`: validates the whole file, then replaces the knowledge base in one transaction. */
export function kbImportCommand(ctx: CliContext, file: string): void {
  if (!fs.existsSync(file)) throw new CliFailure('cli.importFileMissing', { file });
  const size = fs.statSync(file).size;
  if (size > IMPORT_LIMIT_MB * 1024 * 1024)
    throw new CliFailure('cli.fileTooLarge', { file, size: (size / 1024 / 1024).toFixed(1), limit: IMPORT_LIMIT_MB });
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliFailure('cli.importFileNotJson', { file, problem: (error as Error).message });
  }
  let kb;
  try {
    kb = parseKnowledgeBase(json);
  } catch (error) {
    if (error instanceof KnowledgeBaseInvalidError) throw new CliFailure('cli.importFailed', {}, error.problems);
    throw error;
  }
  ctx.open().repository.replaceAll(kb);
  ctx.logger.info({ file, entries: kb.entries.length, sources: kb.sources.length }, 'knowledge base imported');
  process.stderr.write(`${ctx.open().translate('cli.importDone', ctx.uiLang, { entries: kb.entries.length, sources: kb.sources.length })}\n`);
}

/** `kb reseed`: development aid: replaces the knowledge base with data/ as it is now. */
export function kbReseedCommand(ctx: CliContext): void {
  const kb = loadSeedFiles(DATA_DIR);
  ctx.open().repository.replaceAll(kb);
  process.stderr.write(`${ctx.open().translate('cli.reseedDone', ctx.uiLang, { entries: kb.entries.length })}\n`);
}
