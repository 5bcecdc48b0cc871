import { backupFileName } from '../../storage/backup-files.js';
import type { ClaimReviewPublisher } from '../../admin/claim-review.js';
import type { SourceName } from '../../kb/knowledge-base.js';
import { allNames, editedName, localizedName } from '../../kb/source-name.js';
import type { TranslationKey } from '../../i18n/translator.js';
import fs from 'node:fs';
import path from 'node:path';
import {
  AttachmentBuilder,
  MessageFlags,
  type APIApplicationCommandOptionChoice,
  type Attachment,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { AdminAccessPolicy, AdminAccessRefusal } from '../../admin/admin-access.js';
import { discordActor, type Actor } from '../../admin/actor.js';
import { AdminError } from '../../admin/admin-error.js';
import type { AdminService } from '../../admin/admin-service.js';
import type { ChangeResult } from '../../admin/change-writer.js';
import { claimReviewJson } from '../../admin/claim-review.js';
import { IMPORT_LIMIT_BYTES } from '../../admin/transfer-admin.js';
import { idSchema, statusSchema, validate } from '../../admin/validation.js';
import { LANGS, type Lang } from '../../kb/languages.js';
import type { Status } from '../../kb/statuses.js';
import type { Logger } from '../../logging/logger.js';
import { retryWhenBusy } from '../../storage/busy.js';
import type { HistoryFilter } from '../../storage/history-repository.js';
import type { ChatCommand, CommandDeps, CommandOutcome } from '../commands/command.js';
import { langFromLocale } from '../discord-locale.js';
import { NO_PINGS } from '../no-pings.js';
import { BotError } from '../responder.js';
import { rankByQuery } from '../search.js';
import { cut, LIMITS } from '../text-limits.js';
import { kbAccess } from './kb-access.js';
import { decodeKbModal, KB_PREFIX, textVersion, type KbModal } from './kb-custom-ids.js';
import { KB_SUBCOMMANDS, type KbSubcommand } from './kb-definition.js';
import { entryTexts, KbView, sourceTexts, type KbReply } from './kb-view.js';

/** What /kb needs besides the members' command dependencies. */
export interface KbDeps {
  /** The admin service (src/admin/): all the rules, validation, history and undo live there. */
  service: AdminService;
  /** Who may use /kb: the servers of FACTBOT_ADMIN_GUILDS, and in them Manage Server or FACTBOT_ADMIN_ROLE. */
  access: AdminAccessPolicy;
  /** Where /kb backup writes: a `backups` folder next to the database file. */
  backupDir: string;
  /** Who publishes ClaimReview exports, from FACTBOT_PUBLIC_URL and FACTBOT_PUBLISHER_*; null: not configured. */
  publisher: ClaimReviewPublisher | null;
  logger: Logger;
}

/** A request that failed before reaching the admin service (e.g. a download); nothing changed. */
class KbNotice extends Error {
  constructor(
    readonly key: Extract<TranslationKey, `kb.${string}`>,
    readonly values: Record<string, unknown> = {},
  ) {
    super(key);
    this.name = 'KbNotice';
  }
}

interface Call {
  lang: Lang;
  actor: Actor;
  outcome: CommandOutcome;
}

type Leaf = (interaction: ChatInputCommandInteraction, call: Call) => Promise<void>;

/** The names /kb backup and the backup schedule give their files (src/storage/backup-files.ts). */
const BACKUP_NAME = /^factbot-(scheduled-)?[0-9TZ-]+\.db$/;

/** How long a download of an import attachment from Discord may take. */
const DOWNLOAD_TIMEOUT_MS = 20_000;

/**
 * `/kb …`: the admins' Discord surface, a thin adapter over the AdminService. Every use — command,
 * autocomplete, form submit — first checks the admin-access rule (a server of FACTBOT_ADMIN_GUILDS,
 * and in it Manage Server or FACTBOT_ADMIN_ROLE), whatever Discord's command permissions showed them; refusals are private,
 * localized and logged. Replies are private to the admin. Writes are recorded as
 * `discord:<user id>` and retrain this process's engine before the reply, so the next answer
 * (in both languages) already uses them.
 */
export class KbCommand implements ChatCommand {
  readonly kind = 'chat';
  readonly componentPrefix = KB_PREFIX;
  private readonly view: KbView;
  private readonly leaves: Record<KbSubcommand, Leaf>;

  constructor(
    deps: CommandDeps,
    private readonly kb: KbDeps,
  ) {
    this.view = new KbView(deps.translate, deps.presenter);
    this.leaves = this.createLeaves();
  }

  private get admin(): AdminService {
    return this.kb.service;
  }

  /** Admins are not held to the members' question rate limit (everyone else is, refusals included). */
  exemptFromRateLimit(interaction: ChatInputCommandInteraction): boolean {
    return kbAccess(interaction, this.kb.access).allowed;
  }

  async execute(interaction: ChatInputCommandInteraction): Promise<CommandOutcome> {
    const lang = langFromLocale(interaction.locale);
    const leaf = leafOf(interaction);
    const refusal = this.refusal(interaction, leaf);
    if (refusal) return this.refuse(interaction, lang, refusal);
    const call: Call = { lang, actor: discordActor(interaction.user.id), outcome: { lang } };
    await this.guarded(interaction, lang, () => this.leaves[leaf](interaction, call));
    return call.outcome;
  }

  /** Submits of /kb's forms (modals); /kb makes no buttons (one with its prefix is refused or unknown). */
  async component(interaction: ButtonInteraction | ModalSubmitInteraction): Promise<CommandOutcome> {
    const lang = langFromLocale(interaction.locale);
    const form = interaction.isModalSubmit() ? decodeKbModal(interaction.customId) : undefined;
    // Access first, whatever the component: a forged or future /kb button is refused like a form.
    const refusal = this.refusal(interaction, form ? `form ${form.kind}` : 'button');
    if (refusal) return this.refuse(interaction, lang, refusal);
    if (!form) throw new BotError('unknownButton');
    const call: Call = { lang, actor: discordActor(interaction.user.id), outcome: { lang } };
    const submitted = interaction as ModalSubmitInteraction;
    await this.guarded(interaction, lang, () => this.submit(submitted, form, call), () => formCopy(submitted, form));
    return call.outcome;
  }

  async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const access = kbAccess(interaction, this.kb.access);
    if (!access.allowed) {
      this.kb.logger.debug({ event: 'interactionCreate', command: 'kb (autocomplete)', guild: interaction.guildId, user: interaction.user.id, reason: access.reason }, 'kb autocomplete refused');
      await interaction.respond([]);
      return;
    }
    const lang = langFromLocale(interaction.locale);
    const leaf = leafOf(interaction);
    const focused = interaction.options.getFocused(true);
    const choices = this.suggest(interaction, leaf, focused.name, String(focused.value ?? ''), lang);
    await interaction.respond(choices.slice(0, LIMITS.choices));
  }

  // ---- access -----------------------------------------------------------------------------

  /** Why this user may not use /kb here (logged), or null when they may. */
  private refusal(interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction, what: string): AdminAccessRefusal | null {
    const access = kbAccess(interaction, this.kb.access);
    if (access.allowed) return null;
    // Who tried what, never what they typed.
    this.kb.logger.warn(
      { event: 'interactionCreate', command: `kb ${what}`, guild: interaction.guildId, channel: interaction.channelId, user: interaction.user.id, reason: access.reason },
      access.reason === 'notAdmin' || access.reason === 'notInServer' ? 'kb refused: not an admin' : 'kb refused: not an admin server',
    );
    return access.reason;
  }

  private async refuse(interaction: RepliableInteraction, lang: Lang, reason: AdminAccessRefusal): Promise<CommandOutcome> {
    await this.send(interaction, this.view.refused(lang, reason));
    return { lang, refused: true };
  }

  // ---- the subcommands --------------------------------------------------------------------

  private createLeaves(): Record<KbSubcommand, Leaf> {
    const entryOption = (i: ChatInputCommandInteraction) => i.options.getString('entry', true).trim();
    const retireOrRestore = (verb: 'retire' | 'restore'): Leaf => async (i, c) => {
      await this.defer(i);
      await this.reportChange(i, c, this.admin.entries[verb](c.actor, entryOption(i)));
    };
    const linkOrUnlink = (verb: 'link' | 'unlink'): Leaf => async (i, c) => {
      await this.defer(i);
      const input = { entryId: entryOption(i), sourceId: i.options.getString('source', true).trim() };
      await this.reportChange(i, c, this.admin.sources[verb](c.actor, input));
    };
    const reviewList = (queue: 'unanswered' | 'feedback'): Leaf => async (i, c) => {
      const limit = i.options.getInteger('limit') ?? 10;
      await this.defer(i);
      // What the bot answers now, one question at a time: the event loop stays free for members.
      const listed = queue === 'unanswered' ? this.admin.review.unanswered({ limit, nowAnswers: false }) : this.admin.review.feedback({ limit, nowAnswers: false });
      const items = await this.admin.review.addNowAnswers(listed);
      await this.send(i, this.view.reviewList(queue, items, c.lang));
    };

    return {
      'entries list': async (i, c) => {
        const active = i.options.getBoolean('active') ?? false;
        await this.send(i, this.view.entryList(this.admin.entries.list({ includeRetired: !active }), c.lang));
      },
      'entries show': async (i, c) => this.send(i, this.view.entry(this.admin.entries.show(entryOption(i)), c.lang)),
      'entries add': async (i, c) => {
        const id = validate(idSchema, i.options.getString('id', true).trim(), { record: 'entry' });
        // Checked again on submit; asked now so that nobody writes the texts for nothing.
        if (this.admin.entries.list().some((e) => e.id === id)) throw new AdminError('admin.error.entryExists', { id });
        const status = validate(statusSchema, i.options.getString('status', true), { record: 'entry', id });
        const form = this.view.entryAddForm({ kind: 'entry-add', status, id }, listOption(i.options.getString('sources', true)).join(', '), c.lang);
        await i.showModal(form);
      },
      'entries edit': async (i, c) => {
        const id = entryOption(i);
        const status = i.options.getString('status');
        const sources = i.options.getString('sources');
        if (status === null && sources === null) {
          // The texts: a form filled with what they are now.
          await i.showModal(this.view.entryEditForm(this.admin.entries.show(id), c.lang));
          return;
        }
        await this.defer(i);
        const patch = { ...(status !== null ? { status: status as Status } : {}), ...(sources !== null ? { sources: listOption(sources) } : {}) };
        await this.reportChange(i, c, this.admin.entries.edit(c.actor, id, patch));
      },
      'entries retire': retireOrRestore('retire'),
      'entries restore': retireOrRestore('restore'),
      'questions add': async (i, c) => {
        await this.defer(i);
        const input = { entryId: entryOption(i), lang: i.options.getString('language', true) as Lang, text: i.options.getString('question', true) };
        const result = this.admin.questions.add(c.actor, input);
        c.outcome.change = result.change?.id ?? null;
        await this.send(i, this.view.question(result, input.entryId, c.lang));
      },
      'questions remove': async (i, c) => {
        await this.defer(i);
        const input = { entryId: entryOption(i), lang: i.options.getString('language', true) as Lang, text: i.options.getString('question', true) };
        const result = this.admin.questions.remove(c.actor, input);
        c.outcome.change = result.change?.id ?? null;
        await this.send(i, this.view.question(result, input.entryId, c.lang));
      },
      'sources add': async (i, c) => {
        const id = validate(idSchema, i.options.getString('id', true).trim(), { record: 'source' });
        if (this.admin.sources.list().some((s) => s.id === id)) throw new AdminError('admin.error.sourceExists', { id });
        await i.showModal(this.view.sourceForm({ id, name: '', description: { nb: '', en: '' } }, true, c.lang));
      },
      'sources edit': async (i, c) => {
        await i.showModal(this.view.sourceForm(this.admin.sources.show(i.options.getString('source', true).trim()), false, c.lang));
      },
      'sources link': linkOrUnlink('link'),
      'sources unlink': linkOrUnlink('unlink'),
      'review unanswered': reviewList('unanswered'),
      'review feedback': reviewList('feedback'),
      'review promote': async (i, c) => {
        await this.defer(i);
        // Without an entry, the suggestion the askers picked.
        const entryId = i.options.getString('entry')?.trim();
        const language = i.options.getString('language');
        const text = i.options.getString('text');
        const result = this.admin.review.promote(c.actor, {
          item: i.options.getInteger('item', true),
          ...(entryId ? { entryId } : {}),
          ...(language !== null ? { lang: language as Lang } : {}),
          ...(text !== null ? { text } : {}),
        });
        c.outcome.change = result.change?.id ?? null;
        await this.send(i, this.view.question(result, result.entryId, c.lang));
      },
      'review dismiss': async (i, c) => {
        await this.defer(i);
        await this.reportChange(i, c, this.admin.review.dismiss(c.actor, { item: i.options.getInteger('item', true) }));
      },
      'history list': async (i, c) => {
        const limit = i.options.getInteger('limit') ?? 20;
        const filter: HistoryFilter = { limit };
        const entry = i.options.getString('entry');
        const source = i.options.getString('source');
        const user = i.options.getUser('user');
        const before = i.options.getInteger('before');
        if (source !== null) filter.target = { kind: 'source', key: source.trim() };
        if (entry !== null) filter.target = { kind: 'entry', key: entry.trim() };
        if (user !== null) filter.actor = discordActor(user.id);
        if (before !== null) filter.beforeId = before;
        await this.send(i, this.view.historyList(this.admin.history.list(filter), c.lang, limit));
      },
      'history show': async (i, c) =>
        this.send(i, this.view.historyChange(this.admin.history.show(i.options.getInteger('change', true)), c.lang, i.options.getBoolean('full') ?? false)),
      undo: async (i, c) => {
        await this.defer(i);
        await this.reportChange(i, c, this.admin.history.undo(c.actor, i.options.getInteger('change', true)));
      },
      export: async (i, c) => {
        const format = i.options.getString('format') ?? 'json';
        const language = i.options.getString('language') as Lang | null;
        let reply: KbReply;
        if (format === 'claimreview') {
          const { reviews } = this.admin.transfer.claimReviews(this.kb.publisher, { langs: language ? [language] : LANGS });
          reply = {
            content: this.view.text('kb.export.claimreview', c.lang, { count: reviews.length }),
            files: [{ name: 'factbot-claimreview.jsonld', data: Buffer.from(claimReviewJson(reviews)) }],
          };
        } else {
          const kb = this.admin.transfer.exportKb();
          reply = {
            content: this.view.text('kb.export.json', c.lang, { entries: kb.entries.length, sources: kb.sources.length }),
            files: [{ name: 'factbot-kb.json', data: Buffer.from(`${JSON.stringify(kb, null, 2)}\n`) }],
          };
        }
        const bytes = reply.files![0]!.data.length;
        if (bytes > i.attachmentSizeLimit) throw new KbNotice('kb.export.tooLarge', { size: mb(bytes) });
        await this.send(i, reply);
      },
      import: async (i, c) => {
        const file = i.options.getAttachment('file', true);
        if (file.size > IMPORT_LIMIT_BYTES)
          throw new AdminError('admin.error.fileTooLarge', { file: file.name, size: mb(file.size), limit: mb(IMPORT_LIMIT_BYTES) });
        await this.defer(i);
        const parsed = this.admin.transfer.parseImportBytes(await download(file), file.name);
        const result = this.admin.transfer.importKb(c.actor, parsed);
        const extra = result.change ? [this.view.text('kb.import.done', c.lang, { file: file.name, entries: result.entries, sources: result.sources })] : [];
        if (result.missingContractIds.length)
          extra.push(this.view.text('kb.import.missingContractIds', c.lang, { ids: result.missingContractIds.join(', ') }));
        await this.reportChange(i, c, result, extra);
      },
      backup: async (i, c) => {
        await this.defer(i);
        fs.mkdirSync(this.kb.backupDir, { recursive: true });
        const name = backupFileName(new Date());
        const shown = path.join(path.basename(this.kb.backupDir), name);
        const result = await this.admin.backups.backup(path.join(this.kb.backupDir, name), { shownAs: shown });
        await this.send(i, {
          content: this.view.text('kb.backup.done', c.lang, { file: shown, name, size: Math.ceil(result.bytes / 1024), revision: result.revision, ms: result.ms }),
        });
      },
      restore: async (i, c) => {
        // Only a file /kb backup wrote, by its exact name: never a path, never another file.
        const name = i.options.getString('backup', true).trim();
        if (!this.backupFiles().includes(name)) throw new KbNotice('kb.restore.unknown');
        await this.defer(i);
        const shown = path.join(path.basename(this.kb.backupDir), name);
        const result = this.admin.backups.restore(c.actor, path.join(this.kb.backupDir, name), { shownAs: shown });
        const extra = [this.view.text('kb.restore.done', c.lang, { file: shown, revision: result.backupRevision, entries: result.entries, sources: result.sources })];
        if (result.missingContractIds.length)
          extra.push(this.view.text('kb.import.missingContractIds', c.lang, { ids: result.missingContractIds.join(', ') }));
        await this.reportChange(i, c, result, extra);
      },
      'forget-user': async (i, c) => {
        await this.defer(i);
        const counts = this.admin.privacy.forgetUser(i.options.getUser('user', true).id);
        // Who asked for the erasure, never whom it erased.
        this.kb.logger.info({ event: 'interactionCreate', command: 'kb forget-user', actor: c.actor.id, ...counts }, "erased one user's data on request");
        await this.send(i, { content: this.view.text('kb.forgetUser.done', c.lang, { ...counts }) });
      },
    };
  }

  // ---- forms ------------------------------------------------------------------------------

  private async submit(i: ModalSubmitInteraction, form: KbModal, c: Call): Promise<void> {
    const field = (id: string) => i.fields.getTextInputValue(id);
    await this.defer(i);
    switch (form.kind) {
      case 'entry-add': {
        const input = {
          id: form.id,
          status: form.status,
          title: { nb: field('title.nb'), en: field('title.en') },
          answer: { nb: field('answer.nb'), en: field('answer.en') },
          sources: listOption(field('sources')),
        };
        await this.reportChange(i, c, this.admin.entries.add(c.actor, input), [this.view.text('kb.reply.addQuestionsHint', c.lang, { id: form.id })]);
        return;
      }
      case 'entry-edit': {
        const current = this.admin.entries.show(form.id);
        if (textVersion(entryTexts(current)) !== form.version)
          return this.send(i, { ...this.view.editConflict('entry', form.id, c.lang), files: formCopy(i, form) });
        const patch = { title: { nb: field('title.nb'), en: field('title.en') }, answer: { nb: field('answer.nb'), en: field('answer.en') } };
        await this.reportChange(i, c, this.admin.entries.edit(c.actor, form.id, patch));
        return;
      }
      case 'source-add': {
        const input = { id: form.id, name: formName(field('name.nb'), field('name.en')), description: { nb: field('description.nb'), en: field('description.en') } };
        await this.reportChange(i, c, this.admin.sources.add(c.actor, input));
        return;
      }
      case 'source-edit': {
        const current = this.admin.sources.show(form.id);
        if (textVersion(sourceTexts(current)) !== form.version)
          return this.send(i, { ...this.view.editConflict('source', form.id, c.lang), files: formCopy(i, form) });
        const patch = { name: formName(field('name.nb'), field('name.en')), description: { nb: field('description.nb'), en: field('description.en') } };
        await this.reportChange(i, c, this.admin.sources.edit(c.actor, form.id, patch));
        return;
      }
    }
  }

  // ---- autocomplete -----------------------------------------------------------------------

  private suggest(i: AutocompleteInteraction, leaf: KbSubcommand, option: string, query: string, lang: Lang): APIApplicationCommandOptionChoice[] {
    const choice = (name: string, value: string | number) => ({ name: cut(name, LIMITS.choiceName), value });
    switch (option) {
      case 'entry': {
        const all = this.admin.entries.list();
        const wanted = leaf === 'entries retire' ? all.filter((e) => !e.retired) : leaf === 'entries restore' ? all.filter((e) => e.retired) : all;
        const retired = this.view.text('kb.autocomplete.retired', lang);
        return rankByQuery(wanted, query, (e) => [e.title[lang], e.title.nb, e.title.en, e.id]).map((e) =>
          choice(`${e.title[lang]} (${e.id})${e.retired ? ` ${retired}` : ''}`, e.id),
        );
      }
      case 'source': {
        let sources = this.admin.sources.list();
        const entryId = i.options.getString('entry');
        if (leaf === 'sources unlink' && entryId) sources = sources.filter((s) => s.entries.includes(entryId.trim()));
        if (leaf === 'sources link' && entryId) sources = sources.filter((s) => !s.entries.includes(entryId.trim()));
        return rankByQuery(sources, query, (s) => [...allNames(s.name), s.id]).map((s) => choice(`${localizedName(s, lang)} (${s.id})`, s.id));
      }
      case 'sources': {
        // A comma-separated list: complete its last item.
        const parts = query.split(',');
        const last = parts.pop() ?? '';
        const chosen = parts.map((p) => p.trim()).filter(Boolean);
        const rest = this.admin.sources.list().filter((s) => !chosen.includes(s.id));
        return rankByQuery(rest, last, (s) => [...allNames(s.name), s.id])
          .map((s) => [...chosen, s.id].join(','))
          .filter((value) => value.length <= LIMITS.choiceValue)
          .map((value) => choice(value.replace(/,/g, ', '), value));
      }
      case 'question': {
        const entryId = i.options.getString('entry')?.trim();
        const language = (i.options.getString('language') as Lang | null) ?? lang;
        const entry = entryId ? this.admin.entries.list().find((e) => e.id === entryId) : undefined;
        if (!entry || !LANGS.includes(language)) return [];
        const questions = this.admin.entries.show(entry.id).questions[language];
        return rankByQuery(questions, query, (q) => [q])
          .filter((q) => q.length <= LIMITS.choiceValue)
          .map((q) => choice(q, q));
      }
      case 'item': {
        const items = [...this.admin.review.unanswered({ limit: 100, nowAnswers: false }), ...this.admin.review.feedback({ limit: 100, nowAnswers: false })];
        const q = query.trim();
        return items
          .filter((item) => !q || String(item.id).startsWith(q.replace(/^#/, '')) || item.question.toLocaleLowerCase().includes(q.toLocaleLowerCase()))
          .map((item) => choice(`#${item.id} ×${item.count} · ${this.view.text(`kb.autocomplete.${item.queue}`, lang)}: ${item.question}`, item.id));
      }
      case 'backup': {
        const q = query.trim().toLocaleLowerCase();
        return this.backupFiles()
          .filter((name) => !q || name.toLocaleLowerCase().includes(q))
          .map((name) => choice(name, name));
      }
      case 'change': {
        const q = query.trim().replace(/^#/, '');
        const changes = this.admin.history.list({ limit: q ? 1000 : LIMITS.choices });
        return changes.filter((c) => !q || String(c.id).startsWith(q)).map((c) => choice(this.view.changeChoice(c, lang), c.id));
      }
      default:
        return [];
    }
  }

  /**
   * The backups /kb restore may use: the files in the backups folder named as /kb backup names
   * them, newest first (the name holds the UTC time). Plain file names only, never a path.
   */
  private backupFiles(): string[] {
    let found: fs.Dirent[];
    try {
      found = fs.readdirSync(this.kb.backupDir, { withFileTypes: true });
    } catch {
      return [];
    }
    return found
      .filter((f) => f.isFile() && BACKUP_NAME.test(f.name))
      .map((f) => f.name)
      .sort()
      .reverse();
  }

  // ---- replying ---------------------------------------------------------------------------

  /** Writes retrain the engine before replying: take the reply's 3-second deadline out of the way. */
  private async defer(i: ChatInputCommandInteraction | ModalSubmitInteraction): Promise<void> {
    if (!i.deferred && !i.replied) await i.deferReply({ flags: MessageFlags.Ephemeral });
  }

  private async reportChange(i: RepliableInteraction, c: Call, result: ChangeResult, extra: string[] = []): Promise<void> {
    c.outcome.change = result.change?.id ?? null;
    await this.send(i, this.view.change(result, c.lang, extra));
  }

  /**
   * An admin error (or a failed download) is the admin's to fix: told privately, with what and
   * where; what they typed into a form comes back attached, so that nothing typed is lost.
   */
  private async guarded(i: RepliableInteraction, lang: Lang, run: () => Promise<void>, typed?: () => KbReply['files']): Promise<void> {
    try {
      // Another process holds the write lock: the change is tried again after a pause, never waited for on the event loop.
      await retryWhenBusy(run);
    } catch (error) {
      let reply: KbReply;
      if (error instanceof AdminError) reply = this.view.error(error, lang);
      else if (error instanceof KbNotice) reply = { content: `❌ ${this.view.text(error.key, lang, error.values)}` };
      else throw error;
      const files = typed?.();
      if (files?.length) reply = { content: cut(`${reply.content}\n${this.view.text('kb.reply.formKept', lang)}`, LIMITS.content), files };
      await this.send(i, reply);
    }
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
  if (!(KB_SUBCOMMANDS as readonly string[]).includes(leaf)) throw new BotError('unknownCommand');
  return leaf as KbSubcommand;
}

/** What the admin typed into a form, as a file to copy from (the form's fields by their ids). */
function formCopy(i: ModalSubmitInteraction, form: KbModal): KbReply['files'] {
  const typed = Object.fromEntries(i.fields.fields.map((field, id) => [id, 'value' in field ? field.value : null]));
  return [{ name: `${form.id}-${form.kind}.json`, data: Buffer.from(`${JSON.stringify(typed, null, 2)}\n`) }];
}

/** "a, b,c" → ["a", "b", "c"]. */
function listOption(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** The attachment's bytes, from Discord's CDN (decoded strictly by the admin service). */
async function download(file: Attachment): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(file.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    throw new KbNotice('kb.import.downloadFailed', { file: file.name, problem: (error as Error).message });
  }
  if (!response.ok) throw new KbNotice('kb.import.downloadFailed', { file: file.name, problem: `HTTP ${response.status}` });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > IMPORT_LIMIT_BYTES)
    throw new AdminError('admin.error.fileTooLarge', { file: file.name, size: mb(bytes.length), limit: mb(IMPORT_LIMIT_BYTES) });
  return bytes;
}

/** A form's two name fields: one plain name when they are the same (or one is left empty). */
function formName(nb: string, en: string): SourceName {
  const [n, e] = [nb.trim(), en.trim()];
  return !n || !e ? e || n : editedName(e, { nb: n, en: e });
}
