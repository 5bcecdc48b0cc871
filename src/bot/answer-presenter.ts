import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  type MessageMentionOptions,
} from 'discord.js';
import type { EngineAnswer, Suggestion } from '../engine/answer.js';
import type { Translate } from '../i18n/translator.js';
import type { Lang } from '../kb/languages.js';
import { encodeButton } from './custom-ids.js';
import { NO_PINGS } from './no-pings.js';
import { DECLINED_STYLE, NEUTRAL_COLOR, STATUS_STYLE } from './status-style.js';
import { cut, fitEmbed, LIMITS } from './text-limits.js';
import { escapeUserText } from './user-text.js';

// A button label holds at most 80 characters.
const BUTTON_LABEL = 80;

/** What a reply holds: works for message replies and interaction responses alike. */
export interface AnswerPayload {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: MessageMentionOptions;
}

/** The question shown above an answer where the reply does not quote it (slash, context menu). */
export interface Echo {
  kind: 'question' | 'message';
  text: string;
  /** A link to the checked message. */
  link?: string;
}

/**
 * Lays out the engine's answers for Discord: an embed with the status word as a coloured label,
 * the answer, the sources as a field and the article credit in the footer, plus the buttons.
 * All text comes from the answer (already in its language) or locales/.
 */
export class AnswerPresenter {
  constructor(private readonly t: Translate) {}

  /** An answer to a question; `questionId` (the recorded question) enables the feedback buttons. */
  answer(answer: EngineAnswer, options: { questionId: number | null; echo?: Echo }): AnswerPayload {
    const { lang } = answer;
    const fields: APIEmbedField[] = [];
    if (options.echo) fields.push(this.echoField(options.echo, lang));
    const buttons: APIButtonComponent[] = [];
    let embed: APIEmbed;
    if (answer.kind === 'entry' && answer.entry && answer.status) {
      embed = this.entryEmbed(answer, fields);
      buttons.push(this.sourcesButton(lang, answer.entry.id));
    } else if (answer.kind === 'declined') {
      embed = {
        color: DECLINED_STYLE.color,
        // The label says why: not in the article, not sure which entry, a missing detail, a prediction, an opinion.
        author: { name: `${DECLINED_STYLE.dot} ${this.t(`discord.answer.declinedLabels.${answer.declineReason ?? 'unknown'}`, lang)}` },
        description: answer.answer,
        fields,
        footer: { text: this.t('discord.answer.footer', lang) },
      };
    } else {
      embed = { color: NEUTRAL_COLOR, description: answer.answer, fields };
    }
    if (options.questionId !== null && (answer.kind === 'entry' || answer.kind === 'declined')) {
      buttons.push(...this.voteButtons(lang, options.questionId));
    }
    // The entries the asker may have meant, a row of their own above the votes.
    const picks = answer.suggestions.map((s, i) => this.pickButton(lang, s, i + 1, options.questionId ?? 0));
    return this.payload(embed, buttons, picks);
  }

  /** One entry shown on request (/fact): no question, so no votes. */
  entry(answer: EngineAnswer): AnswerPayload {
    if (!answer.entry) return this.answer(answer, { questionId: null });
    return this.payload(this.entryEmbed(answer, []), [this.sourcesButton(answer.lang, answer.entry.id)]);
  }

  /** What the "Sources" button opens: each source and what it says. */
  sourcesDetail(answer: EngineAnswer): AnswerPayload {
    const { entry, lang } = answer;
    if (!entry || !answer.status) return this.answer(answer, { questionId: null });
    const style = STATUS_STYLE[answer.status];
    return this.payload(
      {
        color: style.color,
        author: { name: `${style.dot} ${entry.statusLabel}` },
        title: this.t('discord.sourcesDetail.title', lang, { title: entry.title }),
        fields: entry.sources.map((s) => ({ name: s.name, value: s.description })),
        footer: { text: this.t('discord.answer.footer', lang) },
      },
      [],
    );
  }

  /** An embed with the given parts, fitted to Discord's limits, that pings no one. */
  payload(embed: APIEmbed, buttons: APIButtonComponent[], firstRow: APIButtonComponent[] = []): AnswerPayload {
    return {
      embeds: [fitEmbed(embed)],
      components: [firstRow, buttons].filter((row) => row.length).map((row) => ({ type: ComponentType.ActionRow, components: row })),
      allowedMentions: NO_PINGS,
    };
  }

  footer(lang: Lang): { text: string } {
    return { text: this.t('discord.answer.footer', lang) };
  }

  private entryEmbed(answer: EngineAnswer, fields: APIEmbedField[]): APIEmbed {
    const { entry, lang } = answer;
    const style = STATUS_STYLE[answer.status!];
    const all = [...fields];
    if (answer.sources.length) all.push({ name: this.t('discord.answer.sourcesField', lang), value: answer.sources.join(', ') });
    const textIn = entry!.textIn;
    if (textIn) all.push({ name: this.t(`discord.answer.textInField.${textIn.lang}`, lang), value: textIn.body });
    if (answer.related) all.push({ name: this.t('discord.answer.relatedField', lang), value: answer.related.title });
    return {
      color: style.color,
      author: { name: `${style.dot} ${entry!.statusLabel}` },
      title: entry!.title,
      description: entry!.note ? `${entry!.note}\n\n${entry!.body}` : entry!.body,
      fields: all,
      footer: this.footer(lang),
    };
  }

  private echoField(echo: Echo, lang: Lang): APIEmbedField {
    const name = this.t(echo.kind === 'question' ? 'discord.answer.questionField' : 'discord.answer.messageField', lang);
    const link = echo.link ? `\n${echo.link}` : '';
    // What the user wrote is shown as typed: no Markdown, links or mention pills of theirs render.
    // Cut before escaping too: escaping costs more than linear time, and only a field's worth is shown.
    const shown = escapeUserText(cut(echo.text, LIMITS.fieldValue));
    return { name, value: `${cut(shown, LIMITS.fieldValue - link.length)}${link}` };
  }

  private sourcesButton(lang: Lang, entryId: string): APIButtonComponent {
    return {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: this.t('discord.buttons.sources', lang),
      emoji: { name: '📚' },
      custom_id: encodeButton({ kind: 'sources', lang, entryId }),
    };
  }

  private pickButton(lang: Lang, suggestion: Suggestion, number: number, questionId: number): APIButtonComponent {
    return {
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: cut(`${number}. ${suggestion.title}`, BUTTON_LABEL),
      custom_id: encodeButton({ kind: 'pick', lang, entryId: suggestion.id, questionId }),
    };
  }

  private voteButtons(lang: Lang, questionId: number): APIButtonComponent[] {
    return [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Success,
        label: this.t('discord.buttons.useful', lang),
        emoji: { name: '👍' },
        custom_id: encodeButton({ kind: 'vote', questionId, useful: true }),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Danger,
        label: this.t('discord.buttons.notUseful', lang),
        emoji: { name: '👎' },
        custom_id: encodeButton({ kind: 'vote', questionId, useful: false }),
      },
    ];
  }
}
