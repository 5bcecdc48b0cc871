import { cliActor, type Actor } from '../../admin/actor.js';
import { LocalizedError } from '../../errors/localized-error.js';
import { AdminService, type AdminServiceOptions, type AdminServiceParts } from '../../admin/admin-service.js';
import { openKnowledgeBase } from '../../app/open-knowledge-base.js';
import type { ChangeResult } from '../../admin/change-writer.js';
import { describeChange } from '../../admin/describe-change.js';
import { createTranslator, type KeysUnder, type Translate } from '../../i18n/translator.js';
import type { Lang } from '../../kb/languages.js';
import type { CliContext } from '../cli-context.js';
import { uiLanguage } from '../../i18n/ui-language.js';

/** What an admin command gets: the service, the local user as actor, and the UI's language. */
export interface AdminCommandContext {
  admin: AdminService;
  actor: Actor;
  lang: Lang;
  t: Translate;
  cli: CliContext;
}

/** Runs an admin command; its LocalizedError is shown on stderr by run-cli.ts (exit code 1). */
export async function withAdmin<T>(
  ctx: CliContext,
  fn: (a: AdminCommandContext) => T | Promise<T>,
  options: AdminServiceOptions & { engine?: boolean } = {},
): Promise<T> {
  quietOnClosedPipe();
  // Only commands that answer questions (previews, review lists, watch) build the engine: a
  // command-line process ends right after its change, and other processes retrain on their own.
  let parts: AdminServiceParts;
  let close = (): void => undefined;
  if (options.engine) parts = ctx.open();
  else {
    const { db } = openKnowledgeBase(ctx.config.FACTBOT_DB);
    parts = { db, translate: cliTranslator() };
    close = () => db.close();
  }
  const a: AdminCommandContext = {
    admin: new AdminService(parts, options),
    actor: cliActor(),
    lang: ctx.uiLang,
    t: parts.translate,
    cli: ctx,
  };
  try {
    return await fn(a);
  } finally {
    close();
  }
}

/** `factbot kb history | head`: a reader that stops early is no error. */
function quietOnClosedPipe(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export function out(text: string): void {
  process.stdout.write(`${text}\n`);
}

export function outJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** The usual report of a write: the change as one history line (or "nothing changed"), and the retrain time. */
export function reportChange(a: AdminCommandContext, result: ChangeResult, json: boolean | undefined, extra: object = {}): void {
  if (json) {
    outJson({ change: result.change, retrainMs: result.retrainMs ?? null, ...extra });
    return;
  }
  if (!result.change) {
    out(a.t('cli.kb.nothingChanged', a.lang));
    return;
  }
  out(a.t('cli.kb.changeDone', a.lang, { change: describeChange(result.change, a.lang, a.t) }));
  if (result.retrainMs !== undefined) out(a.t('cli.kb.retrained', a.lang, { ms: result.retrainMs.toFixed(0) }));
}

let translator: Translate | undefined;

/** One translator for the whole command line run (reading the locales once). */
function cliTranslator(): Translate {
  translator ??= createTranslator();
  return translator;
}

/** Localized command descriptions: the program's help is built before any command runs. */
export function describer(): (key: KeysUnder<'cli.kb.help'>) => string {
  const lang = uiLanguage(process.env);
  return (key) => cliTranslator()(`cli.kb.help.${key}`, lang);
}

/** A positive whole number from the command line, or a localized failure. */
export function parseCount(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new LocalizedError('cli.kb.notANumber', { name, value });
  return n;
}
