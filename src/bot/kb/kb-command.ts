import {
  AttachmentBuilder,
  MessageFlags,
  type AutocompleteInteraction,
  type BaseInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { AdminAccessRefusal } from '../../admin/admin-access.js';
import { discordActor } from '../../admin/actor.js';
import { LocalizedError } from '../../errors/localized-error.js';
import type { Translate } from '../../i18n/translator.js';
import { retryWhenBusy } from '../../app/retry-when-busy.js';
import type { AnswerPresenter } from '../answer-presenter.js';
import type { ChatCommand, CommandOutcome, KbDeps } from '../commands/command.js';
import { langFromLocale } from '../discord-locale.js';
import { NO_PINGS } from '../no-pings.js';
import { botError } from '../responder.js';
import { cut, LIMITS } from '../text-limits.js';
import { entryHandlers } from './handlers/entry-handlers.js';
import { historyHandlers } from './handlers/history-handlers.js';
import { privacyHandlers } from './handlers/privacy-handlers.js';
import { questionHandlers } from './handlers/question-handlers.js';
import { reviewHandlers } from './handlers/review-handlers.js';
import { sourceHandlers } from './handlers/source-handlers.js';
import { transferHandlers } from './handlers/transfer-handlers.js';
import { kbAccess } from './kb-access.js';
import { kbSuggestions } from './kb-autocomplete.js';
import { decodeKbModal, KB_COMPONENTS, type KbModal } from './kb-custom-ids.js';
import { KB_SUBCOMMANDS, type KbSubcommand } from './kb-definition.js';
import { formCopy, type KbAnswer, type KbCall, type KbContext, type KbFormHandler, type KbHandlers, type KbLeaf } from './kb-handler.js';
import { KbView, type KbReply } from './kb-view.js';

/** The groups of /kb, each in its own file under handlers/. */
const GROUPS = [entryHandlers, questionHandlers, sourceHandlers, reviewHandlers, historyHandlers, transferHandlers, privacyHandlers];

/**
 * `/kb …`: the admins' Discord surface, a thin adapter over the AdminService, and the one
 * dispatcher of its handlers. For every use — command, form submit, autocomplete — it first checks
 * the admin-access rule (a server of FACTBOT_ADMIN_GUILDS, and in it Manage Server or
 * FACTBOT_ADMIN_ROLE), whatever Discord's command permissions showed them; refusals are private,
 * localized and logged. Then it runs the handler, defers the reply when the handler asks for slow
 * work, and replies privately with the handler's result; the outcome (the change made) goes to the
 * interaction log. Writes are recorded as `discord:<user id>` and retrain this process's engine
 * before the reply, so the next answer (in both languages) already uses them.
 */
export class KbCommand implements ChatCommand {
  readonly kind = 'chat';
  readonly components = {
    prefix: KB_COMPONENTS,
    handler: {
      label: (interaction: ButtonInteraction | ModalSubmitInteraction) => `kb (${interaction.isButton() ? 'button' : 'form'})`,
      execute: (interaction: ButtonInteraction | ModalSubmitInteraction) => this.component(interaction),
    },
  };
  private readonly ctx: KbContext;
  private readonly leaves: Record<KbSubcommand, KbLeaf>;
  private readonly forms: NonNullable<KbHandlers['forms']>;

  constructor(
    private readonly kb: KbDeps,
    translate: Translate,
    presenter: AnswerPresenter,
  ) {
    this.ctx = {
      admin: kb.service,
      view: new KbView(translate, presenter),
      backupDir: kb.backupDir,
      publisher: kb.publisher,
      logger: kb.logger,
      engine: kb.engine,
    };
    const groups = GROUPS.map((group) => group(this.ctx));
    this.leaves = Object.assign({}, ...groups.map((g) => g.leaves)) as Record<KbSubcommand, KbLeaf>;
    this.forms = Object.assign({}, ...groups.map((g) => g.forms ?? {})) as NonNullable<KbHandlers['forms']>;
    const missing = KB_SUBCOMMANDS.filter((leaf) => !this.leaves[leaf]);
    if (missing.length) throw new Error(`/kb has no handler for ${missing.join(', ')}`);
  }

  /** Admins are not held to the members' question rate limit (everyone else is, refusals included). */
  exemptFromRateLimit(interaction: ChatInputCommandInteraction): boolean {
    return kbAccess(interaction, this.kb.access).allowed;
  }

  async execute(interaction: ChatInputCommandInteraction): Promise<CommandOutcome> {
    const leaf = leafOf(interaction);
    const refused = await this.precondition(interaction, leaf);
    if (refused) return refused;
    return this.dispatch(interaction, async (call) => {
      const result = await this.leaves[leaf](call);
      if ('form' in result) {
        await interaction.showModal(result.form);
        return null;
      }
      if (!('slow' in result)) return result;
      await this.defer(interaction);
      return result.slow();
    });
  }

  /** Submits of /kb's forms (modals); /kb makes no buttons (one with its prefix is refused or unknown). */
  async component(interaction: ButtonInteraction | ModalSubmitInteraction): Promise<CommandOutcome> {
    const form = interaction.isModalSubmit() ? decodeKbModal(interaction.customId) : undefined;
    // Access first, whatever the component: a forged or future /kb button is refused like a form.
    const refused = await this.precondition(interaction, form ? `form ${form.kind}` : 'button');
    if (refused) return refused;
    if (!form) throw botError('unknownButton');
    return this.dispatch(
      interaction,
      async (call) => {
        const submitted = call as KbCall<ModalSubmitInteraction>;
        // A submit writes (and retrains): the deadline out of the way first.
        await this.defer(submitted.interaction);
        return (this.forms[form.kind] as KbFormHandler<KbModal['kind']>)(submitted, form);
      },
      // What the admin typed comes back with an error, so that nothing typed is lost.
      () => formCopy(interaction as ModalSubmitInteraction, form),
    );
  }

  async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    if (this.refusal(interaction, '(autocomplete)')) {
      await interaction.respond([]);
      return;
    }
    const lang = langFromLocale(interaction.locale);
    const choices = kbSuggestions(this.ctx, interaction, leafOf(interaction), lang);
    await interaction.respond(choices.slice(0, LIMITS.choices));
  }

  // ---- the dispatcher ---------------------------------------------------------------------

  /** The precondition of every /kb command and form: refused (told privately) unless the user may use /kb here. */
  private async precondition(interaction: RepliableInteraction, what: string): Promise<CommandOutcome | null> {
    const refusal = this.refusal(interaction, what);
    if (!refusal) return null;
    const lang = langFromLocale(interaction.locale);
    await this.send(interaction, this.ctx.view.refused(lang, refusal));
    return { lang, refused: true };
  }

  /**
   * Runs the handler (retried while another process holds the write lock: paused,
   * never waited for on the event loop), and replies with its answer. An admin error is the admin's
   * to fix: told privately, with what and where; `typed` is what they typed into a form, attached.
   */
  private async dispatch<I extends RepliableInteraction & (ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction)>(
    interaction: I,
    run: (call: KbCall<I>) => Promise<KbAnswer | null>,
    typed?: () => KbReply['files'],
  ): Promise<CommandOutcome> {
    const lang = langFromLocale(interaction.locale);
    const call: KbCall<I> = { interaction, lang, actor: discordActor(interaction.user.id) };
    let answer: KbAnswer | null;
    try {
      answer = await retryWhenBusy(() => run(call));
    } catch (error) {
      if (!(error instanceof LocalizedError)) throw error;
      let reply = this.ctx.view.error(error, lang);
      const files = typed?.();
      if (files?.length) reply = { content: cut(`${reply.content}\n${this.ctx.view.text('kb.reply.formKept', lang)}`, LIMITS.content), files };
      await this.send(interaction, reply);
      return { lang };
    }
    if (!answer) return { lang };
    await this.send(interaction, answer.reply);
    return { lang, ...(answer.change !== undefined ? { change: answer.change } : {}) };
  }

  /** The one access check of /kb, for commands, forms and autocomplete alike: why this user may not use it here (logged), or null. */
  private refusal(interaction: BaseInteraction, what: string): AdminAccessRefusal | null {
    const access = kbAccess(interaction, this.kb.access);
    if (access.allowed) return null;
    // Who tried what, never what they typed.
    const who = { event: 'interactionCreate', command: `kb ${what}`, guild: interaction.guildId, user: interaction.user.id, reason: access.reason };
    // Autocomplete asks on every keystroke: not worth a warning each time.
    if (interaction.isAutocomplete()) this.kb.logger.debug(who, 'kb autocomplete refused');
    else
      this.kb.logger.warn(
        { ...who, channel: interaction.channelId },
        access.reason === 'notAdmin' || access.reason === 'notInServer' ? 'kb refused: not an admin' : 'kb refused: not an admin server',
      );
    return access.reason;
  }

  /** Writes retrain the engine before replying: take the reply's 3-second deadline out of the way. */
  private async defer(i: ChatInputCommandInteraction | ModalSubmitInteraction): Promise<void> {
    if (!i.deferred && !i.replied) await i.deferReply({ flags: MessageFlags.Ephemeral });
  }

  /** Every /kb reply: only for the admin, pinging no one. */
  private async send(i: RepliableInteraction, reply: KbReply): Promise<void> {
    const payload = {
      ...(reply.content ? { content: reply.content } : {}),
      embeds: reply.embeds ?? [],
      files: (reply.files ?? []).map((f) => new AttachmentBuilder(f.data, { name: f.name })),
      allowedMentions: NO_PINGS,
    };
    if (i.deferred || i.replied) await i.editReply(payload);
    else await i.reply({ ...payload, flags: MessageFlags.Ephemeral });
  }
}

/** "entries add", "undo" …: the subcommand (and its group) an interaction is for. */
function leafOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): KbSubcommand {
  const leaf = [interaction.options.getSubcommandGroup(false), interaction.options.getSubcommand(false)].filter(Boolean).join(' ');
  if (!(KB_SUBCOMMANDS as readonly string[]).includes(leaf)) throw botError('unknownCommand');
  return leaf as KbSubcommand;
}
