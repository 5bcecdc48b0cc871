import { nameIn } from '../../kb/source-name.js';
import type { SourceName } from '../../kb/knowledge-base.js';
import { ComponentType, TextInputStyle, type APIEmbed, type APIModalInteractionResponseCallbackData } from 'discord.js';
import type { AdminAccessRefusal } from '../../admin/admin-access.js';
import type { LocalizedError } from '../../errors/localized-error.js';
import type { ChangeResult } from '../../admin/change-writer.js';
import { describeChange, describeChangeDetails, describeTargets } from '../../admin/describe-change.js';
import type { EntryDetails } from '../../admin/entry-admin.js';
import type { QuestionResult } from '../../admin/question-admin.js';
import type { ReviewItem } from '../../admin/review-admin.js';
import type { Translate, TranslationKey } from '../../i18n/translator.js';
import { KB_LIMITS, SOURCE_LIST_MAX } from '../../kb/kb-limits.js';
import { LANGS, type Lang } from '../../kb/languages.js';
import type { StoredChange } from '../../storage/history-repository.js';
import type { EntrySummary, SourceSummary } from '../../storage/kb-records-repository.js';
import type { AnswerPresenter } from '../answer-presenter.js';
import { errorText } from '../responder.js';
import { NEUTRAL_COLOR, STATUS_STYLE } from '../status-style.js';
import { cut, fitEmbed, LIMITS } from '../text-limits.js';
import { encodeKbModal, textVersion, type KbModal } from './kb-custom-ids.js';

/** What a /kb reply holds (always ephemeral, never pings: set by the sender). */
export interface KbReply {
  content: string;
  embeds?: APIEmbed[];
  files?: Array<{ name: string; data: Buffer }>;
}

/** Discord's limits for modals (characters). */
const MODAL = { title: 45, label: 45, value: 4000 } as const;
/** Form fields as long as the knowledge base allows (src/kb/kb-limits.ts). */
const TEXT_MAX = {
  title: KB_LIMITS.title,
  answer: KB_LIMITS.answer,
  name: KB_LIMITS.sourceName,
  description: KB_LIMITS.sourceDescription,
  sources: SOURCE_LIST_MAX,
} as const;

/** The texts an entry form shows, in this order (also what its version fingerprints). */
export function entryTexts(e: Pick<EntryDetails, 'title' | 'answer'>): string[] {
  return [e.title.nb, e.answer.nb, e.title.en, e.answer.en];
}

export function sourceTexts(s: Pick<SourceSummary, 'name' | 'description'>): string[] {
  return [...[nameIn(s.name, 'nb'), nameIn(s.name, 'en')], s.description.nb, s.description.en];
}

/**
 * Lays out /kb's replies and forms from the admin service's results, in the admin's language
 * (their Discord locale). Every text is from locales/<lang>/kb.json, or the admin service's own
 * locale strings (admin.json) for changes and errors, as the command line shows them.
 */
export class KbView {
  constructor(
    private readonly t: Translate,
    private readonly presenter: AnswerPresenter,
  ) {}

  /** One text from kb.json. */
  text(key: Extract<TranslationKey, `kb.${string}`>, lang: Lang, values?: Record<string, unknown>): string {
    return this.t(key, lang, values);
  }

  /** A /kb use refused: not an admin, or not in a server whose admins may change the knowledge base. */
  refused(lang: Lang, reason: AdminAccessRefusal = 'notAdmin'): KbReply {
    return { content: this.t(reason === 'notAdmin' || reason === 'notInServer' ? 'kb.refused' : 'kb.refusedServer', lang) };
  }

  error(error: LocalizedError, lang: Lang): KbReply {
    return { content: cut(`❌ ${errorText(error, lang, this.t)}`, LIMITS.content) };
  }

  editConflict(kind: 'entry' | 'source', id: string, lang: Lang): KbReply {
    return { content: this.t('kb.reply.editConflict', lang, { kind: this.t(`admin.kind.${kind}`, lang), id }) };
  }

  /** The report of a write: the change as one history line, and how fast the engine took it in. */
  changeLines(result: ChangeResult, lang: Lang): string[] {
    if (!result.change) return [this.t('kb.reply.nothingChanged', lang)];
    const lines = [this.t('kb.reply.done', lang, { change: describeChange(result.change, lang, this.t) })];
    if (result.retrainMs !== undefined) lines.push(this.t('kb.reply.retrained', lang, { ms: result.retrainMs.toFixed(0) }));
    return lines;
  }

  change(result: ChangeResult, lang: Lang, extra: string[] = []): KbReply {
    return { content: cut([...this.changeLines(result, lang), ...extra].join('\n'), LIMITS.content) };
  }

  /** A training question added or removed: the change, then what the bot now answers to it, as members see it. */
  question(result: QuestionResult, entryId: string, lang: Lang): KbReply {
    const lines = this.changeLines(result, lang);
    if (result.alsoIn.length) lines.push(this.t('kb.reply.alsoIn', lang, { entries: result.alsoIn.join(', ') }));
    const preview = result.preview;
    if (!preview) return { content: cut(lines.join('\n'), LIMITS.content) };
    const { answer } = preview;
    const values = { entry: entryId, intent: answer.intent ?? '', confidence: answer.confidence.toFixed(2) };
    const key = preview.matchesEntry ? 'previewMatches' : answer.intent === null ? 'previewDeclined' : 'previewOther';
    lines.push(this.t(`kb.reply.${key}`, lang, values));
    const embed = this.presenter.answer(answer, { questionId: null, echo: { kind: 'question', text: answer.question } }).embeds[0]!;
    return { content: cut(lines.join('\n'), LIMITS.content), embeds: [embed] };
  }

  entryList(entries: EntrySummary[], lang: Lang): KbReply {
    const lines = entries.map((e) =>
      this.t('kb.entries.line', lang, {
        id: e.id,
        dot: STATUS_STYLE[e.status].dot,
        status: this.t(`status.${e.status}`, lang),
        title: e.title[lang],
        nb: e.questionCount.nb,
        en: e.questionCount.en,
        retired: e.retired ? this.t('kb.entries.retiredMark', lang) : '',
      }),
    );
    const embed = {
      color: NEUTRAL_COLOR,
      title: this.t('kb.entries.title', lang, { count: entries.length }),
      description: this.linesWithin(lines, LIMITS.embedDescription, lang) || this.t('kb.entries.empty', lang),
    };
    return { content: '', embeds: [fitEmbed(embed)] };
  }

  /** One entry in both languages: one embed per language (answers in full up to 1,800 characters; both embeds stay within Discord's 6,000). */
  entry(e: EntryDetails, lang: Lang): KbReply {
    const style = STATUS_STYLE[e.status];
    const status = `${style.dot} ${this.t(`status.${e.status}`, lang)}${e.retired ? ` · ${this.t('kb.entry.retired', lang)}` : ''}`;
    const embeds = LANGS.map((l, i): APIEmbed => {
      const questions = e.questions[l];
      const fields = [
        // The claim as it was made, when the entry reviews one (what ClaimReview publishes).
        ...(e.claim ? [{ name: this.t('kb.entry.claimField', lang, { by: e.claim.by ?? e.sources[0] }), value: cut(e.claim[l], 500) }] : []),
        {
          name: this.t('kb.entry.questionsField', lang, { count: questions.length }),
          value: cut(questions.map((q) => `• ${q}`).join('\n'), 500) || this.t('kb.entry.none', lang),
        },
      ];
      if (i === 0)
        fields.unshift(
          { name: this.t('kb.entry.statusField', lang), value: status },
          { name: this.t('kb.entry.sourcesField', lang), value: cut(e.sources.join(', '), 400) },
          { name: this.t('kb.entry.updatedField', lang), value: e.updatedAt },
        );
      return {
        color: style.color,
        author: { name: `${e.id} · ${this.t(`kb.choices.lang.${l}`, lang)}` },
        title: cut(e.title[l], LIMITS.embedTitle),
        description: cut(e.answer[l], 1800),
        fields,
      };
    });
    return { content: '', embeds };
  }

  reviewList(queue: 'unanswered' | 'feedback', items: ReviewItem[], lang: Lang): KbReply {
    const lines = items.map((item) => {
      const head = this.t(`kb.review.${queue}Line`, lang, {
        id: item.id,
        count: item.count,
        lang: item.lang,
        entry: item.answeredWith ?? '–',
        last: `${item.lastAt.slice(0, 16).replace('T', ' ')} UTC`,
        question: cut(item.question, 300),
      });
      const more: string[] = [];
      if (item.variants.length) more.push(this.t('kb.review.variants', lang, { variants: cut(item.variants.join(' | '), 300) }));
      if (item.picked) more.push(this.t('kb.review.picked', lang, { intent: item.picked }));
      if (item.nowAnswers?.intent)
        more.push(this.t('kb.review.nowAnswers', lang, { intent: item.nowAnswers.intent, confidence: item.nowAnswers.confidence.toFixed(2) }));
      return [head, ...more.map((m) => `  ↳ ${m}`)].join('\n');
    });
    const embed: APIEmbed = {
      color: NEUTRAL_COLOR,
      title: this.t(`kb.review.${queue}Title`, lang, { count: items.length }),
      description: this.linesWithin(lines, LIMITS.embedDescription, lang) || this.t('kb.review.empty', lang),
      ...(items.length ? { footer: { text: this.t('kb.review.hint', lang) } } : {}),
    };
    return { content: '', embeds: [fitEmbed(embed)] };
  }

  historyList(changes: StoredChange[], lang: Lang, limit: number): KbReply {
    const lines = changes.map((c) => describeChange(c, lang, this.t));
    const oldest = changes.at(-1);
    const embed: APIEmbed = {
      color: NEUTRAL_COLOR,
      title: this.t('kb.history.title', lang),
      description: this.linesWithin(lines, LIMITS.embedDescription, lang) || this.t('kb.history.empty', lang),
      ...(oldest && changes.length >= limit && oldest.id > 1 ? { footer: { text: this.t('kb.history.older', lang, { id: oldest.id }) } } : {}),
    };
    return { content: '', embeds: [fitEmbed(embed)] };
  }

  /**
   * One change: who, when, what; per record the fields that changed with their old and new text
   * (an import shows only the records it changed). The raw records as a JSON file with `full`, or
   * when the change does not fit.
   */
  historyChange(change: StoredChange, lang: Lang, full = false): KbReply {
    const records = describeChangeDetails(change, lang, this.t);
    const shown = records.slice(0, 10);
    let complete = !full && shown.length === records.length;
    const fields = shown.map((record) => {
      const value = record.lines.join('\n');
      const fitted = cut(value, LIMITS.fieldValue - 8);
      if (fitted !== value) complete = false;
      return { name: cut(record.title, LIMITS.fieldName), value: `\`\`\`\n${fitted.replace(/`{3}/g, 'ʼʼʼ')}\n\`\`\`` };
    });
    const embed = fitEmbed({
      color: NEUTRAL_COLOR,
      title: this.t('kb.history.changeTitle', lang, { id: change.id }),
      description: describeChange(change, lang, this.t),
      fields,
    });
    const fitted = (embed.fields ?? []).every((f, i) => f.value === fields[i]?.value) && (embed.fields ?? []).length === fields.length;
    if (complete && fitted) return { content: '', embeds: [embed] };
    return {
      content: this.t(full ? 'kb.history.full' : 'kb.history.attached', lang),
      embeds: [embed],
      files: [{ name: `change-${change.id}.json`, data: Buffer.from(`${JSON.stringify(change, null, 2)}\n`) }],
    };
  }

  /** Short one-line summary of a change, for autocomplete. */
  changeChoice(change: StoredChange, lang: Lang): string {
    const action = this.t(`admin.action.${change.action}`, lang, { id: change.undoes ?? '' });
    return `#${change.id} ${change.at.slice(0, 16).replace('T', ' ')} ${action} ${describeTargets(change, lang, this.t)}`;
  }

  // ---- forms -----------------------------------------------------------------------------

  entryAddForm(modal: Extract<KbModal, { kind: 'entry-add' }>, sources: string, lang: Lang): APIModalInteractionResponseCallbackData {
    return this.form(encodeKbModal(modal), this.t('kb.modal.entryAddTitle', lang, { id: modal.id }), [
      this.input('title.nb', this.t('kb.modal.titleNb', lang), '', TEXT_MAX.title, TextInputStyle.Short),
      this.input('answer.nb', this.t('kb.modal.answerNb', lang), '', TEXT_MAX.answer, TextInputStyle.Paragraph),
      this.input('title.en', this.t('kb.modal.titleEn', lang), '', TEXT_MAX.title, TextInputStyle.Short),
      this.input('answer.en', this.t('kb.modal.answerEn', lang), '', TEXT_MAX.answer, TextInputStyle.Paragraph),
      this.input('sources', this.t('kb.modal.sources', lang), sources, TEXT_MAX.sources, TextInputStyle.Short),
    ]);
  }

  entryEditForm(e: EntryDetails, lang: Lang): APIModalInteractionResponseCallbackData {
    const custom = encodeKbModal({ kind: 'entry-edit', version: textVersion(entryTexts(e)), id: e.id });
    return this.form(custom, this.t('kb.modal.entryEditTitle', lang, { id: e.id }), [
      this.input('title.nb', this.t('kb.modal.titleNb', lang), e.title.nb, TEXT_MAX.title, TextInputStyle.Short),
      this.input('answer.nb', this.t('kb.modal.answerNb', lang), e.answer.nb, TEXT_MAX.answer, TextInputStyle.Paragraph),
      this.input('title.en', this.t('kb.modal.titleEn', lang), e.title.en, TEXT_MAX.title, TextInputStyle.Short),
      this.input('answer.en', this.t('kb.modal.answerEn', lang), e.answer.en, TEXT_MAX.answer, TextInputStyle.Paragraph),
    ]);
  }

  sourceForm(
    source: SourceSummary | { id: string; name: SourceName; description: { nb: string; en: string } },
    isNew: boolean,
    lang: Lang,
  ): APIModalInteractionResponseCallbackData {
    const custom = isNew
      ? encodeKbModal({ kind: 'source-add', id: source.id })
      : encodeKbModal({ kind: 'source-edit', version: textVersion(sourceTexts(source)), id: source.id });
    return this.form(custom, this.t(isNew ? 'kb.modal.sourceAddTitle' : 'kb.modal.sourceEditTitle', lang, { id: source.id }), [
      this.input('name.nb', this.t('kb.modal.nameNb', lang), nameIn(source.name, 'nb'), TEXT_MAX.name, TextInputStyle.Short),
      this.input('name.en', this.t('kb.modal.nameEn', lang), nameIn(source.name, 'en'), TEXT_MAX.name, TextInputStyle.Short),
      this.input('description.nb', this.t('kb.modal.descriptionNb', lang), source.description.nb, TEXT_MAX.description, TextInputStyle.Paragraph),
      this.input('description.en', this.t('kb.modal.descriptionEn', lang), source.description.en, TEXT_MAX.description, TextInputStyle.Paragraph),
    ]);
  }

  private form(customId: string, title: string, components: APIModalInteractionResponseCallbackData['components']): APIModalInteractionResponseCallbackData {
    return { custom_id: customId, title: cut(title, MODAL.title), components };
  }

  /** A labelled text input (Discord's Label component), pre-filled with `value`. */
  private input(customId: string, label: string, value: string, max: number, style: TextInputStyle) {
    return {
      type: ComponentType.Label as const,
      label: cut(label, MODAL.label),
      component: {
        type: ComponentType.TextInput as const,
        custom_id: customId,
        style,
        min_length: 1,
        max_length: Math.min(max, MODAL.value),
        required: true,
        ...(value ? { value: value.slice(0, MODAL.value) } : {}),
      },
    };
  }

  /** Lines joined until `max` characters, then "…and N more". */
  private linesWithin(lines: string[], max: number, lang: Lang): string {
    const kept: string[] = [];
    let length = 0;
    for (const [i, line] of lines.entries()) {
      const more = this.t('kb.more', lang, { count: lines.length - i });
      if (length + line.length + 1 + more.length + 1 > max) {
        kept.push(more);
        break;
      }
      kept.push(line);
      length += line.length + 1;
    }
    return kept.join('\n');
  }
}
