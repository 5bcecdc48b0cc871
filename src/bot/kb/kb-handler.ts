import type { APIModalInteractionResponseCallbackData, ChatInputCommandInteraction, ModalSubmitInteraction } from 'discord.js';
import type { Actor } from '../../admin/actor.js';
import type { AdminService } from '../../admin/admin-service.js';
import type { ChangeResult } from '../../admin/change-writer.js';
import type { ClaimReviewPublisher } from '../../admin/claim-review.js';
import type { LiveEngine } from '../../app/live-engine.js';
import type { Lang } from '../../kb/languages.js';
import type { Logger } from '../../logging/logger.js';
import type { KbModal } from './kb-custom-ids.js';
import type { KbSubcommand } from './kb-definition.js';
import type { KbReply, KbView } from './kb-view.js';

/** What /kb's handlers use: the admin service, the view, and the few settings of /kb. */
export interface KbContext {
  admin: AdminService;
  view: KbView;
  /** Where /kb backup writes and /kb restore picks from. */
  backupDir: string;
  publisher: ClaimReviewPublisher | null;
  logger: Logger;
  /** Resolves once this process answers from the knowledge base as it is now. */
  engine: Pick<LiveEngine, 'settle'>;
}

/** One use of /kb by an admin (access already checked): the interaction, their language, and who they are in history. */
export interface KbCall<I = ChatInputCommandInteraction> {
  interaction: I;
  lang: Lang;
  actor: Actor;
}

/** A finished /kb use: the reply, and the history number of the change it made (null: nothing changed). */
export interface KbAnswer {
  reply: KbReply;
  change?: number | null;
}

/**
 * What a subcommand's handler gives back: its answer; a form to show (the texts are typed there);
 * or slow work (a write retrains the engine, an import downloads) that the dispatcher runs after
 * deferring the reply, so Discord's 3-second deadline is out of the way. Checks that need no
 * waiting come before the slow work, so their refusals are immediate replies.
 */
export type KbResult = KbAnswer | { form: APIModalInteractionResponseCallbackData } | { slow: () => KbAnswer | Promise<KbAnswer> };

export type KbLeaf = (call: KbCall) => KbResult | Promise<KbResult>;

/** A submitted /kb form (the dispatcher has deferred the reply). */
export type KbFormHandler<K extends KbModal['kind']> = (
  call: KbCall<ModalSubmitInteraction>,
  form: Extract<KbModal, { kind: K }>,
) => KbAnswer | Promise<KbAnswer>;

/** The handlers of one group of /kb (entries, questions …): its subcommands, and the forms they show. */
export interface KbHandlers {
  leaves: Partial<Record<KbSubcommand, KbLeaf>>;
  forms?: { [K in KbModal['kind']]?: KbFormHandler<K> };
}

export function slow(work: () => KbAnswer | Promise<KbAnswer>): KbResult {
  return { slow: work };
}

/**
 * A write's result once the answers use it: a change to what the engine knows (anything but a
 * review decision) waits for this process's rebuild, which runs off the event loop, and says how long it took.
 */
export async function settled<R extends ChangeResult>({ engine }: KbContext, result: R): Promise<R> {
  if (!result.change?.parts.some((part) => part.kind !== 'review')) return result;
  const started = performance.now();
  await engine.settle();
  return { ...result, retrainMs: Math.round((performance.now() - started) * 10) / 10 };
}

/** The reply to a write, once the answers use it: the change as one history line (and `extra` lines), and its number. */
export async function changed(ctx: KbContext, result: ChangeResult, lang: Lang, extra: string[] = []): Promise<KbAnswer> {
  const done = await settled(ctx, result);
  return { reply: ctx.view.change(done, lang, extra), change: done.change?.id ?? null };
}

/** The `entry` option, trimmed. */
export function entryOption(i: ChatInputCommandInteraction): string {
  return i.options.getString('entry', true).trim();
}

/** "a, b,c" → ["a", "b", "c"]. */
export function listOption(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What the admin typed into a form, as a file to copy from (the form's fields by their ids): nothing typed is lost. */
export function formCopy(i: ModalSubmitInteraction, form: KbModal): NonNullable<KbReply['files']> {
  const typed = Object.fromEntries(i.fields.fields.map((field, id) => [id, 'value' in field ? field.value : null]));
  return [{ name: `${form.id}-${form.kind}.json`, data: Buffer.from(`${JSON.stringify(typed, null, 2)}\n`) }];
}
