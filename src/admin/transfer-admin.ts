import fs from 'node:fs';
import { DATA_DIR } from '../config/project-paths.js';
import type { Translate } from '../i18n/translator.js';
import { knowledgeBaseSchema, type KnowledgeBase } from '../kb/knowledge-base.js';
import { LANGS, type Lang } from '../kb/languages.js';
import { loadSeedFiles } from '../kb/seed-files.js';
import type { Actor } from './actor.js';
import type { AdminContext } from './admin-context.js';
import { LocalizedError, type Detail, type ProblemLocation } from '../errors/localized-error.js';
import type { ChangeResult } from './change-writer.js';
import type { ClaimReview, WithContext } from 'schema-dts';
import { claimsWithoutText, toClaimReviews, type ClaimReviewPublisher } from './claim-review.js';
import { CONTRACT_IDS } from './contract-ids.js';
import { requireRegularFile } from './regular-file.js';
import { decodeUtf8, NotUtf8Error } from './utf8-text.js';
import { issuesToDetails } from './validation.js';

/** Larger files are refused before they are read. */
export const IMPORT_LIMIT_BYTES = 20 * 1024 * 1024;

export interface ImportResult extends ChangeResult {
  entries: number;
  sources: number;
  /** Contract ids (../shared/CONTRACT.md) the imported knowledge base does not have. */
  missingContractIds: string[];
}

/** The knowledge base as one file: export, import (all or nothing), ClaimReview JSON-LD. */
export class TransferAdmin {
  constructor(
    private readonly ctx: AdminContext,
    private readonly translate: Translate,
  ) {}

  /** The whole knowledge base, in the format of data/ and of import. */
  exportKb(): KnowledgeBase {
    return this.ctx.kb.load();
  }

  /**
   * schema.org ClaimReview objects, one per reviewed claim and language, and the ids of entries
   * with a claim status but no claim text (left out). Needs a publisher: each review has a url.
   */
  claimReviews(
    publisher: ClaimReviewPublisher | null,
    options: { langs?: readonly Lang[] } = {},
  ): { reviews: Array<WithContext<ClaimReview>>; withoutClaim: string[] } {
    if (!publisher) throw new LocalizedError('admin.error.noPublicUrl');
    return this.ctx.writer.read(() => {
      const kb = this.ctx.kb.load();
      const reviews = toClaimReviews(kb, {
        translate: this.translate,
        publisher,
        langs: options.langs ?? LANGS,
        reviewedAt: (id) => this.ctx.records.entryUpdatedAt(id),
      });
      return { reviews, withoutClaim: claimsWithoutText(kb) };
    });
  }

  /** Reads an import file: refused when missing, larger than the limit, or not JSON. */
  readImportFile(file: string): unknown {
    const { size } = requireRegularFile(file);
    if (size > IMPORT_LIMIT_BYTES) throw new LocalizedError('admin.error.fileTooLarge', { file, size: mb(size), limit: mb(IMPORT_LIMIT_BYTES) });
    return this.parseImportBytes(fs.readFileSync(file), file);
  }

  /** An import file's bytes: strictly UTF-8 (refused with the offset of the first bad byte), then JSON. */
  parseImportBytes(bytes: Uint8Array, name = '-'): unknown {
    if (bytes.length > IMPORT_LIMIT_BYTES)
      throw new LocalizedError('admin.error.fileTooLarge', { file: name, size: mb(bytes.length), limit: mb(IMPORT_LIMIT_BYTES) });
    let text: string;
    try {
      text = decodeUtf8(bytes);
    } catch (error) {
      if (error instanceof NotUtf8Error) throw new LocalizedError('admin.error.notUtf8', { file: name, offset: error.offset });
      throw error;
    }
    return this.parseImportText(text, name);
  }

  parseImportText(text: string, name = '-'): unknown {
    if (Buffer.byteLength(text) > IMPORT_LIMIT_BYTES)
      throw new LocalizedError('admin.error.fileTooLarge', { file: name, size: mb(Buffer.byteLength(text)), limit: mb(IMPORT_LIMIT_BYTES) });
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new LocalizedError('admin.error.notJson', { file: name, problem: (error as Error).message });
    }
  }

  /** Development aid: replaces the knowledge base with the seed files in data/ as they are now. */
  reseed(actor: Actor, dataDir: string = DATA_DIR): ImportResult {
    return this.importKb(actor, loadSeedFiles(dataDir), 'kb.reseed');
  }

  /** Validates a whole knowledge base for import without writing it (LocalizedError naming every problem). */
  checkImport(input: unknown): KnowledgeBase {
    return parseForImport(input);
  }

  /**
   * Replaces the whole knowledge base: the input is validated as a whole first; on any problem
   * nothing changes and the error names every record and field that is wrong.
   */
  importKb(actor: Actor, input: unknown, action: 'kb.import' | 'kb.reseed' | 'backup.restore' = 'kb.import'): ImportResult {
    const kb = parseForImport(input);
    const result = this.ctx.writer.commit(actor, action, () => [{ kind: 'kb', key: '*', before: this.ctx.kb.load(), after: kb }]);
    const ids = new Set(kb.entries.map((e) => e.id));
    return {
      ...result,
      entries: kb.entries.length,
      sources: kb.sources.length,
      missingContractIds: CONTRACT_IDS.filter((id) => !ids.has(id)),
    };
  }
}

function parseForImport(input: unknown): KnowledgeBase {
  const result = knowledgeBaseSchema.safeParse(input);
  if (result.success) return result.data;
  // zod skips the cross-record checks when a record is malformed; run them anyway, so one pass
  // names every problem.
  const details = [...issuesToDetails(result.error.issues, input, locate(input)), ...crossRecordProblems(input)];
  const seen = new Set<string>();
  const unique = details.filter((d) => {
    const key = JSON.stringify([d.key, d.at?.record, d.at?.position, d.at?.field]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  throw new LocalizedError('admin.error.importInvalid', { count: unique.length }, unique);
}

function crossRecordProblems(input: unknown): Detail[] {
  if (typeof input !== 'object' || input === null) return [];
  const { entries, sources } = input as { entries?: unknown; sources?: unknown };
  const list = (value: unknown): Array<Record<string, unknown>> =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {})) : [];
  const problems: Detail[] = [];
  const at = (record: 'entry' | 'source', i: number, r: Record<string, unknown>, field: string) => ({
    record,
    position: i + 1,
    ...(typeof r.id === 'string' ? { id: r.id } : {}),
    field,
  });
  const sourceIds = new Set<unknown>();
  list(sources).forEach((s, i) => {
    if (sourceIds.has(s.id)) problems.push({ key: 'admin.problem.duplicateId', values: { id: String(s.id) }, at: at('source', i, s, 'id') });
    sourceIds.add(s.id);
  });
  const entryIds = new Set<unknown>();
  list(entries).forEach((e, i) => {
    if (entryIds.has(e.id)) problems.push({ key: 'admin.problem.duplicateId', values: { id: String(e.id) }, at: at('entry', i, e, 'id') });
    entryIds.add(e.id);
    if (!Array.isArray(e.sources) || sourceIds.size === 0) return;
    e.sources.forEach((source: unknown, j: number) => {
      if (typeof source === 'string' && !sourceIds.has(source))
        problems.push({ key: 'admin.problem.unknownSource', values: { source }, at: at('entry', i, e, `sources.${j}`) });
    });
  });
  return problems;
}

function locate(input: unknown): (path: PropertyKey[]) => ProblemLocation {
  return (path) => {
    const [collection, index, ...rest] = path;
    if ((collection === 'entries' || collection === 'sources') && typeof index === 'number') {
      const record = (input as Record<string, Array<{ id?: unknown }>>)[collection]?.[index];
      return {
        record: collection === 'entries' ? 'entry' : 'source',
        position: index + 1,
        ...(typeof record?.id === 'string' ? { id: record.id } : {}),
        ...(rest.length ? { field: rest.map(String).join('.') } : {}),
      };
    }
    return path.length ? { field: path.map(String).join('.') } : {};
  };
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
