import { claimReviewJson, publisherFromConfig } from '../../admin/claim-review.js';
import { isLang } from '../../kb/languages.js';
import type { CliContext } from '../cli-context.js';
import { LocalizedError } from '../../errors/localized-error.js';
import { reportChange, withAdmin, type AdminCommandContext } from './kb-shared.js';

export interface KbExportOptions {
  /** schema.org ClaimReview JSON-LD for the claims instead of the knowledge base. */
  claimreview?: boolean;
  /** ClaimReview only: one language (default both). */
  lang?: string;
}

/**
 * `kb export`: the whole knowledge base as JSON on stdout, in the format of data/ and `kb import`;
 * with --claimreview, a JSON array of schema.org ClaimReview objects, one per claim and language.
 */
export function kbExportCommand(ctx: CliContext, options: KbExportOptions = {}): Promise<void> {
  return withAdmin(ctx, (a) => {
    if (!options.claimreview) {
      process.stdout.write(`${JSON.stringify(a.admin.transfer.exportKb(), null, 2)}\n`);
      return;
    }
    const lang = options.lang;
    if (lang !== undefined && !isLang(lang)) throw new LocalizedError('cli.kb.badLang', { lang });
    const langs = lang ? [lang] : undefined;
    const { reviews, withoutClaim } = a.admin.transfer.claimReviews(publisherFromConfig(ctx.config), langs ? { langs } : {});
    if (withoutClaim.length) process.stderr.write(`${a.t('cli.kb.claimsWithoutText', a.lang, { ids: withoutClaim.join(', ') })}\n`);
    // Safe to paste inside an HTML <script>: <, >, &, U+2028 and U+2029 are escaped.
    process.stdout.write(claimReviewJson(reviews));
  });
}

/**
 * `kb import FILE`: validates the whole file, then replaces the knowledge base in one transaction
 * (recorded in history, undoable); on any problem nothing changes and stderr names record and field.
 */
export function kbImportCommand(ctx: CliContext, file: string, options: { json?: boolean } = {}): Promise<void> {
  return withAdmin(ctx, (a) => {
    const result = a.admin.transfer.importKb(a.actor, a.admin.transfer.readImportFile(file));
    reportImport(a, result, options.json);
    process.stderr.write(
      `${result.change ? a.t('cli.kb.importDone', a.lang, { entries: result.entries, sources: result.sources }) : a.t('cli.kb.importNothing', a.lang)}\n`,
    );
  });
}

/** `kb reseed`: development aid: replaces the knowledge base with data/ as it is now (recorded, undoable). */
export function kbReseedCommand(ctx: CliContext): Promise<void> {
  return withAdmin(ctx, (a) => {
    const result = a.admin.transfer.reseed(a.actor);
    reportImport(a, result, false);
    process.stderr.write(`${a.t('cli.kb.reseedDone', a.lang, { entries: result.entries })}\n`);
  });
}

function reportImport(a: AdminCommandContext, result: ReturnType<AdminCommandContext['admin']['transfer']['importKb']>, json: boolean | undefined): void {
  if (result.missingContractIds.length) process.stderr.write(`${a.t('cli.kb.missingContractIds', a.lang, { ids: result.missingContractIds.join(', ') })}\n`);
  // Human-readable reports go to stderr here: `kb import` has always kept stdout empty.
  if (json) reportChange(a, result, true, { entries: result.entries, sources: result.sources });
  else if (result.change) process.stderr.write(`${a.t('cli.kb.changeDone', a.lang, { change: `#${result.change.id}` })}\n`);
}
