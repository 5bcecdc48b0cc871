import fs from 'node:fs';
import type { Command } from 'commander';
import type { EntryPatch, EntryAddInput } from '../../admin/validation.js';
import type { KeysUnder } from '../../i18n/translator.js';
import type { Claim } from '../../kb/knowledge-base.js';
import type { CliContext } from '../cli-context.js';
import { LocalizedError } from '../../errors/localized-error.js';
import { describer, out, outJson, reportChange, withAdmin, type AdminCommandContext } from './kb-shared.js';

interface EntryFlags {
  file?: string;
  id?: string;
  status?: string;
  titleNb?: string;
  titleEn?: string;
  answerNb?: string;
  answerEn?: string;
  source?: string[];
  sources?: string;
  questionNb?: string[];
  questionEn?: string[];
  claimNb?: string;
  claimEn?: string;
  claimBy?: string;
  claimDate?: string;
  /** false with --no-claim. */
  claim?: boolean;
  json?: boolean;
}

/** `kb entries list|show|add|edit|retire|restore`. */
export function registerKbEntries(kb: Command, ctx: () => CliContext): void {
  const d = describer();
  const entries = kb.command('entries').description(d('entries'));

  entries
    .command('list')
    .description(d('entriesList'))
    .option('--active', d('optActive'))
    .option('--json', d('optJson'))
    .action((o: { active?: boolean; json?: boolean }) =>
      withAdmin(ctx(), (a) => {
        const list = a.admin.entries.list({ includeRetired: !o.active });
        if (o.json) return outJson(list);
        for (const e of list)
          out(
            a
              .t('cli.kb.entryLine', a.lang, {
                id: e.id,
                status: a.t(`status.${e.status}`, a.lang),
                title: e.title[a.lang],
                nb: e.questionCount.nb,
                en: e.questionCount.en,
                retired: e.retired ? a.t('cli.kb.retiredMark', a.lang) : '',
              })
              .trimEnd(),
          );
      }),
    );

  entries
    .command('show')
    .description(d('entriesShow'))
    .argument('<id>')
    .option('--json', d('optJson'))
    .action((id: string, o: { json?: boolean }) =>
      withAdmin(ctx(), (a) => {
        const e = a.admin.entries.show(id);
        if (o.json) return outJson(e);
        const label = (k: KeysUnder<'cli.kb.label'>) => a.t(`cli.kb.label.${k}`, a.lang);
        out(`${e.id} – ${a.t(`status.${e.status}`, a.lang)}${e.retired ? ` ${a.t('cli.kb.retiredMark', a.lang)}` : ''}`);
        for (const lang of ['nb', 'en'] as const) {
          out(`\n${label('title')} (${lang}): ${e.title[lang]}`);
          out(`${label('answer')} (${lang}): ${e.answer[lang]}`);
          if (e.claim) out(`${label('claim')} (${lang}): ${e.claim[lang]}`);
          out(`${label('questions')} (${lang}, ${e.questions[lang].length}):`);
          for (const q of e.questions[lang]) out(`  - ${q}`);
        }
        out(`\n${label('sources')}: ${e.sources.join(', ')}`);
        if (e.claim) out(`${label('claimBy')}: ${e.claim.by ?? e.sources[0]}${e.claim.date ? ` (${e.claim.date})` : ''}`);
        out(`${label('updated')}: ${e.updatedAt}`);
      }),
    );

  const entryOptions = (command: Command): Command =>
    command
      .option('--file <file>', d('optEntryFile'))
      .option('--status <status>', d('optStatus'))
      .option('--title-nb <text>', d('optTitleNb'))
      .option('--title-en <text>', d('optTitleEn'))
      .option('--answer-nb <text>', d('optAnswerNb'))
      .option('--answer-en <text>', d('optAnswerEn'))
      .option('--json', d('optJson'));

  entryOptions(
    entries
      .command('add')
      .description(d('entriesAdd'))
      .option('--id <id>', d('optId'))
      .option('--source <id...>', d('optSource'))
      .option('--question-nb <text...>', d('optQuestionNb'))
      .option('--question-en <text...>', d('optQuestionEn')),
  ).action((o: EntryFlags) =>
    withAdmin(ctx(), (a) => {
      const base = (o.file ? readJsonFile(o.file) : {}) as Record<string, unknown>;
      const input = {
        ...base,
        ...(o.id !== undefined ? { id: o.id } : {}),
        ...(o.status !== undefined ? { status: o.status } : {}),
        ...languagePair(base.title, o.titleNb, o.titleEn, 'title'),
        ...languagePair(base.answer, o.answerNb, o.answerEn, 'answer'),
        ...(o.source ? { sources: o.source } : {}),
        ...(o.questionNb || o.questionEn ? { questions: { nb: o.questionNb ?? [], en: o.questionEn ?? [] } } : {}),
      };
      reportChange(a, a.admin.entries.add(a.actor, input as EntryAddInput), o.json);
    }),
  );

  entryOptions(
    entries
      .command('edit')
      .description(d('entriesEdit'))
      .argument('<id>')
      .option('--sources <ids>', d('optSources'))
      .option('--claim-nb <text>', d('optClaimNb'))
      .option('--claim-en <text>', d('optClaimEn'))
      .option('--claim-by <source>', d('optClaimBy'))
      .option('--claim-date <date>', d('optClaimDate'))
      .option('--no-claim', d('optNoClaim')),
  ).action((id: string, o: EntryFlags) =>
    withAdmin(ctx(), (a) => {
      const base = (o.file ? readJsonFile(o.file) : {}) as Record<string, unknown>;
      const patch = {
        ...base,
        ...claimFlags(o, () => a.admin.entries.show(id).claim),
        ...(o.status !== undefined ? { status: o.status } : {}),
        ...languagePair(base.title, o.titleNb, o.titleEn, 'title'),
        ...languagePair(base.answer, o.answerNb, o.answerEn, 'answer'),
        ...(o.sources !== undefined
          ? {
              sources: o.sources
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            }
          : {}),
      };
      reportChange(a, a.admin.entries.edit(a.actor, id, patch as EntryPatch), o.json);
    }),
  );

  for (const verb of ['retire', 'restore'] as const)
    entries
      .command(verb)
      .description(d(verb === 'retire' ? 'entriesRetire' : 'entriesRestore'))
      .argument('<id>')
      .option('--json', d('optJson'))
      .action((id: string, o: { json?: boolean }) => withAdmin(ctx(), (a: AdminCommandContext) => reportChange(a, a.admin.entries[verb](a.actor, id), o.json)));
}

function languagePair(base: unknown, nb: string | undefined, en: string | undefined, field: string): Record<string, unknown> {
  if (nb === undefined && en === undefined) return {};
  return { [field]: { ...(typeof base === 'object' && base ? base : {}), ...(nb !== undefined ? { nb } : {}), ...(en !== undefined ? { en } : {}) } };
}

/** A JSON file given to a command (an entry, a patch), or a localized failure. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    throw new LocalizedError('admin.error.fileMissing', { file });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LocalizedError('admin.error.notJson', { file, problem: (error as Error).message });
  }
}

/**
 * --claim-nb/-en/-by/-date change the claim the entry reviews (the rest of it kept);
 * --no-claim says it reviews none.
 */
function claimFlags(o: EntryFlags, current: () => Claim | undefined): { claim?: Partial<Claim> | null } {
  if (o.claim === false) return { claim: null };
  const given = {
    ...(o.claimNb !== undefined ? { nb: o.claimNb } : {}),
    ...(o.claimEn !== undefined ? { en: o.claimEn } : {}),
    ...(o.claimBy !== undefined ? { by: o.claimBy } : {}),
    ...(o.claimDate !== undefined ? { date: o.claimDate } : {}),
  };
  return Object.keys(given).length ? { claim: { ...current(), ...given } } : {};
}
