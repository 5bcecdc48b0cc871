import type { Attachment } from 'discord.js';
import { LocalizedError } from '../../../errors/localized-error.js';
import { claimReviewJson } from '../../../admin/claim-review.js';
import { IMPORT_LIMIT_BYTES } from '../../../admin/transfer-admin.js';
import { LANGS, type Lang } from '../../../kb/languages.js';
import { changed, slow, type KbContext, type KbHandlers } from '../kb-handler.js';
import type { KbReply } from '../kb-view.js';

/** How long a download of an import attachment from Discord may take. */
const DOWNLOAD_TIMEOUT_MS = 20_000;

/** `/kb export|import|backup|restore`: the knowledge base as a file, and the backups folder. */
export function transferHandlers(ctx: KbContext): KbHandlers {
  const { admin, view, backupDir, publisher } = ctx;
  return {
    leaves: {
      export: ({ interaction: i, lang }) => {
        const format = i.options.getString('format') ?? 'json';
        const language = i.options.getString('language') as Lang | null;
        let reply: KbReply & { files: NonNullable<KbReply['files']> };
        if (format === 'claimreview') {
          const { reviews } = admin.transfer.claimReviews(publisher, { langs: language ? [language] : LANGS });
          reply = {
            content: view.text('kb.export.claimreview', lang, { count: reviews.length }),
            files: [{ name: 'factbot-claimreview.jsonld', data: Buffer.from(claimReviewJson(reviews)) }],
          };
        } else {
          const kb = admin.transfer.exportKb();
          reply = {
            content: view.text('kb.export.json', lang, { entries: kb.entries.length, sources: kb.sources.length }),
            files: [{ name: 'factbot-kb.json', data: Buffer.from(`${JSON.stringify(kb, null, 2)}\n`) }],
          };
        }
        const bytes = reply.files[0]!.data.length;
        if (bytes > i.attachmentSizeLimit) throw new LocalizedError('kb.export.tooLarge', { size: mb(bytes) });
        return { reply };
      },
      import: ({ interaction: i, lang, actor }) => {
        const file = i.options.getAttachment('file', true);
        if (file.size > IMPORT_LIMIT_BYTES) throw tooLarge(file.name, file.size);
        return slow(async () => {
          const parsed = admin.transfer.parseImportBytes(await download(file), file.name);
          const result = admin.transfer.importKb(actor, parsed);
          const extra = result.change ? [view.text('kb.import.done', lang, { file: file.name, entries: result.entries, sources: result.sources })] : [];
          if (result.missingContractIds.length) extra.push(view.text('kb.import.missingContractIds', lang, { ids: result.missingContractIds.join(', ') }));
          return changed(ctx, result, lang, extra);
        });
      },
      backup: ({ lang }) =>
        slow(async () => {
          const result = await admin.backups.backupInto(backupDir, new Date());
          const values = { file: result.shownAs, name: result.name, size: Math.ceil(result.bytes / 1024), revision: result.revision, ms: result.ms };
          return { reply: { content: view.text('kb.backup.done', lang, values) } };
        }),
      restore: ({ interaction: i, lang, actor }) => {
        // Only a file /kb backup wrote, by its exact name: never a path, never another file.
        const name = i.options.getString('backup', true).trim();
        if (!admin.backups.listIn(backupDir).includes(name)) throw new LocalizedError('kb.restore.unknown');
        return slow(() => {
          const result = admin.backups.restoreFrom(actor, backupDir, name);
          const extra = [
            view.text('kb.restore.done', lang, { file: result.shownAs, revision: result.backupRevision, entries: result.entries, sources: result.sources }),
          ];
          if (result.missingContractIds.length) extra.push(view.text('kb.import.missingContractIds', lang, { ids: result.missingContractIds.join(', ') }));
          return changed(ctx, result, lang, extra);
        });
      },
    },
  };
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function tooLarge(file: string, bytes: number): LocalizedError {
  return new LocalizedError('admin.error.fileTooLarge', { file, size: mb(bytes), limit: mb(IMPORT_LIMIT_BYTES) });
}

/** The attachment's bytes, from Discord's CDN (decoded strictly by the admin service). */
async function download(file: Attachment): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(file.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    throw new LocalizedError('kb.import.downloadFailed', { file: file.name, problem: (error as Error).message });
  }
  if (!response.ok) throw new LocalizedError('kb.import.downloadFailed', { file: file.name, problem: `HTTP ${response.status}` });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > IMPORT_LIMIT_BYTES) throw tooLarge(file.name, bytes.length);
  return bytes;
}
