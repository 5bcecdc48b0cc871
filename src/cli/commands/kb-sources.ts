import type { Command } from 'commander';
import type { KeysUnder } from '../../i18n/translator.js';
import { allNames, editedName, localizedName } from '../../kb/source-name.js';
import type { CliContext } from '../cli-context.js';
import { describer, out, outJson, reportChange, withAdmin } from './kb-shared.js';

interface SourceFlags {
  id?: string;
  name?: string;
  nameNb?: string;
  nameEn?: string;
  descriptionNb?: string;
  descriptionEn?: string;
  json?: boolean;
}

/** `kb sources list|show|add|edit|link|unlink`. */
export function registerKbSources(kb: Command, ctx: () => CliContext): void {
  const d = describer();
  const sources = kb.command('sources').description(d('sources'));

  sources
    .command('list')
    .description(d('sourcesList'))
    .option('--json', d('optJson'))
    .action((o: { json?: boolean }) =>
      withAdmin(ctx(), (a) => {
        const list = a.admin.sources.list();
        if (o.json) return outJson(list);
        for (const s of list) out(a.t('cli.kb.sourceLine', a.lang, { id: s.id, name: localizedName(s, a.lang), count: s.entries.length }));
      }),
    );

  sources
    .command('show')
    .description(d('sourcesShow'))
    .argument('<id>')
    .option('--json', d('optJson'))
    .action((id: string, o: { json?: boolean }) =>
      withAdmin(ctx(), (a) => {
        const s = a.admin.sources.show(id);
        if (o.json) return outJson(s);
        const label = (k: KeysUnder<'cli.kb.label'>) => a.t(`cli.kb.label.${k}`, a.lang);
        out(`${s.id} – ${allNames(s.name).join(' / ')}`);
        for (const lang of ['nb', 'en'] as const) out(`${label('description')} (${lang}): ${s.description[lang]}`);
        out(`${label('entries')}: ${s.entries.join(', ') || '–'}`);
      }),
    );

  sources
    .command('add')
    .description(d('sourcesAdd'))
    .requiredOption('--id <id>', d('optId'))
    .option('--name <name>', d('optName'))
    .option('--name-nb <name>', d('optNameNb'))
    .option('--name-en <name>', d('optNameEn'))
    .requiredOption('--description-nb <text>', d('optDescriptionNb'))
    .requiredOption('--description-en <text>', d('optDescriptionEn'))
    .option('--json', d('optJson'))
    .action((o: SourceFlags) =>
      withAdmin(ctx(), (a) =>
        reportChange(
          a,
          a.admin.sources.add(a.actor, { id: o.id!, name: editedName('', nameFlags(o)), description: { nb: o.descriptionNb!, en: o.descriptionEn! } }),
          o.json,
        ),
      ),
    );

  sources
    .command('edit')
    .description(d('sourcesEdit'))
    .argument('<id>')
    .option('--name <name>', d('optName'))
    .option('--name-nb <name>', d('optNameNb'))
    .option('--name-en <name>', d('optNameEn'))
    .option('--description-nb <text>', d('optDescriptionNb'))
    .option('--description-en <text>', d('optDescriptionEn'))
    .option('--json', d('optJson'))
    .action((id: string, o: SourceFlags) =>
      withAdmin(ctx(), (a) => {
        const description = {
          ...(o.descriptionNb !== undefined ? { nb: o.descriptionNb } : {}),
          ...(o.descriptionEn !== undefined ? { en: o.descriptionEn } : {}),
        };
        const patch = {
          ...(nameFlags(o) !== undefined ? { name: nameFlags(o)! } : {}),
          ...(Object.keys(description).length ? { description } : {}),
        };
        reportChange(a, a.admin.sources.edit(a.actor, id, patch), o.json);
      }),
    );

  for (const verb of ['link', 'unlink'] as const)
    sources
      .command(verb)
      .description(d(verb === 'link' ? 'sourcesLink' : 'sourcesUnlink'))
      .argument('<entry>')
      .argument('<source>')
      .option('--json', d('optJson'))
      .action((entryId: string, sourceId: string, o: { json?: boolean }) =>
        withAdmin(ctx(), (a) => reportChange(a, a.admin.sources[verb](a.actor, { entryId, sourceId }), o.json)),
      );
}

/** --name (both languages) and --name-nb / --name-en (one each) as the admin service takes them. */
function nameFlags(o: SourceFlags): string | { nb?: string; en?: string } | undefined {
  if (o.nameNb === undefined && o.nameEn === undefined) return o.name;
  const nb = o.nameNb ?? o.name;
  const en = o.nameEn ?? o.name;
  return { ...(nb !== undefined ? { nb } : {}), ...(en !== undefined ? { en } : {}) };
}
