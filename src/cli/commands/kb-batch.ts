import readline from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import { LocalizedError, describeError } from '../../errors/localized-error.js';
import type { ChangeResult } from '../../admin/change-writer.js';
import { issuesToDetails } from '../../admin/validation.js';
import type { CliContext } from '../cli-context.js';
import { describer, outJson, withAdmin, type AdminCommandContext } from './kb-shared.js';

const id = z.string();
const opSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('entries.add'), entry: z.unknown() }).strict(),
  z.object({ op: z.literal('entries.edit'), id, patch: z.unknown() }).strict(),
  z.object({ op: z.literal('entries.retire'), id }).strict(),
  z.object({ op: z.literal('entries.restore'), id }).strict(),
  z.object({ op: z.literal('questions.add'), entry: id, lang: z.string(), text: z.string() }).strict(),
  z.object({ op: z.literal('questions.remove'), entry: id, lang: z.string(), text: z.string() }).strict(),
  z.object({ op: z.literal('sources.add'), source: z.unknown() }).strict(),
  z.object({ op: z.literal('sources.edit'), id, patch: z.unknown() }).strict(),
  z.object({ op: z.literal('sources.link'), entry: id, source: id }).strict(),
  z.object({ op: z.literal('sources.unlink'), entry: id, source: id }).strict(),
  z.object({ op: z.literal('review.promote'), item: z.number().int(), entry: id, lang: z.string().optional(), text: z.string().optional() }).strict(),
  z.object({ op: z.literal('review.dismiss'), item: z.number().int() }).strict(),
  z.object({ op: z.literal('undo'), change: z.number().int() }).strict(),
]);
type Op = z.infer<typeof opSchema>;

/**
 * `kb batch`: admin changes as JSON lines on standard input ({"op": "entries.edit", "id": …,
 * "patch": {…}}), each committed on its own; one JSON line per input line on standard output, printed
 * only after the change is committed (a reported change survives a crash). Exit code 1 if any failed.
 */
export function registerKbBatch(kb: Command, ctx: () => CliContext): void {
  const d = describer();
  kb.command('batch')
    .description(d('batch'))
    .action(() =>
      withAdmin(
        ctx(),
        async (a) => {
          let failed = 0;
          let line = 0;
          const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
          for await (const text of lines) {
            line++;
            if (!text.trim()) continue;
            try {
              const result = runOp(a, parseOp(text, line));
              outJson({ line, ok: true, change: result.change?.id ?? null, revision: result.change?.revision ?? null });
            } catch (error) {
              if (!(error instanceof LocalizedError)) throw error;
              failed++;
              const { message, details } = describeError(error, a.lang, a.t);
              outJson({ line, ok: false, error: message, details });
            }
          }
          if (failed) throw new LocalizedError('cli.kb.batchFailed', { failed, total: line });
        },
        { eagerRetrain: false },
      ),
    );
}

function parseOp(text: string, line: number): Op {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LocalizedError('admin.error.lineNotJson', { line, problem: (error as Error).message });
  }
  const result = opSchema.safeParse(json);
  if (result.success) return result.data;
  throw new LocalizedError(
    'admin.error.invalid',
    {},
    issuesToDetails(result.error.issues, json, (path) => ({ record: 'line', position: line, ...(path.length ? { field: path.join('.') } : {}) })),
  );
}

function runOp(a: AdminCommandContext, op: Op): ChangeResult {
  const { admin, actor } = a;
  switch (op.op) {
    case 'entries.add':
      return admin.entries.add(actor, op.entry as never);
    case 'entries.edit':
      return admin.entries.edit(actor, op.id, op.patch as never);
    case 'entries.retire':
      return admin.entries.retire(actor, op.id);
    case 'entries.restore':
      return admin.entries.restore(actor, op.id);
    case 'questions.add':
      return admin.questions.add(actor, { entryId: op.entry, lang: op.lang as 'nb', text: op.text }, { preview: false });
    case 'questions.remove':
      return admin.questions.remove(actor, { entryId: op.entry, lang: op.lang as 'nb', text: op.text }, { preview: false });
    case 'sources.add':
      return admin.sources.add(actor, op.source as never);
    case 'sources.edit':
      return admin.sources.edit(actor, op.id, op.patch as never);
    case 'sources.link':
      return admin.sources.link(actor, { entryId: op.entry, sourceId: op.source });
    case 'sources.unlink':
      return admin.sources.unlink(actor, { entryId: op.entry, sourceId: op.source });
    case 'review.promote':
      return admin.review.promote(actor, {
        item: op.item,
        entryId: op.entry,
        ...(op.lang !== undefined ? { lang: op.lang as 'nb' } : {}),
        ...(op.text !== undefined ? { text: op.text } : {}),
      });
    case 'review.dismiss':
      return admin.review.dismiss(actor, { item: op.item });
    case 'undo':
      return admin.history.undo(actor, op.change);
  }
}
